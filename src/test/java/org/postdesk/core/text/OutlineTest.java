package org.postdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineTest {

    @Test
    void listsAtxAndSetextHeadingsWithTheirLines() {
        String body = String.join("\n",
                "# 春日徒步",           // 0
                "",
                "清晨六点出发。",
                "",
                "## 山脊 {#ridge}",    // 4
                "```",
                "# not a heading",
                "```",
                "Lake",                // 8
                "----",
                "",
                "### Closing ###",     // 11
                "#hashtag",
                "",
                "---");
        List<Outline.Heading> headings = Outline.of(body);
        assertThat(headings).containsExactly(
                new Outline.Heading(1, "春日徒步", 0),
                new Outline.Heading(2, "山脊", 4),
                new Outline.Heading(2, "Lake", 8),
                new Outline.Heading(3, "Closing", 11));
    }

    @Test
    void aBodyWithoutHeadingsHasAnEmptyOutline() {
        assertThat(Outline.of("just text\n\n- a list")).isEmpty();
    }
}
