package org.postdesk.core.site.hugo.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/** The shortcode pass: what Markdown gets, the notes, and the editor lines of the output. */
class ShortcodePassTest {

    private static final GoldmarkFlavour FLAVOUR = new GoldmarkFlavour(HugoMarkup.DEFAULT);

    private static TemplatePass.Result apply(String body, Map<String, String> site) {
        return new ShortcodePass(FLAVOUR, site, Map.of("author", Map.of("name", "Ada")))
                .apply(body, new TemplatePass.Context(Map.of("Subtitle", "Sub"), Map.of(), SiteLinks.NONE));
    }

    @Test
    void textWithoutShortcodesIsTheSameStringAndLines() {
        String body = "# Title\n\n{{ .NotAShortcode }}\n";
        TemplatePass.Result r = apply(body, Map.of());
        assertThat(r.text()).isSameAs(body);
        assertThat(r.lines().isIdentity()).isTrue();
    }

    @Test
    void theMarkupFormsInnerTextStaysMarkdownOnItsOwnLines() {
        String body = "intro\n\n{{% notice tip %}}\nline **one**\n\nline two\n{{% /notice %}}\n\nafter\n";
        TemplatePass.Result r = apply(body, Map.of());
        String[] out = r.text().split("\n", -1);
        int one = indexOf(out, "line **one**");
        int after = indexOf(out, "after");
        assertThat(r.lines().sourceLine(one)).isEqualTo(3);
        assertThat(r.lines().sourceLine(indexOf(out, "line two"))).isEqualTo(5);
        assertThat(r.lines().sourceLine(after)).isEqualTo(8);
        assertThat(r.text()).doesNotContain("{{%");
    }

    @Test
    void aPlaceholderIsOneWordOfLettersAndDigitsThatCarriesTheHtml() {
        TemplatePass.Result r = apply("{{< figure src=\"/a.png\" caption=\"<script>x</script>\" >}}\n", Map.of());
        String token = r.text().strip();
        assertThat(token).matches("[A-Za-z0-9]+");
        String html = Placeholders.html(Placeholders.TOKEN.matcher(token).results().findFirst().orElseThrow().group(1));
        // the caption is Markdown (markdownify): its raw HTML is omitted as Goldmark omits it
        assertThat(html).startsWith("<figure><img src=\"/a.png\"").contains("<!-- raw HTML omitted -->")
                .doesNotContain("<script>");
    }

    @Test
    void manyLineTagsKeepTheLinesAfterThemWhereTheyWere() {
        String body = "{{< figure\n  src=\"a.png\"\n  title=\"T\"\n>}}\nnext line\n";
        TemplatePass.Result r = apply(body, Map.of());
        String[] out = r.text().split("\n", -1);
        assertThat(r.lines().sourceLine(indexOf(out, "next line"))).isEqualTo(4);
    }

    @Test
    void paramReadsThePageThenTheSiteIgnoringCaseAndDots() {
        assertThat(apply("{{< param subtitle >}} / {{< param \"author.name\" >}}", Map.of()).text())
                .isEqualTo("Sub / Ada");
        TemplatePass.Result missing = apply("{{< param nowhere >}}", Map.of());
        assertThat(missing.notes()).singleElement().asString().contains("nowhere").contains("Hugo would stop the build");
    }

    @Test
    void refGivesThePagesUrlAndAMissingPageIsANoteAndABrokenLink() {
        SiteLinks links = new SiteLinks.Unresolved() {
            @Override
            public Optional<String> link(String sourcePath) {
                return sourcePath.equals("content/posts/a.md") ? Optional.of("/posts/a/") : Optional.empty();
            }
        };
        ShortcodePass pass = new ShortcodePass(FLAVOUR, Map.of(), Map.of());
        TemplatePass.Result r = pass.apply("[x]({{< relref \"/posts/a.md#part\" >}}) [y]({{< ref \"gone.md\" >}})",
                new TemplatePass.Context(Map.of(), Map.of("baseURL", "https://example.org/blog/"), links));
        assertThat(r.text()).startsWith("[x](/posts/a/#part)").contains("[y](pd-broken:ref/gone.md)");
        assertThat(r.notes()).singleElement().asString().contains("gone.md");
    }

    @Test
    void refIsAbsoluteOnTheSitesHost() {
        SiteLinks links = new SiteLinks.Unresolved() {
            @Override
            public Optional<String> link(String sourcePath) {
                return Optional.of("/blog/posts/a/");
            }
        };
        TemplatePass.Result r = new ShortcodePass(FLAVOUR, Map.of(), Map.of()).apply("{{< ref a >}}",
                new TemplatePass.Context(Map.of(), Map.of("baseurl", "https://example.org/blog/"), links));
        assertThat(r.text()).isEqualTo("https://example.org/blog/posts/a/");
    }

    @Test
    void aSiteShortcodeThatPrintsItsInnerRawKeepsItAsHtml() {
        TemplatePass.Result r = apply("{{< grid >}}\n<b>raw</b> *x*\n{{< /grid >}}\n",
                Map.of("grid", "<div class=\"grid\">{{ .Inner }}</div>"));
        String html = Placeholders.expand(r.text());
        assertThat(html).contains("pd-shortcode-site").contains("<div class=\"pd-shortcode-inner\">\n<b>raw</b> *x*\n</div>");
    }

    @Test
    void brokenTagsAreNotesAndVisibleTextNeverExceptions() {
        TemplatePass.Result r = apply("a {{< x \"open >}} b\n{{< /y >}}\n", Map.of());
        assertThat(r.notes()).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("Line ").contains("shown as text"));
        assertThat(Placeholders.expand(r.text())).contains("{{&lt; x &quot;open &gt;}}").contains("{{&lt; /y &gt;}}");
    }

    @Test
    void hostileAndRandomBodiesNeverThrowAndMapEveryLine() {
        Random random = new Random(41);
        String[] bits = {"{{<", "{{%", ">}}", "%}}", "/", "*/", "/*", "\"", "`", "=", " ", "\n", "x", "figure",
            "highlight", "ref", "param", "youtube", "src=", "\\\"", "{{< /x >}}", "{{% x %}}"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(bits[random.nextInt(bits.length)]);
            }
            String body = sb.toString();
            TemplatePass.Result r = apply(body, Map.of("x", "{{ .Inner }}"));
            int lines = r.text().split("\n", -1).length;
            for (int i = 0; i < lines; i++) {
                assertThat(r.lines().sourceLine(i)).as(body).isBetween(0, body.split("\n", -1).length - 1);
            }
        }
    }

    private static int indexOf(String[] lines, String line) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line)) {
                return i;
            }
        }
        throw new AssertionError("no line " + line + " in " + List.of(lines));
    }
}
