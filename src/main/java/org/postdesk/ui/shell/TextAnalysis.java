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
 * Word counts and the outline of the editor text, computed on a worker after a pause in typing
 * (250 ms, or twice what the last pass took: on a long post a pass copies and scans the whole
 * text); only the newest result is applied, on the FX thread.
 */
final class TextAnalysis {

    /** What one pass found. */
    record Result(WordCount.Counts counts, List<Outline.Heading> headings) {
    }

    private static final double BASE_PAUSE_MILLIS = 250;
    private static final double MAX_PAUSE_MILLIS = 2000;
    private final PauseTransition pause = new PauseTransition(Duration.millis(BASE_PAUSE_MILLIS));
    private final Supplier<Supplier<String>> snapshot;
    private final Executor worker;
    private final Consumer<Result> apply;
    private long ticket;
    private volatile long lastPassNanos;

    TextAnalysis(Supplier<Supplier<String>> snapshot, Executor worker, Consumer<Result> apply) {
        this.snapshot = snapshot;
        this.worker = worker;
        this.apply = apply;
        pause.setOnFinished(e -> runNow());
    }

    /** After an edit: runs once typing pauses. */
    void request() {
        pause.setDuration(Duration.millis(Math.min(MAX_PAUSE_MILLIS, Math.max(BASE_PAUSE_MILLIS, 2 * lastPassNanos / 1e6))));
        pause.playFromStart();
    }

    /** Runs at once (a post was opened). */
    void runNow() {
        pause.stop();
        long mine = ++ticket;
        Supplier<String> text = snapshot.get();
        try {
            CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                String body = text.get();
                Result result = new Result(WordCount.of(body), Outline.of(body));
                lastPassNanos = System.nanoTime() - t0;
                return result;
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
