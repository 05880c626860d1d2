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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of render cases in {@code src/test/resources/render/cases.md}. */
class RenderCasesTest {

    private static final PreviewRenderer RENDERER = JekyllEngines.previewRenderer();

    @TempDir
    Path blog;

    record Case(String name, Map<String, Object> site, Map<String, Object> page, List<String> files,
            Map<String, String> includes, String markdown, List<String> contains, List<String> absent) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        return table("/render/cases.md");
    }

    /** Jekyll fidelity: kramdown and Liquid behaviour checked against real Jekyll output. */
    static Stream<Case> jekyllCases() throws IOException {
        return table("/render/jekyll-cases.md");
    }

    private static Stream<Case> table(String resource) throws IOException {
        try (InputStream in = RenderCasesTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jekyllCases")
    void rendersAsJekyllDoes(Case c) throws IOException {
        rendersAsExpected(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(Case c) throws IOException {
        RenderResult result = RENDERER.render(CaseRequests.request(blog, c.files(), c.includes(), c.markdown(),
                c.page(), c.site()));
        String root = new SiteUrlResolver(Map.of(), BlogFiles.NONE, blog).resolve("/").fileUrl();
        for (String s : c.contains()) {
            assertThat(result.html()).as("HTML of case '%s'", c.name()).contains(s.replace("{root}", root));
        }
        for (String s : c.absent()) {
            assertThat(result.html()).as("HTML of case '%s'", c.name()).doesNotContain(s.replace("{root}", root));
        }
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
            List<String> contains = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            List<String> reference = new ArrayList<>(); // what Jekyll made: documentation only
            List<String> target = markdown;
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (target == markdown && markdown.isEmpty() && line.startsWith("@")) {
                    String[] kv = line.substring(line.indexOf(' ') + 1).split("=", 2);
                    switch (line.substring(0, line.indexOf(' '))) {
                        case "@site" -> site.put(kv[0], kv[1]);
                        case "@page" -> page.put(kv[0], kv[1]);
                        case "@file" -> files.add(kv[0]);
                        // a file the blog supplies to include, "\n" for line breaks
                        case "@include" -> includes.put(kv[0], kv[1].replace("\\n", "\n"));
                        default -> throw new IllegalArgumentException(line);
                    }
                } else if (line.equals("--- contains")) {
                    target = contains;
                } else if (line.equals("--- jekyll") || line.equals("--- differs")) {
                    target = reference;
                } else if (line.equals("--- absent")) {
                    target = absent;
                } else if (target == markdown || !line.isEmpty()) {
                    target.add(line);
                }
            }
            cases.add(new Case(lines[0].strip(), site, page, files, includes, String.join("\n", markdown).strip() + "\n",
                    contains, absent));
        }
        return cases;
    }
}
