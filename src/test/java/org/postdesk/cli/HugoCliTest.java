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

    @Test
    void aRefLinksToThePageItNamesAndOpensItOnClick() throws IOException {
        Path root = site();
        Files.writeString(root.resolve("content/posts/second.md"), "---\ntitle: Second\n---\nText\n");
        Files.createDirectories(root.resolve("content/posts/trip"));
        Files.writeString(root.resolve("content/posts/trip/index.md"), "---\ntitle: Trip\n---\nText\n");
        Path post = root.resolve("content/posts/first.md");
        Files.writeString(post, "---\ntitle: First\n---\n\n[second]({{< relref \"second.md\" >}}) and"
                + " [trip]({{< ref \"posts/trip\" >}}) and [none]({{< relref \"missing.md\" >}})\n");
        CliRunner render = CliRunner.run("render", post.toString());
        assertThat(render.exit).isEqualTo(Cli.OK);
        assertThat(render.out).contains("data-pd-post=\"content/posts/second.md\"")
                .contains("data-pd-post=\"content/posts/trip/index.md\"")
                .doesNotContain("data-pd-post=\"content/posts/missing");
    }

    @Test
    void setEditsOneValueAndImportImagePutsABundlesImageBesideIt() throws IOException {
        Path page = Files.createDirectories(site().resolve("content/posts/trip")).resolve("index.md");
        String text = "---\ntitle: Trip   # keep\ndraft: true\ntags: [a]\n---\nBody\n";
        Files.writeString(page, text);
        CliRunner set = CliRunner.run("set", page.toString(), "title=Trip to 山");
        assertThat(set.exit).as(set.err).isEqualTo(Cli.OK);
        assertThat(Files.readString(page)).isEqualTo(text.replace("title: Trip   # keep", "title: Trip to 山   # keep"));

        Path png = dir.resolve("photo.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png.toFile());
        CliRunner bundle = CliRunner.run("import-image", page.toString(), png.toString());
        assertThat(bundle.exit).as(bundle.err).isEqualTo(Cli.OK);
        assertThat(bundle.out.strip()).isEqualTo("![photo](photo.png)");
        assertThat(dir.resolve("content/posts/trip/photo.png")).exists();

        Path single = Files.writeString(dir.resolve("content/posts/single.md"), "---\ntitle: S\n---\n");
        CliRunner plain = CliRunner.run("import-image", single.toString(), png.toString());
        assertThat(plain.exit).as(plain.err).isEqualTo(Cli.OK);
        assertThat(plain.out.strip()).isEqualTo("![photo](/notes/images/photo.png)");
        assertThat(dir.resolve("static/images/photo.png")).exists();
    }
}
