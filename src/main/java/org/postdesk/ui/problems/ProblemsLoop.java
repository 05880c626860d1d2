package org.postdesk.ui.problems;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * Keeps a result up to date as the author types, off the FX thread (decision record 0031), as the
 * preview does: a request waits for a pause in typing, the job is captured on the FX thread
 * (snapshots only), computed on the executor, and delivered on the FX thread unless a newer request
 * came meanwhile. One round at a time; on a long post the pause grows with what a round costs, so
 * typing is not followed by rounds typing has already made stale. FX thread.
 *
 * @param <T> the result
 */
public final class ProblemsLoop<T> {

    private static final System.Logger LOG = System.getLogger(ProblemsLoop.class.getName());

    private final Supplier<Supplier<T>> capture;
    private final Executor executor;
    private final Consumer<T> deliver;
    private final PauseTransition pause = new PauseTransition();
    private final long basePauseMillis;
    private long requested;
    private boolean computing;
    private boolean wanted;
    private volatile long lastNanos;

    /**
     * @param capture on the FX thread: the job for the text as it is now (or null for "nothing to compute")
     * @param deliver on the FX thread: the newest result
     */
    public ProblemsLoop(Supplier<Supplier<T>> capture, Executor executor, Duration pause, Consumer<T> deliver) {
        this.capture = capture;
        this.executor = executor;
        this.deliver = deliver;
        this.basePauseMillis = pause.toMillis();
        this.pause.setOnFinished(e -> runNow());
    }

    /** Something changed: compute again after a pause in typing. */
    public void request() {
        requested++;
        if (computing) {
            wanted = true;
        } else {
            waitForPause();
        }
    }

    /** The pause in typing before a round: the base pause, or 1.5 times the last round's cost, at most two seconds. */
    static long pauseMillis(long baseMillis, long lastNanos) {
        return Math.min(2000, Math.max(baseMillis, lastNanos * 3 / 2 / 1_000_000));
    }

    private void waitForPause() {
        pause.setDuration(javafx.util.Duration.millis(pauseMillis(basePauseMillis, lastNanos)));
        pause.playFromStart();
    }

    /** Computes at once (a post was opened). */
    public void runNow() {
        pause.stop();
        requested++;
        if (computing) {
            wanted = true;
            return;
        }
        Supplier<T> job = capture.get();
        if (job == null) {
            return;
        }
        computing = true;
        long ticket = requested;
        try {
            CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                T result = job.get();
                lastNanos = System.nanoTime() - t0;
                return result;
            }, executor).whenComplete((result, error) -> Platform.runLater(() -> done(ticket, result, error)));
        } catch (RejectedExecutionException shuttingDown) {
            computing = false;
        }
    }

    private void done(long ticket, T result, Throwable error) {
        computing = false;
        if (error != null) {
            LOG.log(Level.WARNING, "finding the post's problems failed", error);
        } else if (ticket == requested) {
            deliver.accept(result);
        }
        if (wanted || ticket != requested) {
            wanted = false;
            waitForPause();
        }
    }

    /** Nanoseconds the last round took off the FX thread (for measurements). */
    public long lastNanos() {
        return lastNanos;
    }

    public void dispose() {
        pause.stop();
    }
}
