package org.postdesk.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pause before a round of problems grows with a round's cost on long posts (decision record 0031). */
class ProblemsLoopTest {

    @Test
    void thePauseIsTheBaseOrOneAndAHalfRoundsAtMostTwoSeconds() {
        assertThat(ProblemsLoop.pauseMillis(250, 0)).isEqualTo(250);
        assertThat(ProblemsLoop.pauseMillis(250, 20_000_000L)).isEqualTo(250);
        assertThat(ProblemsLoop.pauseMillis(250, 300_000_000L)).isEqualTo(450);
        assertThat(ProblemsLoop.pauseMillis(250, 9_000_000_000L)).isEqualTo(2000);
    }
}
