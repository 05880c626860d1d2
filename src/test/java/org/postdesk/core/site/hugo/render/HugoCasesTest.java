package org.postdesk.core.site.hugo.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.SiteLinks;

/**
 * {@code render/hugo-cases.md} as the spec: each case's whole preview body, normalised by
 * {@link HugoHtml}, is the HTML real Hugo 0.111 made from the same text, or differs from it by
 * exactly the stated fragments (a {@code --- differs} section with its reason).
 */
class HugoCasesTest {

    @TempDir
    Path site;

    /** One case of the table. */
    record Case(String name, Map<String, Object> markup, Map<String, String> shortcodes, Map<String, Object> page,
            List<String> others, String markdown, String hugo, String reason, List<String[]> changes,
            List<String> contains, List<String> absent) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = HugoCasesTest.class.getResourceAsStream("/render/hugo-cases.md")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWholeOutputIsHugosOrDiffersAsStated(Case c) {
        String raw = render(c);
        for (String s : c.contains()) {
            assertThat(raw).as("case '%s' contains", c.name()).contains(s);
        }
        for (String s : c.absent()) {
            assertThat(raw).as("case '%s' lacks", c.name()).doesNotContain(s);
        }
        String root = site.toUri().toString();
        String ours = HugoHtml.normalise(raw, root);
        String hugo = HugoHtml.normalise(c.hugo(), root);
        if (c.changes().isEmpty()) {
            assertThat(ours).as("case '%s' (normalised; add a '--- differs' section if this is on purpose)", c.name())
                    .isEqualTo(hugo);
            return;
        }
        assertThat(c.reason()).as("case '%s' says why it differs", c.name()).isNotBlank();
        String expected = hugo;
        for (String[] change : c.changes()) {
            assertThat(expected).as("case '%s': the stated Hugo fragment is in Hugo's output", c.name())
                    .contains(change[0]);
            expected = expected.replace(change[0], change[1]);
        }
        assertThat(ours).as("case '%s': Hugo's output with exactly the stated differences", c.name())
                .isEqualTo(expected);
    }

    @Test
    void everyCaseHasHugosOutput() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThan(25);
        assertThat(all).allSatisfy(c -> assertThat(c.hugo()).as(c.name()).isNotBlank());
    }

    private String render(Case c) {
        GoldmarkFlavour flavour = new GoldmarkFlavour(HugoMarkup.from(c.markup()));
        ShortcodePass pass = new ShortcodePass(flavour, c.shortcodes(), Map.of("siteWide", "From the site"));
        List<Map<String, Object>> posts = new ArrayList<>();
        for (String other : c.others()) {
            String url = "/" + other.replaceAll("\\.md$", "") + "/";
            posts.add(Map.of("path", "content/" + other, "url", url, "title", "Other"));
        }
        SiteLinks links = new SiteLinks.Unresolved() {
            @Override
            public List<Map<String, Object>> posts() {
                return posts;
            }
        };
        Map<String, Object> siteConfig = Map.of("baseURL", "http://example.org/");
        return new PreviewRenderer(pass, flavour).renderBody(new RenderRequest(c.markdown(), c.page(), siteConfig, site,
                null, links, pass, flavour)).html();
    }

    private static String fragment(String line) {
        return line.length() < 2 ? "" : line.substring(2).replace("\\n", "\n");
    }

    @SuppressWarnings("unchecked")
    static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        String[] blocks = text.split("(?m)^### ");
        for (int b = 1; b < blocks.length; b++) {
            String[] lines = blocks[b].split("\n", -1);
            Map<String, Object> markup = new LinkedHashMap<>();
            Map<String, String> shortcodes = new LinkedHashMap<>();
            Map<String, Object> page = new LinkedHashMap<>();
            List<String> others = new ArrayList<>();
            List<String> markdown = new ArrayList<>();
            List<String> hugo = new ArrayList<>();
            List<String[]> changes = new ArrayList<>();
            List<String> contains = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            String reason = "";
            String section = "markdown";
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("--- ")) {
                    section = line.substring(4).strip();
                } else if (section.equals("markdown") && markdown.isEmpty() && line.startsWith("@")) {
                    String[] kv = line.substring(line.indexOf(' ') + 1).split("=", 2);
                    switch (line.substring(0, line.indexOf(' '))) {
                        case "@markup" -> {
                            Map<String, Object> m = markup;
                            String[] path = kv[0].split("\\.");
                            for (int k = 0; k < path.length - 1; k++) {
                                m = (Map<String, Object>) m.computeIfAbsent(path[k], x -> new LinkedHashMap<>());
                            }
                            m.put(path[path.length - 1], kv[1].equals("true") || kv[1].equals("false")
                                    ? Boolean.valueOf(kv[1]) : kv[1]);
                        }
                        case "@shortcode" -> shortcodes.put(kv[0], kv[1].replace("\\n", "\n"));
                        case "@stub" -> { } // a theme's template: only Hugo had it
                        case "@page" -> page.put(kv[0], kv[1]);
                        case "@other" -> others.add(kv[0]);
                        default -> throw new IllegalArgumentException(line);
                    }
                } else if (section.equals("markdown")) {
                    markdown.add(line);
                } else if (section.equals("hugo")) {
                    hugo.add(line.startsWith("    ") ? line.substring(4) : line);
                } else if (section.equals("differs")) {
                    if (line.startsWith("reason:")) {
                        reason = line.substring(7).strip();
                    } else if (line.equals("-") || line.startsWith("- ")) {
                        changes.add(new String[] {fragment(line), ""});
                    } else if (line.equals("+") || line.startsWith("+ ")) {
                        changes.get(changes.size() - 1)[1] = fragment(line);
                    }
                } else if (section.equals("contains") && !line.isEmpty()) {
                    contains.add(line);
                } else if (section.equals("absent") && !line.isEmpty()) {
                    absent.add(line);
                }
            }
            cases.add(new Case(lines[0].strip(), markup, shortcodes, page, others,
                    String.join("\n", markdown).strip() + "\n", String.join("\n", hugo), reason, changes, contains,
                    absent));
        }
        return cases;
    }
}
