package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A blog's stylesheet reaches the preview with addresses inside the blog folder only. */
class BlogStyleTest {

    private final Path root = Path.of("/tmp/blog").toAbsolutePath();
    private final Path sheet = root.resolve("css/main.css");

    @Test
    void relativeAndSiteAbsoluteUrlsBecomeFileUrlsInsideTheBlog() {
        String css = BlogStyle.forPreview("@font-face{src:url('../fonts/a.woff2?v=3#x')}"
                + " body{background:url(/img/bg.png)}", sheet, root);

        assertThat(css).contains("url(\"" + root.resolve("fonts/a.woff2").toUri() + "?v=3#x\")")
                .contains("url(\"" + root.resolve("img/bg.png").toUri() + "\")");
    }

    @Test
    void nothingOutsideTheBlogFolderIsReferenced() {
        String css = BlogStyle.forPreview("a{background:url(../../etc/passwd)} b{background:url(file:///etc/passwd)}"
                + " i{background:url('\\2e\\2e/\\2e\\2e/x')} @import 'x.css';", sheet, root);

        assertThat(css).doesNotContain("etc/passwd").doesNotContain("2e").doesNotContain("@import")
                .contains("background:none");
    }

    @Test
    void escapesInStringsStayAndEscapesOutsideThemCannotSpellAUrl() {
        String css = BlogStyle.forPreview(".icon:before{content:\"\\e001\"} i{background:\\75rl(file:///etc/x)}"
                + " /* ' */ q{background:\\75rl(file:///etc/y)} /* ' */", sheet, root);

        assertThat(css).contains("content:\"\\e001\"").doesNotContain("\\75rl")
                .doesNotContainPattern("(?i)url\\(\\s*[\"']?file:///etc");
    }

    @Test
    void anUnquotedUrlWithAQuoteCannotHideTheNextOne() {
        String css = BlogStyle.forPreview("a{background:url(x')} b{background:\\75rl(file:///etc/z)} c{content:'}",
                sheet, root);

        assertThat(css).doesNotContain("\\75").doesNotContainPattern("(?i)url\\(\\s*[\"']?file:///etc");
    }
}
