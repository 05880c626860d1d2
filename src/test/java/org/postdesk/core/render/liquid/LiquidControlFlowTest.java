package org.postdesk.core.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.RenderResult;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/** Liquid control flow in the preview's Liquid step, and the line map that keeps scroll sync. */
class LiquidControlFlowTest {

    private final LiquidLite liquid = new LiquidLite();

    private TemplatePass.Result run(String text) {
        return liquid.apply(text, new TemplatePass.Context(
                Map.of("title", "T", "tags", List.of("java", "liquid"), "filters", List.of("array filter", "Sort It")),
                Map.of("baseurl", "/blog", "repository", "jekyll/jekyll"), SiteLinks.NONE));
    }

    private String apply(String text) {
        return run(text).text();
    }

    @Test
    void assignedVariablesReachLaterOutputAndLinkUrls() {
        assertThat(apply("{% assign base = site.repository | prepend: 'https://github.com/' %}[a]({{ base }}/issues)"))
                .isEqualTo("[a](https://github.com/jekyll/jekyll/issues)");
    }

    @Test
    void loopBuildsLinkReferencesLikeJekyllsReleaseNotes() {
        String out = apply("{% assign issues = \"1037|1040\" | split: \"|\" %}\n{% for issue in issues %}\n"
                + "[#{{ issue }}]: {{ site.repository }}/issues/{{ issue }}\n{% endfor %}\n");
        assertThat(out).isEqualTo("\n\n[#1037]: jekyll/jekyll/issues/1037\n\n[#1040]: jekyll/jekyll/issues/1040\n\n");
    }

    @Test
    void nestedLoopsAndForloopVariables() {
        assertThat(apply("{% for i in (1..2) %}{% for j in (1..2) %}{{ i }}{{ j }} {% endfor %}{% endfor %}"))
                .isEqualTo("11 12 21 22 ");
        assertThat(apply("{% for t in page.tags %}{{ forloop.index }}/{{ forloop.length }}:{{ t }}"
                + "{% if forloop.first %}<{% endif %}{% unless forloop.last %},{% endunless %}{% endfor %}"))
                .isEqualTo("1/2:java<,2/2:liquid");
    }

    @Test
    void loopOptionsBreakContinueAndElse() {
        assertThat(apply("{% for i in (1..5) reversed limit: 3 offset: 1 %}{{ i }}{% endfor %}")).isEqualTo("432");
        // as in Liquid, "reversed" after the options is not read
        assertThat(apply("{% for i in (1..5) limit: 3 offset: 1 reversed %}{{ i }}{% endfor %}")).isEqualTo("234");
        assertThat(apply("{% for x in (1..10) %}{% if x == 3 %}{% continue %}{% endif %}"
                + "{% if x > 5 %}{% break %}{% endif %}{{ x }}{% endfor %}")).isEqualTo("1245");
        assertThat(apply("{% for x in page.none %}a{% else %}empty{% endfor %}")).isEqualTo("empty");
    }

    @Test
    void captureKeepsRenderedText() {
        assertThat(apply("{% capture greeting %}Hi {{ page.title }}{% endcapture %}<{{ greeting | upcase }}>"))
                .isEqualTo("<HI T>");
    }

    @Test
    void ifElsifElseUnlessAndCase() {
        String text = "{% assign n = 3 %}{% if n > 2 and n < 5 %}big{% elsif n == 2 %}two{% else %}small{% endif %}"
                + "|{% unless n == 3 %}not three{% endunless %}|{% case n %}{% when 1, 3 %}odd{% else %}even{% endcase %}";
        assertThat(apply(text)).isEqualTo("big||odd");
        assertThat(apply("{% if page.none %}a{% elsif page.title == 'T' %}b{% endif %}")).isEqualTo("b");
    }

    @Test
    void onlyNilAndFalseAreFalsy() {
        assertThat(apply("{% if '' %}1{% endif %}{% if 0 %}2{% endif %}{% if page.none %}3{% endif %}"
                + "{% if false %}4{% endif %}{% if true or false and false %}5{% endif %}")).isEqualTo("125");
        assertThat(apply("{% if page.tags contains 'java' %}a{% endif %}{% if 'abc' contains 'bc' %}b{% endif %}"
                + "{% if page.none == empty %}c{% endif %}{% if '' == empty %}d{% endif %}")).isEqualTo("abd");
    }

    @Test
    void filtersOnListsAndText() {
        assertThat(apply("{% assign w = 'b a c' | split: ' ' | sort %}{{ w | join: ',' }} {{ w | size }} "
                + "{{ w | first }} {{ w | last | upcase }} {{ w | reverse | join: '' }}")).isEqualTo("a,b,c 3 a C cba");
        assertThat(apply("{{ 'Hello World!' | slugify }} {{ nil | default: 'd' }} {{ '  x ' | strip | append: '!' }}"))
                .isEqualTo("hello-world d x!");
        assertThat(apply("{% for f in page.filters %}{{ f | slugify }} {% endfor %}")).isEqualTo("array-filter sort-it ");
        assertThat(apply("{{ 'a-b-c' | replace: '-', '+' | remove: 'c' }} {% increment c %}{% increment c %}"
                + "{% decrement d %}")).isEqualTo("a+b+ 01-1");
    }

    @Test
    void whereAndMapOnPosts() {
        SiteLinks links = new SiteLinks.Unresolved() {
            @Override
            public List<Map<String, Object>> posts() {
                return List.of(Map.of("title", "New", "url", "/new/", "tags", List.of("a")),
                        Map.of("title", "Old", "url", "/old/", "tags", List.of("b")));
            }
        };
        String out = liquid.apply("{{ site.posts | map: 'title' | join: ',' }}|"
                + "{% for p in site.tags.b %}{{ p.url }}{% endfor %}|{{ site.posts | where: 'title', 'Old' | size }}",
                new TemplatePass.Context(Map.of(), Map.of(), links)).text();
        assertThat(out).isEqualTo("New,Old|/old/|1");
    }

    @Test
    void textOutsideControlFlowStaysLineAligned() {
        String text = "# A {{ page.title }}\n\nplain {{ x }} text\n{% if true %}\nkept\n{% endif %}\nlast\n";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).isEqualTo("# A T\n\nplain  text\n\nkept\n\nlast\n");
        assertThat(r.lines().isIdentity()).isTrue();
    }

    @Test
    void linesAfterALoopMapBackToTheirEditorLines() {
        String text = "intro\n{% for i in (1..3) %}\n- item {{ i }}\n{% endfor %}\n# Heading\n";
        TemplatePass.Result r = run(text);
        assertThat(r.text()).isEqualTo("intro\n\n- item 1\n\n- item 2\n\n- item 3\n\n# Heading\n");
        int heading = 8; // output line of "# Heading"
        assertThat(r.lines().sourceLine(heading)).isEqualTo(4);
        assertThat(r.lines().sourceLine(2)).isEqualTo(1); // loop output: the loop's first line
        assertThat(r.lines().sourceLine(0)).isZero();
    }

    @Test
    void aFalseBranchRemovesItsLinesAndLaterLinesKeepTheirs() {
        TemplatePass.Result r = run("a\n{% if false %}\nb\nc\n{% endif %}\nd\n");
        assertThat(r.text()).isEqualTo("a\n\nd\n");
        assertThat(r.lines().sourceLine(2)).isEqualTo(5);
    }

    @Test
    void headingAfterALoopKeepsItsDataLineInThePreview() {
        String body = "{% for i in (1..3) %}\nline {{ i }}\n\n{% endfor %}\n## After\n\npara\n";
        RenderResult result = JekyllEngines.previewRenderer().renderBody(new RenderRequest(body, Map.of(), Map.of(),
                Path.of("/tmp/blog"), BlogFiles.NONE));
        assertThat(result.html()).contains("<h2 id=\"after\" data-line=\"4\">After</h2>")
                .contains("<p data-line=\"6\">para</p>").contains("<p data-line=\"0\">line 3</p>");
        assertThat(result.notes()).noneMatch(n -> n.contains("drift"));
    }

    @Test
    void unclosedBlockIsAMarkedLineAndTheRestRenders() {
        TemplatePass.Result r = run("{% for x in page.tags %}\nafter {{ page.title }}\n");
        assertThat(r.text()).startsWith("<span class=\"pd-liquid-error\">Liquid error: {% for %} is never closed")
                .endsWith("\nafter T\n");
        assertThat(r.notes()).singleElement().asString().contains("line 1").contains("never closed");
    }

    @Test
    void unreadableConditionMarksTheBlockAndStrayEndTagsAreMarked() {
        TemplatePass.Result r = run("x\n{% if a == %}\nhidden\n{% endif %}\ny {% endfor %}\n");
        assertThat(r.text()).contains("<span class=\"pd-liquid-error\">Liquid error: {% if a == %}")
                .doesNotContain("hidden").contains("y <span class=\"pd-liquid-error\">Liquid error: {% endfor %} has no");
        assertThat(r.lines().sourceLine(2)).isEqualTo(4); // "y" keeps its editor line
        assertThat(r.notes()).hasSize(2);
    }

    @Test
    void rawAndCommentInsideControlFlowStayLiteral() {
        assertThat(apply("{% if true %}{% raw %}{% endif %}{{ x }}{% endraw %}{% comment %}{% endif %}{% endcomment %}"
                + "{% endif %}")).isEqualTo("{% endif %}{{ x }}");
    }

    @Test
    void manyUnclosedBlocksAreEachMarked() {
        String text = "{% if true %} x {% for a in b %} ".repeat(5_000);
        TemplatePass.Result r = run(text);
        assertThat(r.notes()).hasSize(10_000);
        assertThat(r.text()).doesNotContain("{% if true %}").doesNotContain("{% for a in b %}").contains(" x ");
    }

    @Test
    void hugeLoopsStopWithANote() {
        TemplatePass.Result r = run("{% for i in (1..20000) %}x{% endfor %}");
        assertThat(r.text()).hasSize(LiquidLite.MAX_ITERATIONS);
        assertThat(r.notes()).singleElement().asString().contains("20000");
    }
}
