package org.postdesk.ui.safety;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.postdesk.app.OpenPost;
import org.postdesk.ui.common.DialogService;

/**
 * Asks Save / Don't Save / Cancel before the open post is left (another post, another blog,
 * closing the window) while it has unsaved changes. FX thread.
 */
public final class UnsavedChangesGuard {

    private final DialogService dialogs;
    private final Supplier<OpenPost> openPost;
    private final Supplier<String> editorText;
    private final BooleanSupplier save;
    private final Runnable discard;

    /**
     * @param save    saves the open post; false when it could not (the sentence is shown)
     * @param discard forgets the unsaved changes' marks
     */
    public UnsavedChangesGuard(DialogService dialogs, Supplier<OpenPost> openPost, Supplier<String> editorText,
                               BooleanSupplier save, Runnable discard) {
        this.dialogs = dialogs;
        this.openPost = openPost;
        this.editorText = editorText;
        this.save = save;
        this.discard = discard;
    }

    /** True when the post may be left: nothing unsaved, saved now, or the author let it go. */
    public boolean canLeave() {
        OpenPost post = openPost.get();
        if (post == null || post.isReadOnly() || !post.isDirty(editorText.get())) {
            return true;
        }
        return switch (dialogs.askSaveChanges(post.title())) {
            case SAVE -> save.getAsBoolean();
            case DONT_SAVE -> {
                discard.run();
                yield true;
            }
            case CANCEL -> false;
        };
    }
}
