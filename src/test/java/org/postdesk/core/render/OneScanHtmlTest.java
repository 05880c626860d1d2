package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The preview collects a post's raw HTML from the list the parse makes and sends it through the
 * sanitizer as one stream (docs/decisions/0024); the HTML is what a full walk of the tree that
 * collects the same pieces makes, also with hostile or broken HTML and raw-text elements (the
 * order of the pieces decides which elements the sanitizer pairs across pieces).
 */
class OneScanHtmlTest {

    private static final BlogFiles FILES = rel -> rel.startsWith("missing") ? Optional.empty() : Optional.of(rel);

    private static RenderRequest request(String body) {
        return new RenderRequest(body, Map.of("title", "t"), Map.of("baseurl", "/b", "url", "https://me.example"),
                Path.of("/blog"), FILES);
    }

    private static void assertSame(String body) {
        String html = JekyllEngines.previewRenderer().renderBody(request(body)).html();
        assertThat(html).as(body).isEqualTo(SeparateWalks.body(request(body)));
    }

    @Test
    void rawHtmlRendersAsResolvingThenSanitizing() {
        assertSame("<p><img src=\"/b/a.png\" onerror=\"x()\" title='a<b'><a href=\"javascript:y\">j</a></p>\n");
        assertSame("<div style=\"background:url(/bg.png)\"><img src=\"../../etc/x.png\"><img src=\"missing/m.png\"></div>\n");
        assertSame("<div><img src=\"https://me.example/b/in.png\" data=\"/d\" poster=\"file:///etc/passwd\"></div>\n");
        assertSame("<div><!-- <img src=\"/hidden.png\"> --><img src=\"/shown.png\"><svg><a href=\"/s\">s</a></svg></div>\n");
        assertSame("<div><img src=\"/a.png\" alt=\"unfinished\n");
        assertSame("<div><iframe src=\"/frame.html\"></iframe><img src=\"/after.png\"></div>\n");
        assertSame("<div><style>p{background:url(/s.png)}</style><img src=\"/after.png\"></div>\n");
        assertSame("<div><style>unclosed <img src=\"/inside.png\"></div>\n");
        assertSame("<div><noscript><img src=\"/ns.png\"></noscript><textarea><img src=\"/t.png\"></div>\n");
        assertSame("<div><script src=\"/s.js\">x()</script><plaintext><img src=\"/p.png\"></div>\n");
        assertSame("Inline <img src=\"/i.png\" onload=\"z\"> and <a href=\"/b/page/\">p</a> <b>b</b> <!-- c -->\n");
        assertSame("<img src=\"/a.png\"/><IMG SRC=\"/B.PNG\"><a href='{% link missing.md %}'>l</a>\n");
    }

    @Test
    void postsWhoseInlinesAreOnlyInTablesRenderAsResolvingThenSanitizing() {
        // commonmark parses a table cell's inlines before the cell joins the document
        assertSame("| <img src=\"/a.png\"> [l](/b.md) \"q\" |\n|---|\n| ![i](missing.png) -- |\n");
        assertSame("| [l](/b.md) |\n|---|\n\n# After \"it\"\n\n[m](/m.md)\n");
        assertSame("```\ncode\n```\n\n<div><img src=\"/only-html.png\"></div>\n");
    }
}
