package org.postdesk.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void showsTheChangedLineWithContext() {
        String disk = "a\nb\nc\nd\ne\nf\ng\n";
        String mine = "a\nb\nc\nD\ne\nf\ng\n";
        LineDiff d = LineDiff.compare(disk, mine);
        assertThat(d.unified()).isEqualTo("@@ -2,5 +2,5 @@\n b\n c\n-d\n+D\n e\n f\n");
        assertThat(d.summary()).isEqualTo("1 line added and 1 line removed in 1 place.");
    }

    @Test
    void farApartChangesAreSeparateHunks() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            a.append("第").append(i).append("行\n");
        }
        String b = a.toString().replace("第3行\n", "").replace("第25行\n", "第25行\n新的一行\n");
        LineDiff d = LineDiff.compare(a.toString(), b);
        assertThat(d.hunks()).hasSize(2);
        assertThat(d.removedLines()).isEqualTo(1);
        assertThat(d.addedLines()).isEqualTo(1);
        assertThat(d.hunks().get(1).lines()).extracting(LineDiff.Line::text).contains("新的一行");
        assertThat(d.hunks().get(1).newStart()).isEqualTo(23);
    }

    @Test
    void sameTextAndLineEndingsOnlyAreNoDifference() {
        assertThat(LineDiff.compare("a\r\nb\r\n", "a\nb\n").isEmpty()).isTrue();
        assertThat(LineDiff.compare("", "").summary()).isEqualTo("No line differs.");
    }

    @Test
    void interleavedEditsFindTheShortestScript() {
        LineDiff d = LineDiff.compare("a\nb\nc\na\nb\nb\na\n", "c\nb\na\nb\na\nc\n", 0);
        assertThat(d.addedLines() + d.removedLines()).isEqualTo(5);
    }

    @Test
    void aHugeRewriteIsOneBlockNotAnHourOfWork() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            a.append("old ").append(i).append('\n');
            b.append("new ").append(i).append('\n');
        }
        LineDiff d = LineDiff.compare(a.toString(), b.toString());
        assertThat(d.removedLines()).isEqualTo(20_000);
        assertThat(d.addedLines()).isEqualTo(20_000);
        assertThat(d.hunks()).hasSize(1);
    }
}
