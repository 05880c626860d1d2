package org.postdesk.core.site.hugo.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.RenderResult;

/** The Goldmark flavour in the preview pipeline: what an author sees, and what an attacker cannot do. */
class GoldmarkFlavourTest {

    @TempDir
    Path site;

    private RenderResult render(String body, HugoMarkup markup) {
        GoldmarkFlavour flavour = new GoldmarkFlavour(markup);
        ShortcodePass pass = new ShortcodePass(flavour, Map.of(), Map.of());
        return new PreviewRenderer(pass, flavour).renderBody(new RenderRequest(body, Map.of(), Map.of(), site, null,
                null, pass, flavour));
    }

    @Test
    void aPlaceholderTypedByAnAuthorIsSanitizedLikeAnyRawHtml() {
        String forged = Placeholders.token("<img src=x onerror=alert(1)><script>alert(2)</script><b>kept</b>");
        String html = render("before\n\n" + forged + "\n\ninline " + forged + " end\n", HugoMarkup.DEFAULT).html();
        assertThat(html).doesNotContain("onerror").doesNotContain("<script").contains("<b>kept</b>");
    }

    @Test
    void unsafeRawHtmlIsKeptButStillSanitized() {
        HugoMarkup unsafe = HugoMarkup.from(Map.of("goldmark", Map.of("renderer", Map.of("unsafe", true))));
        String html = render("<div class=\"box\" onclick=\"x()\">in</div>\n\n<script>alert(1)</script>\n", unsafe).html();
        assertThat(html).contains("<div class=\"box\">in</div>").doesNotContain("onclick").doesNotContain("<script");
    }

    @Test
    void headingAttributesCannotAddHandlersOrUrls() {
        String html = render("## T {#id onclick=alert(1) href=javascript:x .c}\n", HugoMarkup.DEFAULT).html();
        assertThat(html).contains("id=\"id\"").contains("class=\"c\"").doesNotContain("onclick").doesNotContain("javascript");
    }

    @Test
    void headingIdsKeepChineseAndDropPunctuationAndEmptyOnesAreHeading() {
        String html = render("## 安装 Hugo：第一步!\n\n## ???\n\n## ???\n", HugoMarkup.DEFAULT).html();
        assertThat(html).contains("id=\"安装-hugo第一步\"").contains("id=\"heading\"").contains("id=\"heading-1\"");
    }

    @Test
    void settingsReadAnyCaseAndStringsAsHugoDoes() {
        HugoMarkup m = HugoMarkup.from(Map.of("Goldmark", Map.of("Extensions", Map.of("Typographer", "false",
                "LINKIFY", false), "parser", Map.of("autoHeadingIDType", "github-ascii"))));
        assertThat(m.typographer()).isFalse();
        assertThat(m.linkify()).isFalse();
        assertThat(m.asciiIds()).isTrue();
        assertThat(m.footnote()).isTrue();
        String html = render("## Café 中文\n\n\"q\" www.example.com\n", m).html();
        assertThat(html).contains("id=\"cafe-\"").contains("&quot;q&quot; www.example.com");
    }

    @Test
    void aHugeShortcodeOutputAndManyPlaceholdersRenderInReasonableTime() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("{{< highlight go >}}\n").append("x := 1\n".repeat(20)).append("{{< /highlight >}}\n\n");
            body.append("{{< figure src=\"/i").append(i).append(".png\" >}} and text\n\n");
        }
        long start = System.nanoTime();
        RenderResult r = render(body.toString(), HugoMarkup.DEFAULT);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        assertThat(r.html()).contains("i399.png").doesNotContain("PDHUGOSC");
    }
}
