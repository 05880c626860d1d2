package org.postdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlogSearchTest {

    @TempDir
    Path blog;

    private void write(String path, String text) throws IOException {
        Path file = blog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void findsMatchesWithFileLineAndEditorLine() throws IOException {
        write("_posts/2025-01-01-a.md", "---\ntitle: 湖边\n---\n第一行\n走到湖边。\n");
        write("_posts/2025-01-02-b.md", "no front matter\nthe lake 湖边\n");
        List<int[]> progress = new ArrayList<>();
        BlogSearch.Result result = new BlogSearch(blog::resolve).search(
                List.of("_posts/2025-01-01-a.md", "_posts/2025-01-02-b.md", "_posts/missing.md"),
                TextQuery.plain("湖边"), (done, total) -> progress.add(new int[] {done, total}), () -> false);

        assertThat(result.hits()).extracting(BlogSearch.Hit::post, BlogSearch.Hit::line, BlogSearch.Hit::bodyLine)
                .containsExactly(
                        Tuple.tuple("_posts/2025-01-01-a.md", 2, -1),
                        Tuple.tuple("_posts/2025-01-01-a.md", 5, 1),
                        Tuple.tuple("_posts/2025-01-02-b.md", 2, 1));
        assertThat(result.hits().get(1).text()).isEqualTo("走到湖边。");
        assertThat(result.unreadable()).containsExactly("_posts/missing.md");
        assertThat(progress).hasSize(3);
        assertThat(progress.get(2)).containsExactly(3, 3);
        assertThat(result.cancelled()).isFalse();
    }

    @Test
    void stopsWhenCancelled() throws IOException {
        write("_posts/a.md", "x\n");
        BlogSearch.Result result = new BlogSearch(blog::resolve).search(List.of("_posts/a.md"),
                TextQuery.plain("x"), (d, t) -> { }, () -> true);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.hits()).isEmpty();
    }
}
