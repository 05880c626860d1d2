package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which stylesheet a blog's own look comes from (docs/decisions/0021). */
class BlogStylesheetsTest {

    @TempDir
    Path blog;

    @Test
    void theStylesheetsTheHeadIncludeLinksInTheirOrder() throws IOException {
        write("_includes/head.html", """
                <!--<link rel="stylesheet" href="/css/old.css">-->
                <link rel="stylesheet" href="{{ site.baseurl }}/css/bootstrap.min.css">
                <link rel="stylesheet" href="{{ "/css/hux-blog.min.css" | relative_url }}?v=2">
                <link rel="stylesheet" href="https://cdn.example.org/font.css">
                <link rel="icon" href="/favicon.css">
                """);
        write("css/bootstrap.min.css", "body{margin:0}");
        write("css/old.css", "body{margin:1px}");
        write("css/hux-blog.min.css", ".post-container{color:#333}");

        assertThat(BlogStylesheets.find(blog)).containsExactly(
                blog.resolve("css/bootstrap.min.css"), blog.resolve("css/hux-blog.min.css"));
    }

    @Test
    void aCssFileWithFrontMatterNeedsJekyllAndCountsOnlyAsItsBuiltCopy() throws IOException {
        write("_layouts/default.html", "<link href=\"{{ '/assets/main.css' | relative_url }}\" rel=\"stylesheet\">");
        write("assets/main.css", "---\n---\n@import \"minima\";\n");

        assertThat(BlogStylesheets.find(blog)).as("SCSS behind front matter is not plain CSS").isEmpty();

        write("_site/assets/main.css", "body{color:#111}");
        assertThat(BlogStylesheets.find(blog)).containsExactly(blog.resolve("_site/assets/main.css"));
    }

    @Test
    void withoutLinksInTheLayoutsTheUsualPlaceIsTried() throws IOException {
        write("_sass/main.scss", "body{color:red}");
        assertThat(BlogStylesheets.find(blog)).isEmpty();

        write("assets/css/style.css", "body{color:red}");
        assertThat(BlogStylesheets.find(blog)).containsExactly(blog.resolve("assets/css/style.css"));
    }

    @Test
    void aLinkThatLeavesTheBlogFolderIsIgnored() throws IOException {
        write("_includes/head.html", "<link rel=stylesheet href=\"/../outside.css\">");
        Files.writeString(blog.getParent().resolve("outside.css"), "body{}");
        try {
            assertThat(BlogStylesheets.find(blog)).isEmpty();
        } finally {
            Files.deleteIfExists(blog.getParent().resolve("outside.css"));
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = blog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
