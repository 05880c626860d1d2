package org.postdesk.ui.preview;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * Turns text changes into preview updates. The first change after a pause in typing renders at
 * once; changes while typing goes on wait for a pause whose length follows what the last render
 * cost ({@link RenderPause}), but never longer than its maximum delay. A render takes a snapshot
 * of the text on the FX thread, reads and renders it on the executor, and hands the result to
 * the sink on the FX thread. One render runs at a time: changes made meanwhile are rendered
 * together when it has finished. The newest request wins: a render that has not started when a
 * newer one is requested is skipped, and a result that is no longer the newest is dropped.
 * While inactive (preview hidden) requests are only remembered; activating renders once if
 * anything changed.
 *
 * <p>{@link #requestRender()}, {@link #renderNow()} and {@link #setActive} are for the FX thread.
 *
 * @param <T> what a render makes
 */
public final class RenderScheduler<T> {

    private static final System.Logger LOG = System.getLogger(RenderScheduler.class.getName());

    private final Supplier<? extends Supplier<String>> source;
    private final Function<String, T> renderer;
    private final Consumer<T> sink;
    private final Executor executor;
    private final RenderPause policy;
    private final PauseTransition pause = new PauseTransition();
    private final AtomicLong newest = new AtomicLong();
    // FX thread only
    private long waitingSince = -1;
    private long lastRequest = Long.MIN_VALUE;
    private long lastCostNanos;
    private boolean rendering;
    private boolean active = true;
    private boolean missed;
    private Consumer<Throwable> onError = error -> LOG.log(Level.WARNING, "preview rendering failed", error);

    /**
     * @param source called on the FX thread when a render starts; returns the text to render,
     *               read on the executor (so a cheap snapshot can defer building a large string)
     */
    public RenderScheduler(Supplier<? extends Supplier<String>> source, Function<String, T> renderer, Consumer<T> sink,
                           Executor executor, RenderPause policy) {
        this.source = Objects.requireNonNull(source);
        this.renderer = Objects.requireNonNull(renderer);
        this.sink = Objects.requireNonNull(sink);
        this.executor = Objects.requireNonNull(executor);
        this.policy = Objects.requireNonNull(policy);
        this.pause.setOnFinished(event -> renderNow());
    }

    /** With a fixed pause. */
    public RenderScheduler(Supplier<? extends Supplier<String>> source, Function<String, T> renderer, Consumer<T> sink,
                           Executor executor, Duration debounce, Duration maxDelay) {
        this(source, renderer, sink, executor, RenderPause.fixed(debounce, maxDelay));
    }

    /** Where render failures go (default: the log). */
    public void setOnError(Consumer<Throwable> onError) {
        this.onError = Objects.requireNonNull(onError);
    }

    /** The text changed: render now or after a pause (see the class comment). */
    public void requestRender() {
        if (!active) {
            missed = true;
            return;
        }
        long now = System.nanoTime();
        long since = lastRequest == Long.MIN_VALUE ? Long.MAX_VALUE : now - lastRequest;
        lastRequest = now;
        if (waitingSince < 0) {
            waitingSince = now;
        }
        if (!rendering) {
            schedule(now, since);
        }
    }

    /** Renders the current text without waiting. */
    public void renderNow() {
        pause.stop();
        waitingSince = -1;
        missed = false;
        Supplier<String> text = source.get();
        long ticket = newest.incrementAndGet();
        rendering = true;
        try {
            executor.execute(() -> render(text, ticket));
        } catch (RejectedExecutionException shuttingDown) {
            rendering = false;
            LOG.log(Level.DEBUG, "render skipped: executor shut down");
        }
    }

    /** Whether edits start renders (false while the preview is hidden or off for a large post). */
    public boolean isActive() {
        return active;
    }

    /** Inactive: requests are only noted. Becoming active renders once if one was missed. */
    public void setActive(boolean active) {
        this.active = active;
        if (!active) {
            pause.stop();
            waitingSince = -1;
        } else if (missed) {
            renderNow();
        }
    }

    private void schedule(long now, long sinceLastRequest) {
        long delay = policy.delayNanos(sinceLastRequest, lastCostNanos, now - waitingSince);
        if (delay <= 0) {
            renderNow();
        } else {
            pause.setDuration(javafx.util.Duration.millis(delay / 1e6));
            pause.playFromStart();
        }
    }

    private void render(Supplier<String> text, long ticket) {
        if (ticket != newest.get()) {
            return; // a newer text is already waiting; its render reports back
        }
        long t0 = System.nanoTime();
        T result;
        try {
            result = renderer.apply(text.get());
        } catch (RuntimeException | Error e) {
            Platform.runLater(() -> {
                finished(ticket, 0);
                onError.accept(e);
            });
            return;
        }
        long renderNanos = System.nanoTime() - t0;
        Platform.runLater(() -> {
            if (ticket == newest.get()) {
                long t1 = System.nanoTime();
                try {
                    sink.accept(result);
                } finally {
                    finished(ticket, renderNanos + System.nanoTime() - t1);
                }
            }
        });
    }

    /** On the FX thread, after the newest render: starts the next one if edits came meanwhile. */
    private void finished(long ticket, long costNanos) {
        if (ticket != newest.get()) {
            return;
        }
        rendering = false;
        if (costNanos > 0) {
            lastCostNanos = costNanos;
        }
        if (active && waitingSince >= 0 && pause.getStatus() != Animation.Status.RUNNING) {
            long now = System.nanoTime();
            schedule(now, now - lastRequest);
        }
    }
}
