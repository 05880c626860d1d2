package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.kramdown.KramdownFlavour;
import org.postdesk.core.render.kramdown.ParseOptions;

/**
 * The renderer parses each text with only the extensions whose syntax the text can hold. The
 * result must be what the parser with every extension makes, also when the syntax is spelled
 * with escapes or entities, or when a trigger character appears without the syntax.
 */
class ExtensionSubsetTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(KramdownFlavour.INSTANCE);

    @Test
    void subsetParsersRenderWhatTheFullParserRenders() {
        List<String> texts = List.of(
                "plain 中文 text, no extension syntax\n\n- a\n- b\n",
                "1~3天 and ~one~ tilde, a | pipe in a sentence\n",
                "| a | b |\n|---|---|\n| 1 | 2 |\n",
                "a\n| a | b |\n|---|---|\n",
                "~~gone~~ but ~~~three~~~ and ~~\n",
                "- [x] done\n- [ ] open\n- [X] big\n- [\t] tab\n",
                "- \\[x] escaped\n- &#91;x] entity\n- [x&#93; entity end\n- &lsqb; ] named\n",
                "* [ ]\n* [x]not a task\n1. [ ] ordered\n",
                "- &lbrack;x&rbrack; named\n- [&#x58;] hex\n- [&Tab;] tab\n- \\[ \\] both\n- x &amp; y\n",
                "Text[^n] and [^missing].\n\n[^n]: The note.\n",
                "[\\^n] and \\[^n]\n\n[^n]: note\n",
                "$$x|y$$ and `a|b` and <span>~~</span>\n",
                "[a](/x){:target=\"_blank\"} **b**{: .c} `k`{:.k} ![i](/i.png){: width=\"9\"} *e*{:#id} x{: .no}\n",
                "&lcub;: .named} **a**&lbrace;: .named}\n",
                "&#123;: .entity} \\{: .escaped} [l](/l){::nomarkdown} ~~s~~{: .s}\n\n# H {#h}\n",
                """
                # 标题 "quoted" -- one
                ## 标题 "quoted" -- one
                Setext 'two'...
                ---

                > ### In a quote
                > **粗体：**后文 and [link "x"](/a.md) ![alt 'y'](/b.png) [![in](/c.png)](/d)

                - item -- dash
                  <div><img src="/e.png"></div>

                $$a+b$$

                Text $$c$$ and <b>bold</b>[^1].

                [^1]: Note -- with [a link](/f).

                | **粗体：**后文 | "q" |
                |---|---|
                | [t](/t.md) ... | `x` |
                """);
        for (String text : texts) {
            assertThat(markdown.render(KramdownFlavour.INSTANCE.parse(text, null, ParseOptions.FASTEST)))
                    .as(text)
                    .isEqualTo(markdown.render(KramdownFlavour.INSTANCE.parse(text, null, ParseOptions.FASTEST.withAllExtensions())));
        }
    }

    @Test
    void extensionSyntaxStillRenders() {
        assertThat(markdown.toHtml("- &#91;x] entity\n")).contains("<input type=\"checkbox\"");
        assertThat(markdown.toHtml("x ~~y~~\n")).contains("<del>y</del>");
        assertThat(markdown.toHtml("1~3天\n")).doesNotContain("<del>");
    }
}
