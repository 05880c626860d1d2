package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name that is not UTF-8 (a GBK name from an old zip) cannot be opened by name even under
 * a UTF-8 locale: check says so in a sentence and leaves the file as it is (decision record 0033).
 */
@DisabledOnOs(value = {OS.WINDOWS, OS.MAC}, disabledReason = "their file names are always Unicode")
class UnreadableNameTest {
    @TempDir
    Path dir;

    @Test
    void aGbkNamedPostIsNamedAsUnreadableNotAsAJavaFailure() throws Exception {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Path posts = Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_config.yml"), "title: t\n");
        Files.writeString(posts.resolve("2024-01-02-ok.md"), "---\ntitle: ok\n---\nfine\n");
        // "止付" in GBK: the bytes D6 B9 B8 B6, which are not UTF-8; only a shell can name them
        Process p = new ProcessBuilder("/bin/sh", "-c",
                "printf -- '---\\ntitle: b\\n---\\n![x](/img/none.png)\\n' > \"2024-01-03-$(printf '\\326\\271\\270\\266').md\"")
                .directory(posts.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        byte[] before;
        try (var files = Files.list(posts)) {
            Path gbk = files.filter(f -> !f.getFileName().toString().equals("2024-01-02-ok.md")).findFirst().orElseThrow();
            before = Files.readAllBytes(gbk);
        }

        CliRunner r = CliRunner.run("check", blog.toString());

        assertThat(r.err).isEmpty();
        assertThat(r.out.lines()).hasSize(1);
        assertThat(r.out).startsWith("_posts/2024-01-03-").contains(":1: error: ")
                .contains("name is not UTF-8 text").contains("left as it is").contains("convmv")
                .doesNotContain("Exception").doesNotContain("could not be read: /");
        try (var files = Files.list(posts)) {
            assertThat(files.filter(f -> !f.getFileName().toString().equals("2024-01-02-ok.md")).findFirst()
                    .map(f -> {
                        try {
                            return Files.readAllBytes(f);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).orElseThrow()).isEqualTo(before);
        }
    }
}
