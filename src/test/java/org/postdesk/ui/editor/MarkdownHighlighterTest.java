package org.postdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.editor.MarkdownStyle.CODE;
import static org.postdesk.ui.editor.MarkdownStyle.CODE_BLOCK;
import static org.postdesk.ui.editor.MarkdownStyle.EMPHASIS;
import static org.postdesk.ui.editor.MarkdownStyle.HEADING;
import static org.postdesk.ui.editor.MarkdownStyle.HTML;
import static org.postdesk.ui.editor.MarkdownStyle.IMAGE;
import static org.postdesk.ui.editor.MarkdownStyle.LINK;
import static org.postdesk.ui.editor.MarkdownStyle.LIQUID;
import static org.postdesk.ui.editor.MarkdownStyle.LIST_MARKER;
import static org.postdesk.ui.editor.MarkdownStyle.QUOTE;
import static org.postdesk.ui.editor.MarkdownStyle.RULE;
import static org.postdesk.ui.editor.MarkdownStyle.STRIKE;
import static org.postdesk.ui.editor.MarkdownStyle.STRONG;
import static org.postdesk.ui.editor.MarkdownStyle.URL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownHighlighterTest {

    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();

    /** text, the part to look at, the styles every character of that part must carry. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("# 标题 Title", "# 标题 Title", EnumSet.of(HEADING)),
                Arguments.of("###### six", "six", EnumSet.of(HEADING)),
                Arguments.of("前文 **加粗** 后文", "**加粗**", EnumSet.of(STRONG)),
                Arguments.of("a *斜体* b", "*斜体*", EnumSet.of(EMPHASIS)),
                Arguments.of("a _under_ b", "_under_", EnumSet.of(EMPHASIS)),
                Arguments.of("a __strong__ b", "__strong__", EnumSet.of(STRONG)),
                Arguments.of("a ***both*** b", "***both***", EnumSet.of(STRONG, EMPHASIS)),
                Arguments.of("a ~~gone~~ b", "~~gone~~", EnumSet.of(STRIKE)),
                Arguments.of("use `code *not em*` here", "`code *not em*`", EnumSet.of(CODE)),
                Arguments.of("x ``a ` b`` y", "``a ` b``", EnumSet.of(CODE)),
                Arguments.of("see [文档](https://example.com/a_b_c) now", "[文档]", EnumSet.of(LINK)),
                Arguments.of("see [文档](https://example.com/a_b_c) now", "(https://example.com/a_b_c)", EnumSet.of(URL)),
                Arguments.of("see [docs][ref] now", "[docs][ref]", EnumSet.of(LINK)),
                Arguments.of("[ref]: https://example.com", "https://example.com", EnumSet.of(URL)),
                Arguments.of("![图片](/img/a.png)", "![图片]", EnumSet.of(IMAGE)),
                Arguments.of("![图片](/img/a.png)", "(/img/a.png)", EnumSet.of(URL)),
                Arguments.of("- item", "-", EnumSet.of(LIST_MARKER)),
                Arguments.of("  * nested", "*", EnumSet.of(LIST_MARKER)),
                Arguments.of("12. twelfth", "12.", EnumSet.of(LIST_MARKER)),
                Arguments.of("- [x] done", "- [x]", EnumSet.of(LIST_MARKER)),
                Arguments.of("> 引用的话", "> 引用的话", EnumSet.of(QUOTE)),
                Arguments.of("> # quoted heading", "# quoted heading", EnumSet.of(QUOTE, HEADING)),
                Arguments.of("text <span class=\"x\">red</span>", "<span class=\"x\">", EnumSet.of(HTML)),
                Arguments.of("text <span class=\"x\">red</span>", "</span>", EnumSet.of(HTML)),
                Arguments.of("a <!-- note --> b", "<!-- note -->", EnumSet.of(HTML)),
                Arguments.of("go <https://example.com> now", "<https://example.com>", EnumSet.of(URL)),
                Arguments.of("go https://example.com/x now", "https://example.com/x", EnumSet.of(URL)),
                Arguments.of("base {{ site.baseurl }}/img", "{{ site.baseurl }}", EnumSet.of(LIQUID)),
                Arguments.of("{% post_url 2020-01-01-hi %}", "{% post_url 2020-01-01-hi %}", EnumSet.of(LIQUID)),
                Arguments.of("![a]({{ site.baseurl }}/img/a.png)", "{{ site.baseurl }}", EnumSet.of(URL, LIQUID)),
                Arguments.of("---", "---", EnumSet.of(RULE)),
                Arguments.of("* * *", "* * *", EnumSet.of(RULE)),
                Arguments.of("```java\nint *a* = 1;\n```\n", "int *a* = 1;", EnumSet.of(CODE_BLOCK)),
                Arguments.of("~~~\n# not a heading\n~~~", "# not a heading", EnumSet.of(CODE_BLOCK)),
                Arguments.of("{% highlight ruby %}\ndef **x**\n{% endhighlight %}", "def **x**", EnumSet.of(CODE_BLOCK)),
                Arguments.of("{% highlight ruby %}\nx\n{% endhighlight %}", "{% endhighlight %}", EnumSet.of(LIQUID)),
                Arguments.of("# 标题\r\n正文 **粗**\r\n", "**粗**", EnumSet.of(STRONG)));
    }

    @ParameterizedTest(name = "[{index}] {1} in {0}")
    @MethodSource("cases")
    void marksTheConstruct(String text, String part, Set<MarkdownStyle> expected) {
        Highlighting h = highlighter.highlight(text);
        int at = text.indexOf(part);
        for (int i = at; i < at + part.length(); i++) {
            assertThat(h.stylesAt(i)).as("styles of '%s' at %d", text.charAt(i), i).isEqualTo(expected);
        }
    }

    /** Text that looks like syntax but is not: it must stay plain. */
    static Stream<String> plain() {
        return Stream.of(
                "snake_case_name and file_name_here",
                "2 * 3 * 4 is 24",
                "a ** b",
                "price: 5$ and [not a link] here",
                "#hashtag is not a heading",
                "-not a list",
                "x < y and y > z",
                "an unclosed `tick and {{ liquid",
                "中文_下划线_中文");
    }

    @ParameterizedTest
    @MethodSource("plain")
    void leavesLookalikesPlain(String text) {
        Highlighting h = highlighter.highlight(text);
        for (int i = 0; i < text.length(); i++) {
            assertThat(h.stylesAt(i)).as("styles at %d of '%s'", i, text).isEmpty();
        }
    }

    @Test
    void textAfterAClosedFenceIsNoLongerCode() {
        String text = "```\ncode\n```\n# Heading";
        Highlighting h = highlighter.highlight(text);
        assertThat(h.stylesAt(text.indexOf("Heading"))).containsExactly(HEADING);
    }

    @Test
    void anUnclosedFenceRunsToTheEnd() {
        String text = "intro\n```\ncode\n# still code";
        Highlighting h = highlighter.highlight(text);
        assertThat(h.stylesAt(text.indexOf("intro"))).isEmpty();
        assertThat(h.stylesAt(text.indexOf("still"))).containsExactly(CODE_BLOCK);
    }

    @Test
    void runsCoverTheWholeRangeWithTheRightClasses() {
        String text = "a **b** c";
        List<String> runs = new ArrayList<>();
        highlighter.highlight(text).forEachRun(0, text.length(), (len, classes) -> runs.add(len + ":" + classes));
        assertThat(runs).containsExactly("2:[]", "5:[md-strong]", "2:[]");
    }

    @Test
    void changedWindowCoversOnlyWhatDiffersOrWasEdited() {
        Highlighting before = highlighter.highlight("plain\nmore plain\n# head");
        Highlighting after = highlighter.highlight("plain\nmore *x* plain\n# head");
        // the edit inserted "*x* " at offset 11
        Highlighting.Window w = after.changedWindow(before, 11, after.length() - 15);
        assertThat(w).isEqualTo(new Highlighting.Window(11, 15));
        assertThat(after.changedWindow(null, 0, 0)).isEqualTo(new Highlighting.Window(0, after.length()));
    }

    @Test
    void changedWindowIncludesInsertedTextEvenWhenItsStyleLooksUnchanged() {
        // typing inside a heading: the new character is a heading, as was the one at its offset before
        Highlighting before = highlighter.highlight("# abc");
        Highlighting after = highlighter.highlight("# abXc");
        Highlighting.Window w = after.changedWindow(before, 4, 2);
        assertThat(w.start()).isLessThanOrEqualTo(4);
        assertThat(w.end()).isGreaterThanOrEqualTo(5);
    }

    /** Pathological lines must not take quadratic time; a hang here fails by timeout. */
    static Stream<String> pathological() {
        int n = 200_000;
        return Stream.of("*a ".repeat(n), "[".repeat(n) + "]", "[a](".repeat(n), "`` `".repeat(n),
                "_a ".repeat(n), "<a".repeat(n) + ">", "{{".repeat(n), "<!--".repeat(n),
                "**a ".repeat(n), "x\n{{ y\n".repeat(n / 2), "h ".repeat(n) + "http://x");
    }

    @ParameterizedTest
    @MethodSource("pathological")
    @Timeout(20)
    void pathologicalInputStaysLinear(String text) {
        assertThat(highlighter.highlight(text).length()).isEqualTo(text.length());
    }
}
