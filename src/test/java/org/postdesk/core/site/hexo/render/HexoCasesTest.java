package org.postdesk.core.site.hexo.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.SiteLinks;

/**
 * {@code render/hexo-cases.md} as the spec: each case, a post written for the table, renders to
 * the blocks real Hexo made of it ({@link HexoBlocks}, hexo-compare.py's comparison, but every
 * block must agree, not 90%). A case that differs on purpose says why and lists the blocks only
 * the preview has ({@code + img missing.png}).
 */
class HexoCasesTest {

    private static final HexoFlavour MARKED = new HexoFlavour(HexoMarkdown.marked(Map.of(), true));
    private static final HexoFlavour MARKDOWN_IT = new HexoFlavour(HexoMarkdown.markdownIt(Map.of("plugins",
            List.of("markdown-it-footnote", Map.of("name", "markdown-it-container", "options", "info")))));

    /** One case of the table. */
    record Case(String name, boolean markdownIt, Map<String, Object> page, List<String> assets, String markdown,
            String hexo, String reason, List<String[]> changes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = HexoCasesTest.class.getResourceAsStream("/render/hexo-cases.md")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBlocksAreHexosOrDifferAsStated(Case c) {
        List<String> ours = HexoBlocks.of(render(c));
        List<String> hexo = HexoBlocks.of(c.hexo());
        if (c.changes().isEmpty()) {
            assertThat(ours).as("case '%s' (add a '--- differs' section if this is on purpose)", c.name()).isEqualTo(hexo);
            return;
        }
        assertThat(c.reason()).as("case '%s' says why it differs", c.name()).isNotBlank();
        assertThat(ours).as("case '%s' still differs from Hexo", c.name()).isNotEqualTo(hexo);
        List<String> rest = new ArrayList<>(ours);
        List<String> expected = new ArrayList<>(hexo);
        for (String[] change : c.changes()) {
            if (change[0] == null) { // a block only the preview has
                assertThat(rest).as("case '%s': the preview's own block", c.name()).contains(change[1]);
                rest.remove(change[1]);
            } else {
                assertThat(expected).as("case '%s': the stated Hexo block", c.name()).contains(change[0]);
                expected.set(expected.indexOf(change[0]), change[1]);
            }
        }
        assertThat(rest).as("case '%s': Hexo's blocks with exactly the stated differences", c.name()).isEqualTo(expected);
    }

    @Test
    void theTableCoversBothRenderersAndEveryCaseHasHexosOutput() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all).anyMatch(Case::markdownIt).anyMatch(c -> !c.markdownIt());
        assertThat(all).allSatisfy(c -> assertThat(!c.hexo().isBlank() || !c.changes().isEmpty()).as(c.name()).isTrue());
    }

    private static String render(Case c) {
        HexoFlavour flavour = c.markdownIt() ? MARKDOWN_IT : MARKED;
        HexoTagPass pass = new HexoTagPass(flavour);
        Map<String, Object> page = new LinkedHashMap<>(c.page());
        page.put("source", "case.md");
        List<String> files = c.assets().stream().map(a -> "source/_posts/case/" + a).toList();
        BlogFiles blogFiles = rel -> files.contains(rel) ? Optional.of(rel) : Optional.empty();
        RenderRequest request = new RenderRequest(c.markdown(), page, Map.of("post_asset_folder", true),
                Path.of("/tmp/hexo-cases-blog"), blogFiles, SiteLinks.NONE, pass, flavour);
        return new PreviewRenderer(pass, flavour).renderBody(request).html();
    }

    static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        String[] blocks = text.split("(?m)^### ");
        for (int b = 1; b < blocks.length; b++) {
            String[] lines = blocks[b].split("\n", -1);
            Map<String, Object> page = new LinkedHashMap<>();
            List<String> assets = new ArrayList<>();
            List<String> markdown = new ArrayList<>();
            List<String> hexo = new ArrayList<>();
            List<String[]> changes = new ArrayList<>();
            boolean markdownIt = false;
            String reason = "";
            String section = "markdown";
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("--- ")) {
                    section = line.substring(4).strip();
                } else if (section.equals("markdown") && markdown.isEmpty() && line.startsWith("@")) {
                    String rest = line.substring(line.indexOf(' ') + 1);
                    switch (line.substring(0, line.indexOf(' '))) {
                        case "@page" -> page.put(rest.split("=", 2)[0], value(rest.split("=", 2)[1]));
                        case "@asset" -> assets.add(rest.strip());
                        case "@renderer" -> markdownIt = rest.strip().equals("hexo-renderer-markdown-it");
                        default -> throw new IllegalArgumentException(line);
                    }
                } else if (section.equals("markdown")) {
                    markdown.add(line);
                } else if (section.equals("hexo")) {
                    hexo.add(line.startsWith("    ") ? line.substring(4) : line);
                } else if (section.equals("differs")) {
                    if (line.startsWith("reason:")) {
                        reason = line.substring(7).strip();
                    } else if (line.startsWith("- ")) {
                        changes.add(new String[] {block(line), null});
                    } else if (line.startsWith("+ ")) {
                        String[] last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
                        if (last != null && last[0] != null && last[1] == null) {
                            last[1] = block(line);
                        } else {
                            changes.add(new String[] {null, block(line)});
                        }
                    }
                }
            }
            cases.add(new Case(lines[0].strip(), markdownIt, page, assets, String.join("\n", markdown).strip() + "\n",
                    String.join("\n", hexo).strip(), reason, changes));
        }
        return cases;
    }

    /** {@code - TAG text} or {@code + TAG text} as a block ({@code TAG\ttext}). */
    private static String block(String line) {
        return line.substring(2).replaceFirst(" ", "\t");
    }

    private static Object value(String v) {
        return v.equals("true") || v.equals("false") ? Boolean.valueOf(v) : v;
    }
}
