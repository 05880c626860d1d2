package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.kramdown.KramdownExtension;
import org.postdesk.core.render.kramdown.KramdownFlavour;
import org.postdesk.core.render.kramdown.ParseOptions;

/** kramdown's rules come as one commonmark extension that a plain commonmark builder can take. */
class KramdownExtensionTest {

    private static String render(String markdown) {
        List<KramdownExtension> kramdown = List.of(KramdownExtension.create());
        Parser parser = Parser.builder().extensions(kramdown).build();
        return HtmlRenderer.builder().extensions(kramdown).build().render(parser.parse(markdown));
    }

    @Test
    void aPlainCommonmarkBuilderWithTheExtensionReadsKramdownsHtmlBlocksAndMath() {
        // kramdown: the <div> runs to its end tag across the blank line; CommonMark would end it there
        assertThat(render("<div>\n\n*not emphasis*\n\n</div>\n")).isEqualTo("<div>\n\n*not emphasis*\n\n</div>\n");
        assertThat(render("Text $$a+b$$ here\n")).contains("<span class=\"math inline\">\\(a+b\\)</span>");
        assertThat(render("<div markdown=\"1\" onclick=\"x()\">\n*yes*\n</div>\n"))
                .contains("<em>yes</em>").doesNotContain("onclick");
    }

    @Test
    void withoutTheExtensionCommonmarkReadsTheSameTextItsOwnWay() {
        Parser parser = Parser.builder().build();
        String html = HtmlRenderer.builder().build().render(parser.parse("<div>\n\n*not emphasis*\n\n</div>\n"));
        assertThat(html).contains("<em>not emphasis</em>");
    }

    @Test
    void everySpeedChoiceGivesTheReferenceTree() {
        MarkdownRenderer markdown = new MarkdownRenderer(KramdownFlavour.INSTANCE);
        String text = "# T {#x}\n\n{:toc}\n\n| a | b |\n|---|---|\n| [l](/a){:target=\"_blank\"} | ~~s~~ |\n\n"
                + "- [ ] task\n- item -- dash\n\nNote[^1].\n\n[^1]: foot\n\n<div>\n\nraw\n\n</div>\n\n$$x$$\n";
        String reference = markdown.render(KramdownFlavour.INSTANCE.parse(text, null, ParseOptions.REFERENCE));
        for (ParseOptions options : List.of(ParseOptions.FASTEST, ParseOptions.FASTEST.withAllExtensions(),
                ParseOptions.FASTEST.withWalkAfterParse(), new ParseOptions(false, true))) {
            assertThat(markdown.render(KramdownFlavour.INSTANCE.parse(text, null, options))).as(options.toString()).isEqualTo(reference);
        }
        String plain = "# Title\n\nA paragraph with [a link](/a) and `code`.\n";
        assertThat(markdown.render(KramdownFlavour.INSTANCE.parse(plain, null, ParseOptions.FASTEST)))
                .isEqualTo(markdown.render(KramdownFlavour.INSTANCE.parse(plain, null, ParseOptions.REFERENCE)));
    }

    @Test
    void anHtmlLineEndsItsBlockForKramdownsElementsWithoutBodyNotForTheStandardsObsoleteOnes() {
        // kramdown 2.4 (GFM input): "<command />\n\n<p><em>a</em></p>"; the block ends on the tag's line
        assertThat(render("<command>\n\n*a*\n")).contains("<em>a</em>");
        // kramdown 2.4: "<frame src=\"x\">\n\n*b*\n</frame>"; frame has a body for kramdown, the block runs on
        assertThat(render("<frame src=\"x\">\n\n*b*\n")).doesNotContain("<em>").contains("*b*");
        assertThat(render("<param name=\"x\">\n\n*c*\n")).contains("<em>c</em>");
    }
}
