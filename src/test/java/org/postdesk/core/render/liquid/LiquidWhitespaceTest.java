package org.postdesk.core.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.RenderResult;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/** Liquid's whitespace control ({@code {%-}, {@code -%}}, {@code {{-}, {@code -}}}) {@code cycle} and {@code tablerow}. */
class LiquidWhitespaceTest {

    private final LiquidLite liquid = new LiquidLite();

    private TemplatePass.Result run(String text) {
        return liquid.apply(text, new TemplatePass.Context(Map.of("title", "T"), Map.of(), SiteLinks.NONE));
    }

    @Test
    void dashesRemoveWhitespaceAndLineBreaksOnTheirSide() {
        assertThat(run("a {{- \" b \" -}} c").text()).isEqualTo("a b c");
        assertThat(run("a  \n {{- page.title }} \n z").text()).isEqualTo("aT \n z");
        assertThat(run("a {{ page.title -}} \n\n z").text()).isEqualTo("a Tz");
        assertThat(run("x\n{%- if true -%}\n  yes  \n{%- endif -%}\ny").text()).isEqualTo("xyesy");
        assertThat(run("x\n{% if true -%}\n  yes\n{%- endif %}\ny").text()).isEqualTo("x\nyes\ny");
        assertThat(run("<ul>\n{%- for i in (1..2) %}\n  <li>{{ i }}</li>\n{%- endfor %}\n</ul>").text())
                .isEqualTo("<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>");
        assertThat(run("a\n{%- assign x = 1 -%}\nb{%- comment -%} note {%- endcomment -%}\n c").text())
                .isEqualTo("abc");
    }

    @Test
    void withoutDashesWhitespaceStays() {
        assertThat(run("a\n{% if true %}\n yes \n{% endif %}\nb").text()).isEqualTo("a\n\n yes \n\nb");
    }

    @Test
    void elseBranchesTrimOnlyTheirOwnSide() {
        assertThat(run("[{%- if false -%} no {%- else -%} yes {%- endif -%}]").text()).isEqualTo("[yes]");
        assertThat(run("[{% if false %} no {% else -%} yes {%- endif %}]").text()).isEqualTo("[yes]");
    }

    @Test
    void aHeadingAfterATrimmedBlockKeepsItsEditorLine() {
        String body = "intro\n\n{% assign x = 1 -%}\n{%- if x == 1 %}\none\n{%- endif %}\n\n## Heading\n\npara\n";
        TemplatePass.Result r = run(body);
        assertThat(r.text()).isEqualTo("intro\n\n\none\n\n## Heading\n\npara\n");
        RenderResult result = JekyllEngines.previewRenderer().renderBody(new RenderRequest(body, Map.of(), Map.of(),
                Path.of("/tmp/blog"), BlogFiles.NONE));
        assertThat(result.html()).contains("<h2 id=\"heading\" data-line=\"7\">Heading</h2>")
                .contains("<p data-line=\"9\">para</p>").contains("<p data-line=\"0\">intro</p>");
    }

    @Test
    void aTrimmedExpressionJoiningLinesMapsTheLinesAfterIt() {
        String body = "a\n\n{{- page.title }}\n\n## H\n";
        RenderResult result = JekyllEngines.previewRenderer().renderBody(new RenderRequest(body, Map.of("title", "T"),
                Map.of(), Path.of("/tmp/blog"), BlogFiles.NONE));
        assertThat(result.html()).contains("<p data-line=\"0\">aT</p>").contains("<h2 id=\"h\" data-line=\"4\">H</h2>");
    }

    @Test
    void cycleGivesTheNextValueEachTimeAndGroupsCountApart() {
        assertThat(run("{% for i in (1..3) %}{% cycle 'odd', 'even' %} {% endfor %}").text()).isEqualTo("odd even odd ");
        assertThat(run("{% cycle 'g1': 'a', 'b' %}{% cycle 'g2': 'a', 'b' %}{% cycle 'g1': 'a', 'b' %}").text())
                .isEqualTo("aab");
    }

    @Test
    void tablerowMakesRowsOfTheGivenWidth() {
        assertThat(run("{% tablerow n in (1..3) cols:2 %}{{ n }}{% endtablerow %}").text())
                .isEqualTo("<tr class=\"row1\">\n<td class=\"col1\">1</td><td class=\"col2\">2</td></tr>\n"
                        + "<tr class=\"row2\"><td class=\"col1\">3</td></tr>\n");
        TemplatePass.Result r = run("{% tablerow n in (1..4) %}\n{{ n }}\n{% endtablerow %}\nnext\n");
        assertThat(r.text()).endsWith("</td></tr>\n\nnext\n");
        int nextLine = (int) r.text().lines().takeWhile(l -> !l.equals("next")).count();
        assertThat(r.lines().sourceLine(nextLine)).isEqualTo(3);
    }
}
