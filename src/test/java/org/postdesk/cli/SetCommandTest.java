package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetCommandTest {
    private static final String HUX = """
            ---\r
            layout:     post\r
            title:      "止付，2.9亿！"\r
            date:       2021-12-17\r
            catalog:    false\r
            tags:\r
                - 其他\r
            ---\r
            正文  \r
            last line""";

    @TempDir
    Path dir;

    @Test
    void changesOnlyTheEditedValues() throws IOException {
        Path post = write(HUX);
        CliRunner r = CliRunner.run("set", post.toString(), "title=新标题", "catalog=true", "tags=[其他, 反诈]");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(Files.readString(post)).isEqualTo(HUX
                .replace("\"止付，2.9亿！\"", "\"新标题\"")
                .replace("catalog:    false", "catalog:    true")
                .replace("    - 其他\r\n", "    - 其他\r\n    - 反诈\r\n"));
    }

    @Test
    void aNewKeyGoesWhereTheBlogUsuallyPutsIt() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("blog/_posts"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(posts.resolve("2024-01-0" + i + "-p" + i + ".md"),
                    "---\nlayout: post\ntitle: T" + i + "\nsubtitle: S\nauthor: A\n---\nbody\n");
        }
        Path post = Files.writeString(posts.resolve("2024-02-01-new.md"), "---\nlayout: post\ntitle: New\nauthor: A\n---\n");
        assertThat(CliRunner.run("set", post.toString(), "subtitle=副标题").exit).isZero();
        assertThat(Files.readString(post)).isEqualTo("---\nlayout: post\ntitle: New\nsubtitle: 副标题\nauthor: A\n---\n");
    }

    @Test
    void settingTheSameValueWritesNothing() throws IOException {
        Path post = write(HUX);
        Files.setLastModifiedTime(post, FileTime.fromMillis(1_000_000L));
        CliRunner r = CliRunner.run("set", post.toString(), "catalog=false");
        assertThat(r.exit).isZero();
        assertThat(Files.getLastModifiedTime(post).toMillis()).isEqualTo(1_000_000L);
    }

    @Test
    void anEmptyValueEmptiesTheKey() throws IOException {
        Path post = write("---\nlayout: post\nsubtitle: old\n---\n");
        assertThat(CliRunner.run("set", post.toString(), "subtitle=").exit).isZero();
        assertThat(Files.readString(post)).isEqualTo("---\nlayout: post\nsubtitle:\n---\n");
    }

    @Test
    void brokenFrontMatterIsRefusedAndUntouched() throws IOException {
        String broken = "---\ntitle: \"unclosed\nlayout: post\n---\nbody\n";
        Path post = write(broken);
        CliRunner r = CliRunner.run("set", post.toString(), "title=x");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("does not parse").contains("not changed").contains(":2:");
        assertThat(r.err.lines()).hasSize(1);
        assertThat(Files.readString(post)).isEqualTo(broken);
    }

    @Test
    void badUsageExitsTwoWithOneLine() {
        CliRunner r = CliRunner.run("set", "only-a-post.md");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
        assertThat(CliRunner.run("set", "p.md", "novalue").exit).isEqualTo(2);
    }

    @Test
    void aMissingFileIsAFailureWithASentence() {
        CliRunner r = CliRunner.run("set", dir.resolve("nope.md").toString(), "title=x");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("Could not read");
    }

    @Test
    void helpDescribesTheCommand() {
        CliRunner r = CliRunner.run("set", "--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("set POST KEY=VALUE");
    }

    private Path write(String content) throws IOException {
        Path post = dir.resolve("2021-12-17-post.md");
        Files.write(post, content.getBytes(StandardCharsets.UTF_8));
        return post;
    }
}
