package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the preview renders after an edit: the decision alone, with made-up clock readings. */
class RenderPauseTest {

    private static final long MS = 1_000_000L;
    private final RenderPause policy = RenderPause.ADAPTIVE;

    @Test
    void aCheapRenderWaitsForTheShortestPauseAndACostlyOneForALongerOne() {
        assertThat(policy.pauseNanos(3 * MS)).isEqualTo(20 * MS);
        assertThat(policy.pauseNanos(0)).as("before the first render").isEqualTo(20 * MS);
        assertThat(policy.pauseNanos(80 * MS)).isEqualTo(160 * MS);
        assertThat(policy.pauseNanos(900 * MS)).as("never longer than the longest pause").isEqualTo(400 * MS);
    }

    @Test
    void theFirstEditAfterAPauseRendersAtOnce() {
        assertThat(policy.delayNanos(Long.MAX_VALUE, 80 * MS, 0)).as("no edit before").isZero();
        assertThat(policy.delayNanos(500 * MS, 80 * MS, 0)).isZero();
        assertThat(policy.delayNanos(30 * MS, 5 * MS, 0)).as("a cheap render: 30 ms is a pause").isZero();
    }

    @Test
    void editsInQuickSuccessionWaitForThePause() {
        assertThat(policy.delayNanos(50 * MS, 80 * MS, 50 * MS)).isEqualTo(160 * MS);
        assertThat(policy.delayNanos(10 * MS, 5 * MS, 10 * MS)).isEqualTo(20 * MS);
    }

    @Test
    void whileTypingGoesOnNoEditWaitsLongerThanTheMaximumDelay() {
        assertThat(policy.delayNanos(50 * MS, 150 * MS, 600 * MS)).as("100 ms left of 700").isEqualTo(100 * MS);
        assertThat(policy.delayNanos(50 * MS, 150 * MS, 800 * MS)).as("overdue: now").isZero();
        // a costly render (a very long post) may wait three times its cost
        assertThat(policy.delayNanos(50 * MS, 500 * MS, 1000 * MS)).isEqualTo(400 * MS);
        assertThat(policy.delayNanos(50 * MS, 500 * MS, 1400 * MS)).isEqualTo(100 * MS);
    }

    @Test
    void aFixedPauseIgnoresTheCost() {
        RenderPause fixed = RenderPause.fixed(Duration.ofMillis(120), Duration.ofMillis(700));
        assertThat(fixed.pauseNanos(0)).isEqualTo(120 * MS);
        assertThat(fixed.pauseNanos(2000 * MS)).isEqualTo(120 * MS);
        assertThat(fixed.delayNanos(50 * MS, 2000 * MS, 0)).isEqualTo(120 * MS);
    }
}
