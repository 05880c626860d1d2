package org.postdesk.ui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PostSearchTest {
    private static final List<PostRow> ROWS = List.of(
            PostRow.of("_posts/2024-03-01-java-fx.md", "Learning JavaFX", LocalDateTime.of(2024, 3, 1, 0, 0), false,
                    List.of("java", "桌面")),
            PostRow.of("_posts/2023-05-02-杭州游记.md", "西湖的春天", LocalDateTime.of(2023, 5, 2, 0, 0), false,
                    List.of("旅行")),
            PostRow.of("_drafts/idea.md", "", null, true, List.of()));

    private static List<String> find(String query, String tag) {
        Predicate<PostSearch.Keyed> p = PostSearch.matching(query, tag);
        return ROWS.stream().map(PostSearch.Keyed::of).filter(p).map(k -> k.row().path()).toList();
    }

    @Test
    void blankQueryMatchesEverything() {
        assertThat(find("  ", null)).hasSize(3);
        assertThat(find(null, null)).hasSize(3);
    }

    @Test
    void matchesTitleTagsAndFileNameIgnoringCase() {
        assertThat(find("javafx", null)).containsExactly("_posts/2024-03-01-java-fx.md");
        assertThat(find("JAVA", null)).containsExactly("_posts/2024-03-01-java-fx.md");
        assertThat(find("idea", null)).containsExactly("_drafts/idea.md");
        assertThat(find("2023-05", null)).containsExactly("_posts/2023-05-02-杭州游记.md");
    }

    @Test
    void chineseMatchesAsSubstringsOfTitleTagAndFileName() {
        assertThat(find("西湖", null)).containsExactly("_posts/2023-05-02-杭州游记.md");
        assertThat(find("旅行", null)).containsExactly("_posts/2023-05-02-杭州游记.md");
        assertThat(find("杭州", null)).containsExactly("_posts/2023-05-02-杭州游记.md");
        assertThat(find("桌面", null)).containsExactly("_posts/2024-03-01-java-fx.md");
    }

    @Test
    void everyWordMustMatchAndFullWidthLettersCount() {
        assertThat(find("learning 桌面", null)).containsExactly("_posts/2024-03-01-java-fx.md");
        assertThat(find("learning 旅行", null)).isEmpty();
        assertThat(find("ＪＡＶＡ", null)).containsExactly("_posts/2024-03-01-java-fx.md");
    }

    @Test
    void tagIsMatchedExactlyAndCombinesWithTheQuery() {
        assertThat(find("", "旅行")).containsExactly("_posts/2023-05-02-杭州游记.md");
        assertThat(find("", "jav")).isEmpty();
        assertThat(find("西湖", "java")).isEmpty();
    }

    @Test
    void tagChoicesStartWithAllThenMostUsed() {
        List<PostRow> rows = List.of(
                PostRow.of("_posts/2024-01-01-a.md", "a", null, false, List.of("b", "a")),
                PostRow.of("_posts/2024-01-02-b.md", "b", null, false, List.of("a", "a")),
                PostRow.of("_posts/2024-01-03-c.md", "c", null, false, List.of()));
        assertThat(TagChoice.of(rows)).containsExactly(new TagChoice(null, 3), new TagChoice("a", 2),
                new TagChoice("b", 1));
    }

    @Test
    void rowsAreOrderedDraftsThenNewestFirst() {
        List<PostRow> sorted = PreparedRows.of(List.of(ROWS.get(1), ROWS.get(2), ROWS.get(0))).rows().stream().map(PostSearch.Keyed::row).toList();
        assertThat(sorted).extracting(PostRow::path).containsExactly("_drafts/idea.md",
                "_posts/2024-03-01-java-fx.md", "_posts/2023-05-02-杭州游记.md");
    }
}
