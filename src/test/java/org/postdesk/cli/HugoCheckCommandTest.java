package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postdesk check} on a Hugo site: shortcodes without a template, refs to no page, ignored names. */
class HugoCheckCommandTest {
    @TempDir
    Path dir;

    private void write(String rel, String text) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void shortcodesNeedATemplateSomewhere() throws IOException {
        write("hugo.toml", "theme = 'paper'\n");
        write("layouts/shortcodes/card.html", "<div>{{ .Inner }}</div>");
        write("themes/paper/layouts/shortcodes/notice.html", "x");
        write("themes/paper/layouts/shortcodes/sub/box.html", "x");
        write("content/posts/a.md", "---\ntitle: a\n---\n{{< card >}}x{{< /card >}} {{% notice info %}}y{{% /notice %}}\n"
                + "{{< figure src=\"x.png\" >}} {{< sub/box >}} {{</* missing */>}}\n\n{{< nowhere arg=\"1\" >}}\n");
        CliRunner r = CliRunner.run("check", dir.toString());
        assertThat(r.out.strip()).isEqualTo("content/posts/a.md:7: error: The shortcode \"nowhere\" has no template in"
                + " layouts/shortcodes or the theme's layouts/shortcodes, so Hugo stops the build with \"template for"
                + " shortcode not found\".");
        assertThat(r.exit).isNotEqualTo(Cli.OK);
    }

    @Test
    void aThemeThatIsAModuleMakesItAWarning() throws IOException {
        write("hugo.toml", "[module]\n[[module.imports]]\npath = 'github.com/x/theme'\n");
        write("content/posts/a.md", "---\ntitle: a\n---\n{{< admonition >}}\n");
        CliRunner r = CliRunner.run("check", dir.toString());
        assertThat(r.out).contains("content/posts/a.md:4: warning: The shortcode \"admonition\"")
                .contains("Hugo modules");
    }

    @Test
    void refsMustReachAPage() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("content/_index.md", "---\ntitle: home\n---\n");
        write("content/about.md", "---\ntitle: about\n---\n");
        write("content/posts/series/part-1/index.md", "---\ntitle: p1\n---\n");
        write("content/posts/trip/index.md", "---\ntitle: trip\n---\n"
                + "[a]({{< ref \"/about.md#me\" >}}) [b]({{< relref \"series/part-1\" >}}) [c]({{< ref \"/posts\" >}})\n"
                + "[d]({{< relref path=\"about\" lang=\"en\" >}}) [e]({{< ref \"#top\" >}}) [f]({{< ref \"/\" >}})\n"
                + "[g]({{< ref \"/posts/gone.md\" >}})\n[h]({{< relref \"nowhere\" >}})\n");
        CliRunner r = CliRunner.run("check", dir.toString());
        assertThat(r.out.strip().lines()).containsExactly(
                "content/posts/trip/index.md:6: error: The ref to \"/posts/gone.md\" points to no page of the site,"
                        + " so Hugo stops the build with REF_NOT_FOUND.",
                "content/posts/trip/index.md:7: error: The relref to \"nowhere\" points to no page of the site,"
                        + " so Hugo stops the build with REF_NOT_FOUND.");
    }

    @Test
    void namesHugoSkipsAndBundleResourcesAreSaid() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("content/posts/trip/index.md", "---\ntitle: trip\n---\n");
        write("content/posts/trip/notes.md", "---\ntitle: notes\n---\n{{< nowhere >}}\n");
        write("content/posts/old.md~", "---\ntitle: old\n---\n");
        CliRunner r = CliRunner.run("check", dir.toString());
        assertThat(r.out).contains("content/posts/trip/notes.md:1: warning: Hugo does not publish this file as a page")
                .contains("content/posts/old.md~:1: warning: Hugo skips this file because its name ends with \"~\"")
                .doesNotContain("nowhere");
    }
}
