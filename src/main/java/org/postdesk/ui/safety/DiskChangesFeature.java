package org.postdesk.ui.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.postdesk.app.BlogSession;
import org.postdesk.app.OpenPost;
import org.postdesk.core.blog.DiskChange;
import org.postdesk.core.blog.PostWatcher;
import org.postdesk.core.io.DiskState;
import org.postdesk.core.io.FolderFiles;
import org.postdesk.core.post.LineDiff;
import org.postdesk.core.post.PostDocument;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.FileQuestions;
import org.postdesk.ui.common.PostHooks;
import org.postdesk.ui.common.ShellContext;

/**
 * Follows the blog folder while it is open: the list adds, drops and updates rows for files
 * changed by git, sync or another editor; the open post reloads when it has no unsaved edits
 * (caret and scroll position kept), and otherwise a bar ({@code #diskBar}) offers Reload theirs / Keep mine /
 * Compare; a deleted open post keeps its text (saving recreates it). Saving over a file that
 * changed since it was opened always asks. The watcher runs on its own thread; reading files
 * runs on the task worker.
 */
public final class DiskChangesFeature implements PostHooks {

    private final Bench bench;
    private final FileQuestions questions;
    private PostWatcher watcher;
    private CompletableFuture<Void> rescans = CompletableFuture.completedFuture(null);

    public DiskChangesFeature(Bench bench, FileQuestions questions) {
        this.bench = bench;
        this.questions = questions;
        bench.window().stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stopWatching());
    }

    @Override
    public void blogOpened(BlogSession session) {
        stopWatching();
        Path root = session.root();
        bench.inBackground(() -> {
            try {
                return PostWatcher.start(session.blog(), batch -> Platform.runLater(() -> changed(root, batch)));
            } catch (IOException e) {
                return null;
            }
        }).thenAcceptAsync(started -> {
            if (started == null) {
                return;
            }
            if (bench.session() != null && bench.session().root().equals(root) && watcher == null) {
                watcher = started;
            } else {
                started.close();
            }
        }, Platform::runLater);
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public void writing(OpenPost post, byte[] bytes) {
        if (watcher != null) {
            watcher.remember(post.file(), bytes);
        }
    }

    @Override
    public boolean mayOverwrite(OpenPost post) {
        Optional<DiskState> now;
        try {
            now = DiskState.read(post.file());
        } catch (IOException e) {
            return true; // the save itself will say what is wrong
        }
        if (now.isEmpty() || post.openedState() == null || now.get().sameContent(post.openedState())) {
            return true;
        }
        return switch (questions.askOverwrite(post.title())) {
            case OVERWRITE -> true;
            case RELOAD_THEIRS -> {
                reload(post);
                yield false;
            }
            case CANCEL -> false;
        };
    }

    private void changed(Path root, List<DiskChange> batch) {
        BlogSession session = bench.session();
        if (session == null || !session.root().equals(root)) {
            return;
        }
        Set<String> paths = new LinkedHashSet<>();
        for (DiskChange change : batch) {
            paths.add(session.blog().relativize(change.path()));
            if (change.from() != null) {
                paths.add(session.blog().relativize(change.from()));
            }
        }
        for (String path : paths) {
            rescans = rescans.thenCompose(v -> bench.refreshRow(path)).exceptionally(error -> null);
        }
        OpenPost post = bench.openPostNow();
        if (post == null) {
            return;
        }
        for (DiskChange change : batch) {
            boolean away = change.kind() == DiskChange.Kind.DELETED
                    || change.kind() == DiskChange.Kind.RENAMED && post.file().equals(change.from());
            if (away && post.file().equals(change.kind() == DiskChange.Kind.DELETED ? change.path() : change.from())) {
                ActionBar.show(bench.window().bars(), "diskBar", bench.context().text("disk.deleted", post.title()),
                        List.of(), null);
            } else if (post.file().equals(change.path()) && change.kind() != DiskChange.Kind.DELETED) {
                theirsChanged(post, change.state());
            }
        }
    }

    private void theirsChanged(OpenPost post, DiskState state) {
        if (state != null && post.openedState() != null && state.sameContent(post.openedState())) {
            return; // our own save, or a touch
        }
        if (!bench.window().dirtyPaths().contains(post.path())) {
            reload(post);
            return;
        }
        ShellContext c = bench.context();
        ActionBar.show(bench.window().bars(), "diskBar", c.text("disk.changed", post.title()), List.of(
                new ActionBar.Choice("diskReload", c.text("disk.reload"), () -> reload(post)),
                new ActionBar.Choice("diskKeep", c.text("disk.keep"), () -> { }),
                new ActionBar.Choice("diskCompare", c.text("disk.compare"), () -> compare(post))), null);
    }

    /** Reads the post again from disk and shows it, the caret where it was. */
    private void reload(OpenPost post) {
        BlogSession session = bench.session();
        if (session == null) {
            return;
        }
        int caret = bench.window().editor().caretPosition();
        int top = bench.window().editor().firstVisibleParagraph();
        List<String> keyOrder = session.hints().keyOrder();
        bench.inBackground(() -> OpenPost.read(post.path(), post.file(), keyOrder, session.blog().writes(),
                        session.site().frontMatterFormats()))
                .thenAcceptAsync(reading -> {
                    if (bench.openPostNow() != post) {
                        return;
                    }
                    ActionBar.hide(bench.window().bars(), "diskBar");
                    bench.window().dirtyPaths().remove(post.path());
                    bench.discarded(post);
                    bench.show(reading);
                    bench.largePosts().whenLoaded(() -> bench.window().editor().restoreView(caret, top));
                }, Platform::runLater);
    }

    private void compare(OpenPost post) {
        String mine = post.fileText(bench.window().editor().textSnapshot()).get();
        bench.inBackground(() -> {
            try {
                String theirs = PostDocument.parse(FolderFiles.readAll(post.file())).text();
                LineDiff diff = LineDiff.compare(theirs, mine);
                return diff.summary() + "\n\n" + diff.unified();
            } catch (IOException e) {
                return e.getMessage();
            }
        }).thenAcceptAsync(text -> {
            TextArea area = new TextArea(text);
            area.setId("compareText");
            area.setEditable(false);
            area.setStyle("-fx-font-family: monospace;");
            Stage stage = new Stage();
            stage.initOwner(bench.window().stage());
            stage.setTitle(bench.context().text("disk.compareTitle", post.title()));
            stage.setScene(new Scene(area, 700, 500));
            stage.show();
            theirsChanged(post, null);
        }, Platform::runLater);
    }
}
