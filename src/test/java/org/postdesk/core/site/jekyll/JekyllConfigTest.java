package org.postdesk.core.site.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.site.Generators;
import org.junit.jupiter.api.io.TempDir;

/** A Jekyll blog's _config.yml as the adapter reads it, and the folders it opens. */
class JekyllConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSettingsPostdeskUses() throws Exception {
        Files.writeString(dir.resolve("_config.yml"), "baseurl: /blog/\nurl: https://example.org\npermalink: pretty\n"
                + "kramdown:\n  input: GFM\nexclude: [node_modules, README.md]\nmarkdown_ext: \"md, .txt\"\n");
        BlogFolder blog = BlogFolder.open(dir);
        assertThat(blog.problems()).isEmpty();
        JekyllConfig c = ((JekyllSite) blog.site()).config();
        assertThat(c.baseurl()).isEqualTo("/blog");
        assertThat(c.url()).isEqualTo("https://example.org");
        assertThat(c.permalink()).isEqualTo("pretty");
        assertThat(c.markdown()).isEqualTo("kramdown");
        assertThat(c.kramdown()).containsEntry("input", "GFM");
        assertThat(c.exclude()).containsExactly("node_modules", "README.md");
        assertThat(c.markdownExtensions()).containsExactly("md", "txt");
        assertThat(c.all()).containsKey("kramdown");
    }

    @Test
    void aBrokenConfigIsAProblemWithItsLineNotAFailure() throws Exception {
        Files.writeString(dir.resolve("_config.yml"), "title: ok\nbaseurl: \"\nurl: x\n");
        BlogFolder blog = BlogFolder.open(dir);
        assertThat(blog.problems()).hasSize(1);
        assertThat(blog.problems().get(0)).contains("_config.yml is not valid YAML at line").contains("column");
        assertThat(blog.naming().markdownExtensions()).contains("md", "markdown");
    }

    @Test
    void aFolderWithoutConfigIsStillOpened() throws Exception {
        Files.createDirectories(dir.resolve("_posts"));
        assertThat(Generators.standard().isSite(dir)).isTrue();
        BlogFolder blog = BlogFolder.open(dir);
        assertThat(blog.problems()).singleElement().asString().contains("no _config.yml");
        assertThat(((JekyllSite) blog.site()).config().permalink()).isEqualTo("date");
        assertThat(blog.relativize(dir.resolve("_posts/a.md"))).isEqualTo("_posts/a.md");
    }

    @Test
    void anEmptyFolderIsNoBlog() {
        assertThat(Generators.standard().isSite(dir)).isFalse();
    }
}
