package org.postdesk.core.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.RenderResult;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/** {@code include} and {@code include_relative} with files the blog supplies, as Jekyll renders them. */
class LiquidIncludeTest {

    private final LiquidLite liquid = new LiquidLite();
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, Integer> reads = new HashMap<>();

    private final SiteLinks links = new SiteLinks.Unresolved() {
        @Override
        public Optional<String> include(String relPath) {
            reads.merge(relPath, 1, Integer::sum);
            return Optional.ofNullable(files.get(relPath));
        }
    };

    private TemplatePass.Result run(String text, Map<String, ?> page) {
        return liquid.apply(text, new TemplatePass.Context(page, Map.of("title", "Site"), links));
    }

    private String apply(String text) {
        return run(text, Map.of("title", "Post", "path", "_posts/2024-03-02-inc.md")).text();
    }

    @Test
    void includeRendersTheFileWithItsParametersAndThePageVariables() {
        files.put("_includes/note.html", "<div class=\"note\">{{ include.text }} by {{ include.who | default: \"nobody\" }}"
                + " on {{ page.title }}</div>\n");
        assertThat(apply("{% include note.html text=\"Hello\" who='Ann' %}"))
                .isEqualTo("<div class=\"note\">Hello by Ann on Post</div>\n");
        assertThat(apply("{% assign someone = \"Bo\" %}{% include note.html text=\"Hi\" who=someone %}"))
                .isEqualTo("<div class=\"note\">Hi by Bo on Post</div>\n");
        assertThat(apply("{% include note.html text=\"x\" %}")).contains("x by nobody");
    }

    @Test
    void aVariableFileNameAndNestedIncludesWork() {
        files.put("_includes/outer.md", "Outer {{ include.n }}: {% include inner.md v=include.n %}");
        files.put("_includes/inner.md", "inner={{ include.v }}");
        assertThat(apply("{% assign f = \"outer.md\" %}{% include {{ f }} n=3 %}")).isEqualTo("Outer 3: inner=3");
    }

    @Test
    void variablesAssignedInAnIncludeAreSeenAfterIt() {
        files.put("_includes/setter.html", "{% assign shared = \"set in include\" %}");
        assertThat(apply("{% include setter.html %}Shared: {{ shared }}")).isEqualTo("Shared: set in include");
    }

    @Test
    void aMissingFileIsAPlaceholderSayingItIsNotInIncludes() {
        String out = apply("{% include missing.html %}");
        assertThat(out).startsWith("<span class=\"pd-include\"").contains("not in the blog's _includes/ folder")
                .contains(">include missing.html</span>");
    }

    @Test
    void anIncludeThatIncludesItselfStopsWithAMarkedError() {
        files.put("_includes/loop.html", "x{% include loop.html %}");
        TemplatePass.Result r = run("{% include loop.html %}", Map.of());
        assertThat(r.text()).startsWith("x<span class=\"pd-liquid-error\">").contains("includes itself");
        assertThat(r.notes()).anyMatch(n -> n.contains("includes itself"));
    }

    @Test
    void includesNestDeeperThanTheLimitStop() {
        for (int i = 0; i < 15; i++) {
            files.put("_includes/d" + i + ".html", i + "{% include d" + (i + 1) + ".html %}");
        }
        String out = apply("{% include d0.html %}");
        assertThat(out).startsWith("0123456789<span class=\"pd-liquid-error\">").contains("nested more than 10");
    }

    @Test
    void pathsThatLeaveIncludesAreRefusedWithoutReading() {
        files.put("secret.txt", "secret");
        for (String bad : new String[] {"../secret.txt", "/etc/passwd", "a/../../secret.txt", "./x.html"}) {
            assertThat(apply("{% include " + bad + " %}")).as(bad).contains("pd-liquid-error")
                    .doesNotContain("secret\n");
        }
        assertThat(apply("{% include_relative ../../secret.txt %}")).contains("pd-liquid-error");
        assertThat(reads).isEmpty();
    }

    @Test
    void includeRelativeReadsFromThePostsFolder() {
        files.put("_posts/notes/snippet.txt", "Relative text from {{ page.title }}.\n");
        assertThat(apply("{% include_relative notes/snippet.txt %}")).isEqualTo("Relative text from Post.\n");
        // a post that is not saved has no folder: the placeholder says so
        assertThat(run("{% include_relative notes/snippet.txt %}", Map.of()).text()).contains("pd-include")
                .contains("not saved");
    }

    @Test
    void linesOfAnIncludeMapToTheTagsLineAndLaterLinesKeepTheirs() {
        files.put("_includes/list.md", "- item {{ page.title }}\n- second\n- third\n");
        String body = "# Top\n\n{% include list.md %}\n## After\n\npara\n";
        RenderResult result = JekyllEngines.previewRenderer().renderBody(new RenderRequest(body,
                Map.of("title", "Post"), Map.of(), Path.of("/tmp/blog"), BlogFiles.NONE, links));
        assertThat(result.html()).contains("<li data-line=\"2\">item Post</li>")
                .contains("<h2 id=\"after\" data-line=\"3\">After</h2>").contains("<p data-line=\"5\">para</p>");
    }

    @Test
    void textWithoutTagsReadsNoFile() {
        assertThat(apply("plain {{ page.title }} text")).isEqualTo("plain Post text");
        assertThat(reads).isEmpty();
    }
}
