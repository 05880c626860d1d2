package org.postdesk.ui.postlist;

import java.time.LocalDateTime;
import java.util.List;

/** Rows like a real Chinese/English blog's, shuffled so the list must sort them. */
final class SampleRows {
    static final String HANGZHOU = "_posts/2023-05-02-杭州游记.md";
    static final String JAVAFX = "_posts/2024-03-01-learning-javafx.md";
    static final String YEAR = "_posts/2025-12-31-year-in-review.md";
    static final String BROKEN = "_posts/2022-01-15-broken.md";
    static final String IGNORED = "_posts/notes-on-vim.md";
    static final String DRAFT = "_drafts/静态博客的图片.md";
    static final String BROKEN_REASON = "The front matter is not valid YAML (line 3: a tab before \"tags\"); Jekyll stops the build.";
    static final String IGNORED_REASON = "Jekyll skips this file because its name does not start with a date.";

    private SampleRows() {
    }

    static List<PostRow> rows() {
        return List.of(
                PostRow.of(HANGZHOU, "西湖的春天", at(2023, 5, 2), false, List.of("旅行", "杭州")),
                new PostRow(BROKEN, "", at(2022, 1, 15), false, List.of(), BROKEN_REASON),
                PostRow.of(YEAR, "A Year in Review", at(2025, 12, 31), false, List.of("life", "writing")),
                PostRow.of(DRAFT, "静态博客里的图片怎么放", at(2026, 11, 20), true, List.of("jekyll", "写作")),
                PostRow.of(JAVAFX, "Learning JavaFX", at(2024, 3, 1), false, List.of("java", "writing")),
                new PostRow(IGNORED, "Notes on Vim", at(2021, 6, 1), false, List.of("vim"), IGNORED_REASON));
    }

    private static LocalDateTime at(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 9, 30);
    }
}
