package org.postdesk.ui.safety;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.app.OpenPost;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.io.PostFiles;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.PostHooks;

/**
 * A post Postdesk may not write (a link out of the blog, a read-only file, another user's file)
 * opens read-only with {@code #writeBar}: the reason, and "Save a copy as a draft", which writes
 * the post's text to a new draft named {@code SLUG-copy} (then {@code -copy-2}, ...) where the site
 * keeps drafts ({@code _drafts/} for Jekyll) and opens the copy. A draft, because a second copy
 * among the posts would publish the post twice.
 */
public final class ReadOnlyCopy implements PostHooks {
    private final Bench bench;

    public ReadOnlyCopy(Bench bench) {
        this.bench = bench;
    }

    @Override
    public void postShown(OpenPost post) {
        var bars = bench.window().bars();
        ActionBar.hide(bars, "writeBar");
        if (post.offersCopy()) {
            // one bar: why the post is read-only, and the way out (Workbench leaves its notice to us)
            String why = post.readOnlySentence().orElse(post.path());
            ActionBar.show(bars, "writeBar", bench.context().text("write.refused", why),
                    List.of(new ActionBar.Choice("writeCopy", bench.context().text("write.copy"), () -> copy(post))),
                    null);
        }
    }

    /** The copy's free path relative to the blog. */
    private record Copied(BlogSession session, Bench.Rows rows, String path) {
    }

    private void copy(OpenPost post) {
        BlogSession blog = bench.session();
        if (blog == null) {
            return;
        }
        byte[] bytes = post.savedBytes();
        bench.inBackground(() -> {
            PostName name = blog.blog().naming().classify(post.path());
            String ext = name.extension().isEmpty() ? "md" : name.extension();
            String slug = name.slug().isEmpty() ? "post" : name.slug();
            for (int n = 1; n < 100; n++) {
                String path = blog.blog().naming().newPostPath(null, slug + "-copy" + (n == 1 ? "" : "-" + n), ext, true);
                Path file = blog.resolve(path);
                try {
                    blog.blog().writes().create(file, bytes);
                } catch (FileAlreadyExistsException e) {
                    continue;
                } catch (IOException e) {
                    throw new CompletionException(new IOException(bench.context().text("write.copyFailed",
                            PostFiles.reason(e)), e));
                }
                BlogSession next = blog.withPost(path, blog.index().rescan(file));
                return new Copied(next, bench.listRows(next), path);
            }
            throw new CompletionException(new IOException(bench.context().text("write.copyNoName", slug)));
        }).whenCompleteAsync((copied, error) -> {
            if (error != null) {
                bench.notify(NotificationBar.Kind.ERROR, FailureReason.of(error));
            } else if (bench.session() != null && bench.session().root().equals(blog.root())) {
                BlogSession current = bench.session();
                bench.replaceSession(copied.session().withLearned(current.conventions(), current.hints()),
                        copied.rows());
                bench.selectPost(copied.path());
                bench.notify(NotificationBar.Kind.INFO, bench.context().text("write.copied", post.path(), copied.path()));
            }
        }, Platform::runLater);
    }
}
