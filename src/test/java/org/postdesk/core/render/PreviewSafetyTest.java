package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile post rendered for the preview: nothing in the HTML can run, load or leave the blog. */
class PreviewSafetyTest {

    @TempDir
    Path blog;

    @Test
    void aHostilePostKeepsItsTextButLosesEverythingActive() throws IOException {
        Document page = Jsoup.parseBodyFragment(render(hostilePost()));

        assertThat(page.select("script, iframe[src], object, embed, meta, base, link, svg, math")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("title")) {
                    continue; // the note that says why a URL was removed names it
                }
                assertThat(attribute.getKey()).as("attribute on <%s>", element.tagName()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).as("%s on <%s>", attribute.getKey(), element.tagName())
                        .doesNotContain("javascript:").doesNotContain("file:///etc");
            }
        }
        assertThat(page.select("style").html() + page.select("[style]").attr("style"))
                .doesNotContain("file:").doesNotContain("@import");
        assertThat(page.getElementById("plain")).isNotNull();
        assertThat(page.text()).contains("点我 click me", "普通段落 still shown");
    }

    @Test
    void cssMayStillUseImagesOnTheWebAndData() {
        String html = render("<div style=\"background:url('https://example.com/a.png')\">x</div>\n\n"
                + "<style>p { background: url(data:image/png;base64,AAAA) }</style>\n");

        // a post's <style> element would restyle the whole preview page: it goes (docs/decisions/0024)
        assertThat(html).contains("url('https://example.com/a.png')").doesNotContain("<style");
    }

    private String render(String body) {
        return JekyllEngines.previewRenderer().renderBody(new RenderRequest(body, Map.of(), Map.of(), blog, BlogFiles.NONE)).html();
    }

    static String hostilePost() throws IOException {
        try (InputStream in = PreviewSafetyTest.class.getResourceAsStream("/org/postdesk/preview/hostile-post.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
