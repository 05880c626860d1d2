package org.postdesk.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.postdesk.app.FailureReason;
import org.postdesk.app.NotABlog;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.ShellContext;

/**
 * A folder that is not a blog: say why (each generator's evidence) and offer to make it one (the
 * folder the first generator starts a site with, {@code _posts/} for Jekyll) or to pick another
 * folder. Cancel keeps what was open.
 */
public final class NotABlogFlow {

    private final Bench bench;
    private final ShellContext context;

    public NotABlogFlow(Bench bench, ShellContext context) {
        this.bench = bench;
        this.context = context;
    }

    public void ask(Path folder, NotABlog why) {
        switch (bench.dialogs().askNotABlog(folder, why)) {
            case CREATE_POSTS_FOLDER -> createPostsFolder(folder, why.starterFolder());
            case PICK_ANOTHER -> bench.dialogs().chooseBlogFolder(folder.getParent())
                    .ifPresent(dir -> bench.openBlog(dir, null));
            case CANCEL -> bench.notify(NotificationBar.Kind.INFO, context.text("notice.notBlogKept", folder));
        }
    }

    private void createPostsFolder(Path folder, String starter) {
        CompletableFuture.runAsync(() -> {
            try {
                WriteGuard.forBlog(folder).createDirectories(folder.resolve(starter));
            } catch (IOException e) {
                throw new IllegalStateException(PostFiles.reason(e), e);
            }
        }, context.taskExecutor()).whenCompleteAsync((ok, error) -> {
            if (error == null) {
                bench.openBlog(folder, null);
            } else {
                bench.notify(NotificationBar.Kind.ERROR,
                        context.text("error.createPosts", folder, FailureReason.of(error), starter));
            }
        }, Platform::runLater);
    }
}
