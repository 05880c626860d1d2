package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postdesk.core.render.kramdown.KramdownFlavour;

/** Every extension we ship renders; a commonmark version mismatch fails here first. */
class MarkdownExtensionsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(KramdownFlavour.INSTANCE);

    @Test
    void allShippedExtensionsRender() {
        String html = markdown.toHtml("""
                | 列 | b |
                |:---|--:|
                | 1 | 2 |

                ~~gone~~ and www.example.com and https://example.org/x

                - [x] done
                - [ ] open

                Text[^n].

                [^n]: The note.
                """);
        assertThat(html).contains("<table data-line=\"0\">", "<th align=\"left\">列</th>", "<td align=\"right\">2</td>");
        assertThat(html).contains("<del>gone</del>");
        assertThat(html).contains("and www.example.com and https://example.org/x").doesNotContain("<a href=\"http");
        assertThat(html).contains("<input type=\"checkbox\" disabled=\"\" checked=\"\"> done",
                "<input type=\"checkbox\" disabled=\"\"> open");
        assertThat(html).contains("<sup class=\"footnote-ref\"><a href=\"#fn-n\"", "<section class=\"footnotes\"",
                "The note.");
    }

    @Test
    void pathologicalInputStaysFast() {
        String text = "[".repeat(50_000) + "a" + "]".repeat(50_000) + "\n\n" + "*a ".repeat(50_000)
                + "\n\n" + "> ".repeat(5_000) + "x\n" + "<div>".repeat(20_000);
        long start = System.nanoTime();
        assertThat(markdown.toHtml(text)).isNotEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
