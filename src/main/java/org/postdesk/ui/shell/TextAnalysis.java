package org.postdesk.ui.shell;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.postdesk.core.text.Outline;
import org.postdesk.core.text.WordCount;

/**
 * Word counts and the outline of the editor text, computed on a worker after a short pause in
 * typing; only the newest result is applied, on the FX thread.
 */
final class TextAnalysis {

    /** What one pass found. */
    record Result(WordCount.Counts counts, List<Outline.Heading> headings) {
    }

    private final PauseTransition pause = new PauseTransition(Duration.millis(250));
    private final Supplier<Supplier<String>> snapshot;
    private final Executor worker;
    private final Consumer<Result> apply;
    private long ticket;

    TextAnalysis(Supplier<Supplier<String>> snapshot, Executor worker, Consumer<Result> apply) {
        this.snapshot = snapshot;
        this.worker = worker;
        this.apply = apply;
        pause.setOnFinished(e -> runNow());
    }

    /** After an edit: runs once typing pauses. */
    void request() {
        pause.playFromStart();
    }

    /** Runs at once (a post was opened). */
    void runNow() {
        pause.stop();
        long mine = ++ticket;
        Supplier<String> text = snapshot.get();
        try {
            CompletableFuture.supplyAsync(() -> {
                String body = text.get();
                return new Result(WordCount.of(body), Outline.of(body));
            }, worker).thenAcceptAsync(result -> {
                if (mine == ticket) {
                    apply.accept(result);
                }
            }, Platform::runLater);
        } catch (RejectedExecutionException e) {
            // the window is closing and its workers have stopped: nothing left to show
        }
    }
}
