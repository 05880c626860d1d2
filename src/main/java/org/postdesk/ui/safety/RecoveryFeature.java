package org.postdesk.ui.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.stage.WindowEvent;
import org.postdesk.app.BlogSession;
import org.postdesk.app.FailureReason;
import org.postdesk.app.OpenPost;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.Journal;
import org.postdesk.core.io.JournalWriter;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.core.post.LineDiff;
import org.postdesk.core.post.PostDocument;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.Bench;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.PostHooks;
import org.postdesk.ui.common.ShellContext;

/**
 * The recovery journal in the window: unsaved text of the open post is journaled (in the user's
 * data folder) about a second after the last edit; a save or "Don't Save" forgets it; when a
 * blog opens, text left by a crash or a kill is offered back in a bar ({@code #recoveryBar})
 * with what differs from the file on disk, to restore or discard. Journal I/O and text building
 * run on the journal worker; the FX thread only captures snapshots and touches nodes.
 */
public final class RecoveryFeature implements PostHooks {

    /** An entry offered back, with its difference from the disk computed off the FX thread. */
    private record Offer(Journal.Pending pending, String diffText) {
    }

    /** A restored text waiting for its post to be shown. */
    private record Restored(String path, PostDocument document) {
    }

    private final Bench bench;
    private final Journal journal;
    private final JournalWriter writer;
    private final ExecutorService worker;
    private final Set<String> journaled = new HashSet<>();
    private final Deque<Offer> offers = new ArrayDeque<>();
    private Restored restored;
    /** The newest edit's journal step, waiting for the worker (null when none waits). */
    private final AtomicReference<Runnable> latestEdit = new AtomicReference<>();
    private static final Duration COALESCE = Duration.ofMillis(250);

    /** @param autosave the author's autosave delay when the window opens */
    public RecoveryFeature(Bench bench, Path journalRoot, Duration autosave) {
        this.bench = bench;
        this.worker = bench.context().newWorker("postdesk-journal-text");
        this.journal = new Journal(journalRoot);
        this.writer = JournalWriter.start(journal, sentence -> Platform.runLater(
                () -> bench.notify(NotificationBar.Kind.ERROR, sentence)),
                autosave);
        bench.window().editor().onEdit(this::edited);
        bench.window().onFormEdit(this::edited);
        bench.window().stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    /** The author chose another autosave delay: the journal writer uses it at once. */
    public void setAutosaveDelay(Duration quiet) {
        writer.setQuietDelay(quiet);
    }

    /** The delay the journal writer uses now (tests). */
    public Duration autosaveDelay() {
        return writer.quietDelay();
    }

    private void edited() {
        OpenPost post = bench.openPostNow();
        BlogSession session = bench.session();
        if (post == null || session == null || post.isReadOnly()) {
            return;
        }
        Supplier<String> body = bench.window().editor().textSnapshot();
        Supplier<String> text = post.fileText(body);
        boolean frontMatterDirty = post.isFrontMatterDirty();
        String savedBody = post.savedBody();
        Path root = session.root();
        String path = post.path();
        var opened = post.openedState();
        // At most one text per COALESCE is built and handed on: each is a copy of the whole post.
        if (latestEdit.getAndSet(() -> {
            boolean dirty = frontMatterDirty || !body.get().equals(savedBody);
            if (dirty) {
                remember(path, true);
                writer.textChanged(root, path, text.get(), opened);
            } else if (remember(path, false)) {
                discardQuietly(root, path);
            }
        }) == null && !worker.isShutdown()) {
            CompletableFuture.delayedExecutor(COALESCE.toMillis(), TimeUnit.MILLISECONDS, worker).execute(() -> {
                Runnable newest = latestEdit.getAndSet(null);
                if (newest != null) {
                    newest.run();
                }
            });
        }
    }

    /** Marks a post as journaled (or not); returns whether it was before. */
    private synchronized boolean remember(String path, boolean on) {
        return on ? !journaled.add(path) : journaled.remove(path);
    }

    @Override
    public void saved(OpenPost post) {
        forget(post);
    }

    @Override
    public void discarded(OpenPost post) {
        forget(post);
    }

    private void forget(OpenPost post) {
        latestEdit.set(null); // an edit still waiting is saved or thrown away now
        BlogSession session = bench.session();
        if (session != null) {
            Path root = session.root();
            run(() -> {
                remember(post.path(), false);
                discardQuietly(root, post.path());
            });
        }
    }

    private void discardQuietly(Path root, String path) {
        try {
            writer.discard(root, path);
        } catch (IOException e) {
            Platform.runLater(() -> bench.notify(NotificationBar.Kind.ERROR,
                    bench.context().text("recovery.discardFailed", path, PostFiles.reason(e))));
        }
    }

    @Override
    public void blogOpened(BlogSession session) {
        Path root = session.root();
        CompletableFuture.supplyAsync(() -> {
            try {
                return journal.pending(root).stream().map(p -> new Offer(p, describe(p.diff()))).toList();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, worker).whenCompleteAsync((found, error) -> {
            if (error != null || bench.session() == null || !bench.session().root().equals(root)) {
                return;
            }
            offers.clear();
            offers.addAll(found);
            showNextOffer();
        }, Platform::runLater);
    }

    private static String describe(LineDiff diff) {
        return diff.summary() + "\n\n" + diff.unified();
    }

    private void showNextOffer() {
        Offer offer = offers.poll();
        if (offer == null) {
            ActionBar.hide(bench.window().bars(), "recoveryBar");
            return;
        }
        TextArea diff = new TextArea(offer.diffText());
        diff.setId("recoveryDiff");
        diff.setEditable(false);
        diff.setPrefRowCount(8);
        diff.setStyle("-fx-font-family: monospace;");
        ShellContext c = bench.context();
        ActionBar.show(bench.window().bars(), "recoveryBar", offer.pending().sentence(), List.of(
                new ActionBar.Choice("recoveryRestore", c.text("recovery.restore"), () -> restore(offer)),
                new ActionBar.Choice("recoveryDiscard", c.text("recovery.discard"), () -> discard(offer))), diff);
    }

    private void discard(Offer offer) {
        var entry = offer.pending().entry();
        run(() -> discardQuietly(entry.blogRoot(), entry.postPath()));
        showNextOffer();
    }

    private void restore(Offer offer) {
        var entry = offer.pending().entry();
        boolean gone = offer.pending().fileGone();
        CompletableFuture.supplyAsync(() -> {
            try {
                if (gone) {
                    // The file is gone: writing the text back is the restore; the entry has done its job.
                    PostFiles.save(guardOf(entry.blogRoot()), entry.file(), PostDocument.ofText(entry.text()));
                    return null;
                }
                return entry.restoreOnto(PostFiles.read(entry.file()));
            } catch (PostIoException e) {
                throw new CompletionException(e);
            }
        }, worker).whenCompleteAsync((document, error) -> {
            if (error != null) {
                bench.notify(NotificationBar.Kind.ERROR, bench.context().text("recovery.restoreFailed",
                        entry.postPath(), FailureReason.of(error)));
            } else if (gone) {
                bench.refreshRow(entry.postPath()).thenRunAsync(() -> bench.selectPost(entry.postPath()),
                        Platform::runLater);
            } else {
                restored = new Restored(entry.postPath(), document);
                bench.selectPost(entry.postPath());
            }
            showNextOffer();
        }, Platform::runLater);
    }

    @Override
    public void postShown(OpenPost post) {
        Restored waiting = restored;
        if (waiting == null || !waiting.path().equals(post.path())) {
            return;
        }
        restored = null;
        if (post.isReadOnly()) {
            return;
        }
        BlogSession session = bench.session();
        PostDocument restoredDoc = waiting.document().reread(session.site().frontMatterFormats());
        FrontMatterDocument frontMatter = FrontMatterDocument.of(restoredDoc, session.hints().keyOrder());
        post.setFrontMatter(frontMatter);
        bench.window().showFrontMatter(frontMatter, session.hints());
        bench.largePosts().show(restoredDoc.bodyForEditor(), true);
        bench.showDirty();
        bench.notify(NotificationBar.Kind.INFO, bench.context().text("recovery.restored", post.title()));
    }

    /** Runs journal work in order on the journal worker; nothing once the window closed. */
    private void run(Runnable task) {
        if (!worker.isShutdown()) {
            worker.execute(task);
        }
    }

    private void close() {
        run(() -> {
            try {
                writer.close();
            } catch (IOException e) {
                // The window is gone; the entries written so far stay in the journal.
            }
        });
        worker.shutdown();
    }

    /** The write guard of the blog a journal entry belongs to. */
    private static WriteGuard guardOf(Path blogRoot) throws PostIoException {
        try {
            return WriteGuard.forBlog(blogRoot);
        } catch (IOException e) {
            throw new PostIoException("Could not restore into " + blogRoot + ": " + PostFiles.reason(e)
                    + ". Nothing was written.", e);
        }
    }
}
