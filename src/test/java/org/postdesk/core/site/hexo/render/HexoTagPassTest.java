package org.postdesk.core.site.hexo.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.RenderResult;
import org.postdesk.core.render.SiteLinks;

/** The tag pass as an author meets it: broken tags say so, lines stay in step, hostile text stays text. */
class HexoTagPassTest {

    private static final HexoFlavour FLAVOUR = new HexoFlavour(HexoMarkdown.marked(Map.of(), true));
    private static final HexoTagPass PASS = new HexoTagPass(FLAVOUR);
    private static final PreviewRenderer RENDERER = new PreviewRenderer(PASS, FLAVOUR);

    private static RenderResult render(String body, Map<String, Object> page, SiteLinks links) {
        return RENDERER.renderBody(new RenderRequest(body, page, Map.of("post_asset_folder", true),
                Path.of("/tmp/hexo-tag-pass"), null, links, PASS, FLAVOUR));
    }

    private static RenderResult render(String body) {
        return render(body, Map.of("source", "p.md"), SiteLinks.NONE);
    }

    @Test
    void aTagHexoDoesNotKnowIsABoxWithItsMarkdownAndANote() {
        RenderResult r = render("{% tabs first %}\n**bold** inside\n{% endtabs %}\n\nafter\n");
        assertThat(r.html()).contains("pd-theme-tag").contains("<strong>bold</strong>").contains("after");
        assertThat(r.notes()).anyMatch(n -> n.contains("{% tabs %}") && n.contains("theme"));
    }

    @Test
    void aBlockTagWithoutItsEndIsShownAsTextNeverAnException() {
        RenderResult r = render("{% note info %}\nno end here\n\nnext\n");
        assertThat(r.html()).contains("no end here").contains("next").doesNotContain("pd-fallback");
        RenderResult unclosed = render("text {% asset_img a.png and {{ never closed\n");
        assertThat(unclosed.html()).contains("{% asset_img a.png and {{ never closed");
    }

    @Test
    void aPostLinkToNoPostIsAVisibleNoteAndOneToAPostOpensIt() {
        RenderResult missing = render("See {% post_link nothere %}.\n");
        assertThat(missing.html()).contains("pd-broken").contains("post_link nothere");
        assertThat(missing.notes()).anyMatch(n -> n.contains("nothere"));

        SiteLinks links = new SiteLinks.Unresolved() {
            @Override
            public Optional<String> postUrl(String slug) {
                return slug.equals("trip") ? Optional.of("/2024/01/02/trip/") : Optional.empty();
            }

            @Override
            public Optional<String> postAt(String url) {
                return url.equals("/2024/01/02/trip/") ? Optional.of("source/_posts/trip.md") : Optional.empty();
            }

            @Override
            public List<Map<String, Object>> posts() {
                return List.of(Map.of("slug", "trip", "title", "A <trip>"));
            }
        };
        RenderResult found = render("See {% post_link trip %}.\n", Map.of("source", "p.md"), links);
        assertThat(found.html()).contains("data-pd-post=\"source/_posts/trip.md\"").contains("A &lt;trip&gt;")
                .doesNotContain("<trip>");
    }

    @Test
    void linesAfterATagOverSeveralLinesKeepTheirEditorLine() {
        String body = "intro\n\n{% codeblock %}\none\ntwo\nthree\n{% endcodeblock %}\n\nlast paragraph\n";
        RenderResult r = render(body);
        assertThat(r.html()).contains("<p data-line=\"8\">last paragraph</p>").contains("<p data-line=\"0\">intro</p>");
        assertThat(r.notes()).noneMatch(n -> n.contains("scrolling"));
    }

    @Test
    void windowsLineEndsAreReadAsHexoReadsThem() {
        RenderResult r = render("a\r\n\r\n{% note info %}\r\ninside\r\n{% endnote %}\r\n\r\nz\r\n");
        assertThat(r.html()).contains("<div class=\"note info\"><p>inside</p></div>").contains("<p data-line=\"6\">z</p>");
    }

    @Test
    void aForgedPlaceholderInThePostRunsNoScript() {
        // <script>alert(1)</script> in Base64, written by hand into the post
        String forged = "<!--pdhexo:h:PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==:-->\n\n{% note x %}y{% endnote %}\n";
        assertThat(render(forged).html()).doesNotContain("<script").doesNotContain("alert(1)</");
    }

    @Test
    void disableNunjucksInTheFrontMatterOrTheRendererLeavesTagsAsText() {
        assertThat(render("{% note info %}x{% endnote %}\n", Map.of("source", "p.md", "disableNunjucks", true),
                SiteLinks.NONE).html()).contains("{% note info %}x{% endnote %}");
        HexoFlavour off = new HexoFlavour(HexoMarkdown.marked(Map.of("disableNunjucks", true), false));
        HexoTagPass pass = new HexoTagPass(off);
        String html = new PreviewRenderer(pass, off).renderBody(new RenderRequest("{{ title }} {% raw %}r{% endraw %}\n",
                Map.of("title", "T"), Map.of(), Path.of("/tmp/x"), null, null, pass, off)).html();
        assertThat(html).contains("{{ title }}").contains("{% raw %}");
    }

    @Test
    void thousandsOfOpenTagsAndDeepNestingFinishQuickly() {
        String opens = "{% x ".repeat(5000) + "\n" + "{% note a %}".repeat(200) + "deep" + "{% endnote %}".repeat(200)
                + "\n" + "{{ ".repeat(5000);
        long start = System.nanoTime();
        RenderResult r = render(opens);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.html()).contains("deep");
    }

    @Test
    void argumentsAreSplitAsNunjucksReadsThem() {
        assertThat(TagArgs.split("\"a b\" c title:\"x y\" '' 'it\\'s'")).containsExactly("a b", "c", "title:x y", "it's");
        assertThat(TagArgs.split("   ")).isEmpty();
    }

    @Test
    void theBodyOfABlockTagLosesItsCommonIndentAndOneNewlineAtEachEnd() {
        assertThat(HexoTags.trimBody("\n    a\n      b\n\n    c\n")).isEqualTo("a\n  b\n\nc");
        assertThat(HexoTags.trimBody("x")).isEqualTo("x");
    }
}
