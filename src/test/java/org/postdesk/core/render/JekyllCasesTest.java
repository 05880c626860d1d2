package org.postdesk.core.render;

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

/**
 * {@code render/jekyll-cases.md} as the spec: each case's whole preview body, normalised by
 * {@link JekyllHtml}, is the HTML real Jekyll made from the same text. Where the preview differs
 * on purpose the case has a {@code --- differs} section: a {@code reason:} line and pairs of
 * {@code - jekyll} / {@code + ours} fragments, written in the normalised form (an empty
 * {@code -} when Jekyll made nothing: it stopped the build), and the test checks that replacing
 * each fragment in Jekyll's output gives exactly ours: no more, no less.
 */
class JekyllCasesTest {

    private static final PreviewRenderer RENDERER = JekyllEngines.previewRenderer();

    @TempDir
    Path blog;

    /** One case of the table. */
    record Case(String name, Map<String, Object> site, Map<String, Object> page, List<String> files,
            Map<String, String> includes, String markdown, String jekyll, String reason, List<String[]> changes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = JekyllCasesTest.class.getResourceAsStream("/render/jekyll-cases.md")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theWholeOutputIsJekyllsOrDiffersAsStated(Case c) throws IOException {
        String siteRoot = c.site().getOrDefault("baseurl", "") + "/";
        String ours = JekyllHtml.normalise(render(c), root(), siteRoot);
        String jekyll = JekyllHtml.normalise(c.jekyll(), root(), siteRoot);
        if (c.changes().isEmpty()) {
            assertThat(ours).as("case '%s' (normalised; add a '--- differs' section if this is on purpose)", c.name())
                    .isEqualTo(jekyll);
            return;
        }
        assertThat(c.reason()).as("case '%s' says why it differs", c.name()).isNotBlank();
        assertThat(ours).as("case '%s' still differs from Jekyll", c.name()).isNotEqualTo(jekyll);
        String expected = jekyll;
        for (String[] change : c.changes()) {
            if (change[0].isEmpty()) {
                assertThat(expected).as("case '%s': '- ' alone stands for no output (Jekyll stopped)", c.name()).isEmpty();
                expected = change[1];
                continue;
            }
            assertThat(expected).as("case '%s': the stated Jekyll fragment is in Jekyll's output", c.name())
                    .contains(change[0]);
            expected = expected.replace(change[0], change[1]);
        }
        assertThat(ours).as("case '%s': Jekyll's output with exactly the stated differences", c.name())
                .isEqualTo(expected);
    }

    @Test
    void everyCaseHasJekyllsOutput() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThan(50);
        // empty only where Jekyll stopped the build, and then the case says what the preview shows instead
        assertThat(all).allSatisfy(c -> assertThat(!c.jekyll().isBlank()
                || c.changes().stream().anyMatch(change -> change[0].isEmpty())).as(c.name()).isTrue());
    }

    private String root() {
        return new SiteUrlResolver(Map.of(), BlogFiles.NONE, blog).resolve("/").fileUrl();
    }

    private String render(Case c) throws IOException {
        return RENDERER.renderBody(CaseRequests.request(blog, c.files(), c.includes(), c.markdown(), c.page(),
                c.site())).html();
    }

    /** A {@code - }/{@code + } line's fragment: normalised HTML, {@code \\n} for a line break inside {@code pre}. */
    private static String fragment(String line) {
        return line.length() < 2 ? "" : line.substring(2).replace("\\n", "\n");
    }

    static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        String[] blocks = text.split("(?m)^### ");
        for (int b = 1; b < blocks.length; b++) {
            String[] lines = blocks[b].split("\n", -1);
            Map<String, Object> site = new LinkedHashMap<>();
            Map<String, Object> page = new LinkedHashMap<>();
            List<String> files = new ArrayList<>();
            Map<String, String> includes = new LinkedHashMap<>();
            List<String> markdown = new ArrayList<>();
            List<String> jekyll = new ArrayList<>();
            List<String[]> changes = new ArrayList<>();
            String reason = "";
            String section = "markdown";
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("--- ")) {
                    section = line.substring(4).strip();
                } else if (section.equals("markdown") && markdown.isEmpty() && line.startsWith("@")) {
                    String[] kv = line.substring(line.indexOf(' ') + 1).split("=", 2);
                    switch (line.substring(0, line.indexOf(' '))) {
                        case "@site" -> site.put(kv[0], kv[1]);
                        case "@page" -> page.put(kv[0], kv[1]);
                        case "@file" -> files.add(kv[0]);
                        case "@include" -> includes.put(kv[0], kv[1].replace("\\n", "\n"));
                        default -> throw new IllegalArgumentException(line);
                    }
                } else if (section.equals("markdown")) {
                    markdown.add(line);
                } else if (section.equals("jekyll")) {
                    // the block is indented by four spaces (a Markdown code block in the file)
                    jekyll.add(line.startsWith("    ") ? line.substring(4) : line);
                } else if (section.equals("differs")) {
                    if (line.startsWith("reason:")) {
                        reason = line.substring(7).strip();
                    } else if (line.equals("-") || line.startsWith("- ")) {
                        changes.add(new String[] {fragment(line), ""});
                    } else if (line.equals("+") || line.startsWith("+ ")) {
                        changes.get(changes.size() - 1)[1] = fragment(line);
                    }
                }
            }
            cases.add(new Case(lines[0].strip(), site, page, files, includes,
                    String.join("\n", markdown).strip() + "\n", String.join("\n", jekyll), reason, changes));
        }
        return cases;
    }
}
