package org.postdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Underlines found on an older text follow typing elsewhere and leave where the typing touched them (decision record 0031). */
class ProblemMarksTest {

    private static final String BASIS = "one ![](bad.png) two ![](worse.png) end";
    private static final int[] RANGES = {8, 15, 25, 34};

    @Test
    void theSameTextKeepsTheRanges() {
        assertThat(new ProblemMarks(BASIS, RANGES).rangesFor(BASIS)).containsExactly(RANGES);
    }

    @Test
    void typingBeforeAMarkMovesItAndTypingAfterLeavesIt() {
        ProblemMarks marks = new ProblemMarks(BASIS, RANGES);
        assertThat(marks.rangesFor("一二 " + BASIS)).containsExactly(11, 18, 28, 37);
        assertThat(marks.rangesFor(BASIS + " more")).containsExactly(RANGES);
        assertThat(marks.rangesFor(BASIS.replace(" two ", " 2 "))).containsExactly(8, 15, 23, 32);
    }

    @Test
    void typingInsideAMarkDropsItUntilTheNextRound() {
        ProblemMarks marks = new ProblemMarks(BASIS, RANGES);
        assertThat(marks.rangesFor(BASIS.replace("bad.png", "good.png"))).containsExactly(26, 35);
        assertThat(marks.rangesFor("")).isEmpty();
    }

    @Test
    void theCallersArrayIsNotShared() {
        int[] mine = RANGES.clone();
        ProblemMarks marks = new ProblemMarks(BASIS, mine);
        mine[0] = 0;
        assertThat(marks.rangesFor(BASIS)[0]).isEqualTo(8);
    }

    @Test
    void marksJoinTheHighlightingAsOneMoreStyle() {
        Highlighting h = new MarkdownHighlighter().highlight(BASIS).withProblems(new int[] {8, 15, 30, 999});
        assertThat(h.classesAt(8)).contains("md-problem", "md-url"); // the highlighter's own style stays
        assertThat(h.classesAt(7)).doesNotContain("md-problem");
        assertThat(h.classesAt(15)).doesNotContain("md-problem");
        assertThat(h.classesAt(BASIS.length() - 1)).contains("md-problem"); // clamped to the text
    }

    @Test
    void gutterNumbersAlignToTheWidestLine() {
        assertThat(LineGutter.format(9, 120)).isEqualTo("  9");
        assertThat(LineGutter.format(120, 120)).isEqualTo("120");
        assertThat(LineGutter.format(1000, 120)).isEqualTo("1000");
    }
}
