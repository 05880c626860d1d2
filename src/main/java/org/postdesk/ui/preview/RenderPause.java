package org.postdesk.ui.preview;

import java.time.Duration;

/**
 * How long the preview waits after an edit before rendering: a render that costs little
 * starts almost at once, a costly one (a long post) waits for a longer pause in typing, so
 * rendering takes at most about {@code 1 / (1 + costFactor)} of the time while typing goes on.
 * The first edit after a pause at least that long renders at once (the author was not typing),
 * and no edit waits longer than {@code maxDelay} (or, for a costly render, three times its
 * cost) while typing goes on. Pure: the scheduler passes the clock readings.
 *
 * @param minPause   the shortest pause, however cheap the render
 * @param maxPause   the longest pause, however costly the render
 * @param costFactor the pause as a multiple of the last render's cost (render thread plus FX thread)
 * @param maxDelay   the longest an edit waits for its render to start while typing goes on
 */
public record RenderPause(Duration minPause, Duration maxPause, double costFactor, Duration maxDelay) {

    /** The window's preview: 20 ms to 400 ms, twice the cost, at most 700 ms. */
    public static final RenderPause ADAPTIVE = new RenderPause(Duration.ofMillis(20), Duration.ofMillis(400), 2.0,
            Duration.ofMillis(700));

    /** A fixed pause (the cost does not matter). */
    public static RenderPause fixed(Duration pause, Duration maxDelay) {
        return new RenderPause(pause, pause, 0, maxDelay);
    }

    /** The pause in typing to wait for, given what the last render cost (0 when unknown). */
    public long pauseNanos(long lastCostNanos) {
        long scaled = (long) Math.min(Long.MAX_VALUE / 2.0, costFactor * Math.max(0, lastCostNanos));
        return Math.max(minPause.toNanos(), Math.min(maxPause.toNanos(), scaled));
    }

    /**
     * How long from now to wait before starting a render; 0 for at once.
     *
     * @param sinceLastEditNanos time from the edit before this one to this one (Long.MAX_VALUE if none)
     * @param lastCostNanos      what the last render cost (0 when unknown)
     * @param waitingNanos       how long the oldest edit not yet rendered has waited
     */
    public long delayNanos(long sinceLastEditNanos, long lastCostNanos, long waitingNanos) {
        long pause = pauseNanos(lastCostNanos);
        if (sinceLastEditNanos >= pause) {
            return 0; // the author had paused: show this edit at once
        }
        long longest = Math.max(maxDelay.toNanos(), 3 * Math.max(0, Math.min(Long.MAX_VALUE / 4, lastCostNanos)));
        return Math.max(0, Math.min(pause, longest - waitingNanos));
    }
}
