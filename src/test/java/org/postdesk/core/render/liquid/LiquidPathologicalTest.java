package org.postdesk.core.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/**
 * Template text an author (or a pasted file) can write that once overflowed the stack or took
 * seconds per keystroke: each renders within a bound, keeps the text around it, and says what it
 * left out as a marked Liquid error or a note, never a Java error.
 */
@Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LiquidPathologicalTest {

    private final LiquidLite liquid = new LiquidLite();
    private final Map<String, String> files = new HashMap<>();
    private final SiteLinks links = new SiteLinks.Unresolved() {
        @Override
        public Optional<String> include(String relPath) {
            return Optional.ofNullable(files.get(relPath));
        }
    };

    private TemplatePass.Result run(String text) {
        return liquid.apply(text, new TemplatePass.Context(Map.of("title", "T", "path", "_posts/p.md"),
                Map.of("title", "Site"), links));
    }

    private static String errorMark() {
        return "<span class=\"" + LiquidLite.ERROR_CLASS + "\">Liquid error: ";
    }

    @Test
    void aThousandNestedIfsAreCutAtTheDepthLiquidAllowsWithAMarkedError() {
        String text = "before\n" + "{% if true %}".repeat(1000) + "deep" + "{% endif %}".repeat(1000) + "\nafter\n";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).startsWith("before\n").endsWith("\nafter\n").contains(errorMark())
                .contains("nested too deep: more than " + LiquidLite.MAX_DEPTH).doesNotContain("deep<");
        assertThat(r.notes()).singleElement().asString().startsWith("Liquid error on line 2:");
    }

    @Test
    void blocksNestedUpToTheLimitStillRender() {
        int n = LiquidLite.MAX_DEPTH;
        String text = "{% if true %}\n".repeat(n) + "deep\n" + "{% endif %}\n".repeat(n) + "after\n";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).isEqualTo("\n".repeat(n) + "deep\n" + "\n".repeat(n) + "after\n");
        assertThat(r.notes()).isEmpty();
        assertThat(r.lines().sourceLine(n)).isEqualTo(n);
    }

    @Test
    void eightThousandUnclosedIfsEachGetAMarkedErrorQuickly() {
        String text = "{% if page.title %}x\n".repeat(8000) + "{% endif %}\nend\n";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).contains(errorMark());
        assertThat(r.text()).endsWith("x\n\nend\n");
        assertThat(r.notes()).hasSize(7999).allMatch(n -> n.contains("is never closed"));
    }

    @Test
    void eightThousandUnclosedIfsWithoutAnyEndRenderQuickly() {
        String text = "{% if page.title %}x\n".repeat(8000) + "end\n";
        TemplatePass.Result r = run(text);
        assertThat(r.notes()).hasSize(8000);
        assertThat(r.text()).endsWith("x\nend\n");
    }

    @Test
    void unclosedBlocksInsideALoopBodyCostOneScanNotOnePerPass() {
        String text = "{% for i in (1..50) %}" + "{% unless false %}{% if true %}".repeat(2000)
                + "{% endif %}{% endfor %}z";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).endsWith("z");
    }

    @Test
    void aThousandNestedLoopsAreCutAtTheDepthLimit() {
        String text = "{% for i in (1..1) %}".repeat(1000) + "{{ i }}" + "{% endfor %}".repeat(1000) + "after";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).contains(errorMark()).endsWith("after");
    }

    @Test
    void loopsInsideLoopsStopAtAWholeRenderBudget() {
        String text = "{% for i in (1..2) %}".repeat(40) + "x" + "{% endfor %}".repeat(40) + "after";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).endsWith("after");
        assertThat(r.notes()).anyMatch(n -> n.contains("loops inside loops"));
    }

    @Test
    void aThousandNestedCapturesAndTablerowsStayBounded() {
        TemplatePass.Result capture = run("{% capture a %}".repeat(1000) + "x" + "{% endcapture %}".repeat(1000) + "!");
        assertThat(capture.text()).endsWith("!");
        assertThat(capture.notes()).anyMatch(n -> n.contains("nested too deep"));
        TemplatePass.Result table = run("{% tablerow i in (1..1) %}".repeat(1000) + "x"
                + "{% endtablerow %}".repeat(1000) + "!");
        assertThat(table.text()).contains(errorMark()).endsWith("!");
    }

    @Test
    void aHugeRawBlockIsKeptLiterally() {
        String content = "{{ page.title }} {% if %} {% endif %} {% raw %}\n".repeat(50_000);
        TemplatePass.Result r = run("a{% raw %}" + content + "{% endraw %}b");
        assertThat(r.text()).isEqualTo("a" + content + "b");
    }

    @Test
    void thousandsOfUnclosedRawAndCommentTagsRenderQuickly() {
        TemplatePass.Result raw = run("{% raw %}x\n".repeat(8000) + "{% endraw");
        assertThat(raw.text()).startsWith("{% raw %}x\n");
        TemplatePass.Result comment = run("{% comment %}{% if true %}".repeat(4000) + "{% endif %}");
        assertThat(comment.text()).contains(errorMark());
    }

    @Test
    void tenThousandOutputsOnOneLine() {
        TemplatePass.Result r = run("{{ page.title }} ".repeat(10_000) + "\n{% if true %}a{% endif %}\n");
        assertThat(r.text()).isEqualTo("T ".repeat(10_000) + "\na\n");
    }

    @Test
    void unclosedTagsAndOutputsAtTheEndStayAsWritten() {
        assertThat(run("a {{ page.title").text()).isEqualTo("a {{ page.title");
        assertThat(run("a {% if true").text()).isEqualTo("a {% if true");
        assertThat(run("a {{ page.title }} {{").text()).isEqualTo("a T {{");
        assertThat(run("a {% if true %}b").text()).contains(errorMark()).endsWith("b");
        String opens = "{{ x ".repeat(10_000) + "}}"; // only the last one is an output (x is nil)
        assertThat(run(opens).text()).isEqualTo("{{ x ".repeat(9_999));
        String tags = "{% x ".repeat(10_000) + "%}";
        assertThat(run(tags).text()).isEqualTo(tags);
    }

    @Test
    void includesNestedPastTheLimitStopWithAMarkedError() {
        for (int i = 0; i < 12; i++) {
            files.put("_includes/n" + i + ".html", "<" + i + ">{% include n" + (i + 1) + ".html %}");
        }
        files.put("_includes/n12.html", "end");
        TemplatePass.Result r = run("{% include n0.html %}");
        assertThat(r.text()).startsWith("<0><1><2><3><4><5><6><7><8><9>").contains(errorMark())
                .contains("nested more than 10 includes deep");
        assertThat(r.notes()).singleElement().asString().startsWith("In _includes/n0.html");
    }

    @Test
    void includesThatFanOutStopAtAWholeRenderBudget() {
        for (int i = 0; i < 10; i++) {
            files.put("_includes/f" + i + ".html", ("{% include f" + (i + 1) + ".html %}").repeat(10));
        }
        files.put("_includes/f10.html", "x");
        TemplatePass.Result r = run("a{% include f0.html %}b");
        assertThat(r.text()).startsWith("a").endsWith("b");
        assertThat(r.notes()).anyMatch(n -> n.contains("already included " + LiquidLite.MAX_INCLUDES + " files"));
    }

    @Test
    void blocksNestedInsideIncludesCountTowardsTheSameDepth() {
        files.put("_includes/deep.html", "{% if true %}".repeat(60) + "in" + "{% endif %}".repeat(60));
        TemplatePass.Result r = run("{% if true %}".repeat(60) + "{% include deep.html %}" + "{% endif %}".repeat(60));
        assertThat(r.text()).contains("nested too deep");
        assertThat(r.notes()).isNotEmpty();
    }

    @Test
    void deeplyBracketedExpressionsAreNotUnderstoodButStayVisible() {
        String expr = "{{ a" + "[a".repeat(5000) + "]".repeat(5000) + " }}";
        TemplatePass.Result r = run(expr + "after");
        assertThat(r.text()).endsWith("after");
        assertThat(List.of(r.text())).isNotEmpty();
    }
}
