package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.postdesk.SharedFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndRenderCommandTest {
    private static final Path SEED = SharedFolders.seedBlog();
    private static final Path SAMPLE = Path.of("assets/sample-blog");

    @TempDir
    Path dir;

    @Test
    void theSeedBlogHasTwoBrokenWindowsPathLinks() throws IOException {
        SharedFolders.assumePresent(Files.isDirectory(SEED), SEED);
        Path blog = SharedFolders.writableCopy(SEED, dir.resolve("seed"));
        CliRunner r = CliRunner.run("check", blog.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out.lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("_posts/2021-12-17-止付2.9亿.md:").contains(": error: ").contains("Windows"));
        assertThat(r.out.lines().map(l -> l.split(":")[1])).containsExactly("43", "51");
    }

    @Test
    void theSampleBlogIsClean() {
        CliRunner r = CliRunner.run("check", SAMPLE.toString());
        assertThat(r.out).isEmpty();
        assertThat(r.exit).isZero();
    }

    @Test
    void checkFindsBrokenFrontMatterIgnoredNamesAndWrongCase() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Path posts = Files.createDirectories(blog.resolve("_posts"));
        Files.createDirectories(blog.resolve("img"));
        Files.write(blog.resolve("img/Photo.PNG"), new byte[] {1});
        Files.writeString(blog.resolve("_config.yml"), "baseurl: /blog\n");
        Files.writeString(posts.resolve("2024-01-01-broken.md"), "---\ntitle: \"unclosed\nlayout: post\n---\nx\n");
        Files.writeString(posts.resolve("2024.2.2日记.md"), "---\ntitle: x\n---\n");
        Files.writeString(posts.resolve("2024-01-02-case.md"),
                "---\ntitle: ok\n---\n\n![a]({{ site.baseurl }}/img/photo.png)\n![b](/img/Photo.PNG)\n");
        CliRunner r = CliRunner.run("check", blog.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).contains("_posts/2024-01-01-broken.md:2: error: ");
        assertThat(r.out).containsPattern("_posts/2024\\.2\\.2日记\\.md:1: warning: .*");
        assertThat(r.out).contains("_posts/2024-01-02-case.md:5: error: ").contains("Photo.PNG");
        assertThat(r.out).doesNotContain("2024-01-02-case.md:6:");
    }

    @Test
    void checkRefusesAFolderThatIsNotABlog() {
        CliRunner r = CliRunner.run("check", dir.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("is not a Jekyll blog");
    }

    @Test
    void renderShowsSiteUrlsFromTheBlogFolder() throws IOException {
        Path blog = SharedFolders.writableCopy(SAMPLE, dir.resolve("sample"));
        Path post = blog.resolve("_posts/2025-09-01-markdown-cheatsheet.md");
        CliRunner r = CliRunner.run("render", post.toString());
        assertThat(r.exit).as(r.err).isZero();
        String lake = blog.resolve("img/in-post/spring-hike-lake.png").toUri().toString();
        assertThat(r.out).doesNotContain("pd-title").contains("<h2 id=\"text\"")
                .contains("src=\"" + lake + "\"")
                .contains("<table").contains("<del>strikethrough</del>").contains("class=\"footnotes\"");
    }

    @Test
    void renderIncludesFilesFromTheBlogsIncludesFolder() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("inc"));
        Files.writeString(blog.resolve("_config.yml"), "title: Inc\n");
        Files.createDirectories(blog.resolve("_includes"));
        Files.writeString(blog.resolve("_includes/note.html"), "<aside>{{ include.text }} / {{ page.title }}</aside>\n");
        Path post = Files.createDirectories(blog.resolve("_posts")).resolve("2024-03-02-inc.md");
        Files.writeString(post, "---\ntitle: Post\n---\n{% include note.html text=\"Hello\" %}\n\n"
                + "{% include gone.html %}\n");
        CliRunner r = CliRunner.run("render", post.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("<aside>Hello / Post</aside>").contains("pd-include").contains("gone.html");
    }

    @Test
    void renderOfAMissingFileFails() {
        CliRunner r = CliRunner.run("render", dir.resolve("missing.md").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
    }
}
