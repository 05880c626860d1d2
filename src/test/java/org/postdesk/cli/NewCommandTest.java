package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path blog;

    private void huxBlog() throws IOException {
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_config.yml"), "title: 博客\n");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(blog.resolve("_posts/2021-12-1" + i + "-p" + i + ".md"), "---\nlayout:     post\n"
                    + "title:      \"第" + i + "篇\"\ndate:       2021-12-1" + i + "\nauthor:     编辑部\n"
                    + "header-img: img/a.png\ntags:\n    - 其他\n---\n正文\n");
        }
    }

    @Test
    void createsAPostInTheBlogsStyleAndPrintsItsPath() throws IOException {
        huxBlog();
        CliRunner r = CliRunner.run("new", blog.toString(), "--title", "新年快乐", "--date", "2024-02-10");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).isEqualTo("_posts/2024-02-10-新年快乐.md" + System.lineSeparator());
        assertThat(Files.readString(blog.resolve("_posts/2024-02-10-新年快乐.md"))).isEqualTo("---\nlayout:     post\n"
                + "title:      新年快乐\ndate:       2024-02-10\nauthor:     编辑部\ntags:\n---\n\n");
    }

    @Test
    void createsADraftDatedToday() throws IOException {
        huxBlog();
        CliRunner r = CliRunner.run("new", blog.toString(), "--title", "An idea", "--draft");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out.strip()).isEqualTo("_drafts/an-idea.md");
        assertThat(Files.readString(blog.resolve("_drafts/an-idea.md")))
                .contains("date:       " + LocalDate.now() + "\n").contains("title:      An idea\n");
    }

    @Test
    void anExistingFileIsAOneLineFailure() throws IOException {
        huxBlog();
        CliRunner r = CliRunner.run("new", blog.toString(), "--title", "p1", "--date", "2021-12-11");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
        assertThat(r.err).contains("already exists").contains("unchanged");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(CliRunner.run("new", blog.toString()).exit).isEqualTo(2);
        assertThat(CliRunner.run("new", blog.toString(), "--title", "x", "--date", "2024-13-01").err)
                .contains("not a date");
        assertThat(CliRunner.run("new", "--help").out).startsWith("new BLOG_DIR --title T")
                .contains("relative to BLOG_DIR");
    }
}
