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
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * Turns text changes into preview updates: a change request waits for a short pause in typing
 * (but never longer than {@code maxDelay} while typing goes on), takes a snapshot of the text on
 * the FX thread, reads and renders it on the executor, and hands the HTML to the sink on the FX thread. The newest
 * request wins: a render that has not started when a newer one is requested is skipped, and a
 * result that is no longer the newest is dropped. While inactive (preview hidden) requests are
 * only remembered; activating renders once if anything changed.
 *
 * <p>{@link #requestRender()}, {@link #renderNow()} and {@link #setActive} are for the FX thread.
 */
public final class RenderScheduler {

    private static final System.Logger LOG = System.getLogger(RenderScheduler.class.getName());

    private final Supplier<? extends Supplier<String>> source;
    private final Function<String, String> renderer;
    private final Consumer<String> sink;
    private final Executor executor;
    private final long maxDelayNanos;
    private final PauseTransition pause;
    private final AtomicLong newest = new AtomicLong();
    private long firstRequestNanos = -1;
    private boolean active = true;
    private boolean missed;
    private Consumer<Throwable> onError = error -> LOG.log(Level.WARNING, "preview rendering failed", error);

    /**
     * @param source called on the FX thread when a render starts; returns the text to render,
     *               read on the executor (so a cheap snapshot can defer building a large string)
     */
    public RenderScheduler(Supplier<? extends Supplier<String>> source, Function<String, String> renderer, Consumer<String> sink,
                           Executor executor, Duration debounce, Duration maxDelay) {
        this.source = Objects.requireNonNull(source);
        this.renderer = Objects.requireNonNull(renderer);
        this.sink = Objects.requireNonNull(sink);
        this.executor = Objects.requireNonNull(executor);
        this.maxDelayNanos = maxDelay.toNanos();
        this.pause = new PauseTransition(javafx.util.Duration.millis(debounce.toMillis()));
        this.pause.setOnFinished(event -> renderNow());
    }

    /** Where render failures go (default: the log). */
    public void setOnError(Consumer<Throwable> onError) {
        this.onError = Objects.requireNonNull(onError);
    }

    /** The text changed: render after a pause. */
    public void requestRender() {
        if (!active) {
            missed = true;
            return;
        }
        long now = System.nanoTime();
        if (firstRequestNanos < 0) {
            firstRequestNanos = now;
        }
        if (now - firstRequestNanos >= maxDelayNanos) {
            renderNow();
        } else {
            pause.playFromStart();
        }
    }

    /** Renders the current text without waiting. */
    public void renderNow() {
        pause.stop();
        firstRequestNanos = -1;
        missed = false;
        Supplier<String> text = source.get();
        long ticket = newest.incrementAndGet();
        try {
            executor.execute(() -> render(text, ticket));
        } catch (RejectedExecutionException shuttingDown) {
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
            firstRequestNanos = -1;
        } else if (missed) {
            renderNow();
        }
    }

    private void render(Supplier<String> text, long ticket) {
        if (ticket != newest.get()) {
            return; // a newer text is already waiting
        }
        String html;
        try {
            html = renderer.apply(text.get());
        } catch (RuntimeException | Error e) {
            Platform.runLater(() -> onError.accept(e));
            return;
        }
        Platform.runLater(() -> {
            if (ticket == newest.get()) {
                sink.accept(html);
            }
        });
    }
}
