package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a Hugo site: render, check, new, set and import-image follow Hugo's rules. */
class HugoCliTest {
    @TempDir
    Path dir;

    private Path site() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "baseURL = 'https://example.org/notes/'\ntitle = 'Notes'\n");
        Files.createDirectories(dir.resolve("content/posts"));
        return dir;
    }

    @Test
    void renderUsesHugosRulesNotJekylls() throws IOException {
        Path post = site().resolve("content/posts/first.md");
        Files.writeString(post, "---\ntitle: First\n---\n\n{% raw %}kept{% endraw %} {{ site.title }}\n\nwide\n{:.wide}\n");
        CliRunner hugo = CliRunner.run("render", post.toString());
        assertThat(hugo.exit).isEqualTo(Cli.OK);
        assertThat(hugo.out).contains("{% raw %}kept{% endraw %}").doesNotContain("class=\"wide\"")
                .doesNotContain("Notes");

        Path jekyll = Files.createDirectories(dir.resolve("other/_posts")).resolve("2024-01-02-first.md");
        Files.writeString(jekyll, Files.readString(post));
        CliRunner liquid = CliRunner.run("render", jekyll.toString());
        assertThat(liquid.out).doesNotContain("{% raw %}").contains("class=\"wide\"");
    }
}
