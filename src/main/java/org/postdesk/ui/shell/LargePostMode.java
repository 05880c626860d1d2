package org.postdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ProgressBar;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.LargePosts;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.editor.ChunkedLoad;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.files.PostNotices;

/**
 * How a post body gets into the editor. A body up to the threshold goes in at once, highlighted.
 * A longer one (large-post mode) goes in unhighlighted, a piece per FX event with a progress bar
 * ({@code #loadingBar}), the editor and the form read-only until it is all in; the live preview
 * is off for it ({@link PostNotices} says so). Meanwhile saving and leaving see the body being
 * loaded, not the part in the editor so far. Showing another body cancels a load. FX thread.
 */
public final class LargePostMode implements LargePosts {

    /** Bodies longer than this many characters (about 2 MB of text) open in large-post mode. */
    static final int DEFAULT_THRESHOLD = 2_000_000;

    private final MainWindow window;
    private final ShellContext context;
    private final List<Runnable> whenLoaded = new ArrayList<>();
    private int threshold = DEFAULT_THRESHOLD;
    private int chunk = ChunkedLoad.DEFAULT_CHUNK;
    private String loadingBody;
    private boolean large;

    LargePostMode(MainWindow window, ShellContext context) {
        this.window = window;
        this.context = context;
    }

    /** Tests lower the threshold and the piece size to exercise the mode with a few MB. */
    void setThreshold(int chars, int chunkChars) {
        this.threshold = chars;
        this.chunk = chunkChars;
    }

    @Override
    public boolean isLarge(String body) {
        return body.length() > threshold;
    }

    /** Whether the body shown last is a large one. */
    @Override
    public boolean isLargeNow() {
        return large;
    }

    /** Whether the body shown last is still going into the editor. */
    boolean isLoading() {
        return window.editor().isLoading();
    }

    /** Shows {@code body} in the editor (and renders it unless it is large); editable when {@code editable}. */
    @Override
    public void show(String body, boolean editable) {
        MarkdownEditor editor = window.editor();
        whenLoaded.clear();
        ActionBar.hide(window.bars(), "loadingBar");
        large = isLarge(body);
        editor.setHighlighting(!large);
        if (!large) {
            loadingBody = null;
            window.openText(body);
            editor.editableProperty().set(editable);
            return;
        }
        boolean formDisabled = window.frontMatter().isDisable();
        editor.editableProperty().set(false);
        window.frontMatter().setDisable(true);
        window.preview().show("");
        ProgressBar progress = new ProgressBar(0);
        progress.setId("loadingProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        ActionBar.show(window.bars(), "loadingBar", context.text("large.loading"), List.of(), progress);
        loadingBody = body;
        editor.loadInChunks(body, chunk, progress::setProgress, () -> {
            loadingBody = null;
            ActionBar.hide(window.bars(), "loadingBar");
            editor.editableProperty().set(editable);
            window.frontMatter().setDisable(formDisabled);
            List<Runnable> actions = new ArrayList<>(whenLoaded);
            whenLoaded.clear();
            actions.forEach(Runnable::run);
        });
    }

    /** Runs {@code action} once the body shown last is all in the editor: now, or when its load ends. */
    @Override
    public void whenLoaded(Runnable action) {
        if (isLoading()) {
            whenLoaded.add(action);
        } else {
            action.run();
        }
    }

    /**
     * The body as the author has it: the editor's text, or while a load runs the body being
     * loaded (the author cannot change it meanwhile). Builds a string: for saving and leaving only.
     */
    String editorText() {
        return isLoading() && loadingBody != null ? loadingBody : window.editor().getText();
    }

}
