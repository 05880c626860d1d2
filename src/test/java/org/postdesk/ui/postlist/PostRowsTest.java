package org.postdesk.ui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostSummary;

class PostRowsTest {

    @Test
    void summaryBecomesARowWithTheFlagSentencesAsReason() {
        PostSummary summary = new PostSummary("_posts/2024-2-30-x.md", false, "X", LocalDateTime.of(2024, 3, 1, 0, 0),
                PostSummary.DateSource.FILE_NAME, "x", List.of("a", "b"), List.of(), "post", List.of(), true, 10, 0,
                List.of(PostFlag.of(PostFlag.Kind.BAD_DATE_IN_NAME, "The date is odd."),
                        PostFlag.of(PostFlag.Kind.NO_FRONT_MATTER, "There is no front matter.")));
        PostRow row = PostRows.from(summary);
        assertThat(row).isEqualTo(new PostRow("_posts/2024-2-30-x.md", "X", LocalDateTime.of(2024, 3, 1, 0, 0), false,
                List.of("a", "b"), "The date is odd. There is no front matter."));
        assertThat(row.flagged()).isTrue();
    }

    @Test
    void healthyDraftIsNotFlagged() {
        PostSummary summary = new PostSummary("_drafts/idea.md", true, "Idea", LocalDateTime.of(2026, 1, 1, 0, 0),
                PostSummary.DateSource.MODIFIED, "idea", List.of(), List.of(), "", List.of(), true, 10, 0, List.of());
        PostRow row = PostRows.from(summary);
        assertThat(row.flagged()).isFalse();
        assertThat(row.draft()).isTrue();
        assertThat(row.fileName()).isEqualTo("idea.md");
    }
}
