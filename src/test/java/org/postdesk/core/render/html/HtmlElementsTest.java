package org.postdesk.core.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared element table says what the HTML standard says, and its one kramdown exception is the documented one. */
class HtmlElementsTest {

    @Test
    void voidElementsAreTheStandardsThirteen() {
        assertThat(HtmlElements.VOID).containsExactlyInAnyOrder("area", "base", "br", "col", "embed", "hr", "img",
                "input", "link", "meta", "source", "track", "wbr");
        assertThat(HtmlElements.VOID).doesNotContain("param", "keygen", "command", "p", "li");
    }

    @Test
    void theParserNeverLeavesTheObsoleteVoidElementsOpenEither() {
        Set<String> extra = new HashSet<>(HtmlElements.PARSER_VOID);
        extra.removeAll(HtmlElements.VOID);
        assertThat(HtmlElements.PARSER_VOID).containsAll(HtmlElements.VOID);
        assertThat(extra).containsExactlyInAnyOrder("basefont", "bgsound", "frame", "image", "keygen", "param");
    }

    @Test
    void textContentElementsIncludePlaintextAndNoOrdinaryElement() {
        assertThat(HtmlElements.TEXT_CONTENT).containsExactlyInAnyOrder("script", "style", "textarea", "title", "xmp",
                "iframe", "noembed", "noframes", "noscript", "plaintext");
        assertThat(HtmlElements.TEXT_CONTENT).contains(HtmlElements.PLAINTEXT).doesNotContain("pre", "div", "svg");
        assertThat(HtmlElements.TEXT_CONTENT).doesNotContainAnyElementsOf(HtmlElements.PARSER_VOID);
    }

    @Test
    void kramdownsExceptionDiffersFromTheParserOnlyWhereDocumented() {
        Set<String> onlyKramdown = new HashSet<>(HtmlElements.KRAMDOWN_WITHOUT_BODY);
        onlyKramdown.removeAll(HtmlElements.PARSER_VOID);
        Set<String> onlyParser = new HashSet<>(HtmlElements.PARSER_VOID);
        onlyParser.removeAll(HtmlElements.KRAMDOWN_WITHOUT_BODY);
        assertThat(onlyKramdown).containsExactly("command");
        assertThat(onlyParser).containsExactlyInAnyOrder("basefont", "bgsound", "frame", "image");
    }

    @Test
    void theBlockSplitterFollowsTheParserForObsoleteVoidAndPlaintext() {
        // <param> and <bgsound> never stay open: the block after them is its own
        assertThat(PreviewBlocks.split("<param name=\"a\">\n<p>b</p>\n").size()).isEqualTo(2);
        assertThat(PreviewBlocks.split("<bgsound>\n<p>b</p>\n").size()).isEqualTo(2);
        // <command> is an ordinary element for a browser: it stays open, so no cut after it
        assertThat(PreviewBlocks.split("<command>\n<p>b</p>\n").size()).isEqualTo(1);
        // everything after <plaintext> is its text, even an end tag
        assertThat(PreviewBlocks.split("<p>a</p>\n<plaintext><p>b</p></plaintext>\n<p>c</p>\n").size()).isEqualTo(2);
    }
}
