package org.postdesk.ui.postlist;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.site.PostCreator;
import org.postdesk.core.io.FolderFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;

/**
 * File > New Post and File > New Draft: the dialog (which refuses names already taken), then the file written in the
 * blog's own style, the list updated and the new post opened.
 */
public final class NewPostFlow {

    private final Bench bench;

    public NewPostFlow(Bench bench) {
        this.bench = bench;
    }

    public void run() {
        run(false);
    }

    /** Asks for the new post, with the Draft box ticked when {@code draft} (File > New Draft). */
    public void run(boolean draft) {
        BlogSession blog = bench.session();
        if (blog == null) {
            return;
        }
        Set<String> known = blog.paths();
        NewPostDialog dialog = new NewPostDialog(new Messages(bench.context().messages().getLocale()), blog.blog().naming(),
                bench.clock(),
                path -> known.contains(path) || FolderFiles.exists(blog.resolve(path)));
        dialog.setDraft(draft);
        bench.dialogs().ask(dialog).filter(request -> bench.canLeave())
                .ifPresent(request -> create(blog, request));
    }

    /** The created file's session and rows. */
    private record Created(BlogSession session, Bench.Rows rows, String path) {
    }

    private void create(BlogSession blog, NewPost request) {
        ZonedDateTime now = ZonedDateTime.now(bench.clock());
        bench.inBackground(() -> {
            BlogConventions conventions = blog.conventions() != null ? blog.conventions()
                    : BlogConventions.learn(blog.blog(), blog.posts());
            Path file;
            try {
                file = blog.site().newPosts(conventions).create(new PostCreator.Request(request.title(),
                        request.date(), request.slug(), request.draft()), now);
            } catch (PostIoException e) {
                throw new CompletionException(e);
            }
            String path = blog.blog().relativize(file);
            BlogSession next = blog.withPost(path, blog.index().rescan(file));
            return new Created(next, bench.listRows(next), path);
        }).whenCompleteAsync((created, error) -> {
            if (error != null) {
                bench.notify(NotificationBar.Kind.ERROR, FailureReason.of(error));
            } else if (bench.session() != null && bench.session().root().equals(blog.root())) {
                BlogSession current = bench.session();
                bench.replaceSession(created.session().withLearned(current.conventions(), current.hints()),
                        created.rows());
                bench.selectPost(created.path());
            }
        }, Platform::runLater);
    }
}
