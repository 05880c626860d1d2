package org.postdesk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jekyll's folder and config names are the adapter's knowledge: outside
 * {@code core.site.jekyll} no main source file writes {@code "_posts"}, {@code "_drafts"} or
 * {@code "_config.yml"} in a string literal; code asks the site instead (docs/decisions/0029,
 * step 2). Comments may name them (they give Jekyll as the example). Tests are not checked.
 */
class JekyllFoldersStayInTheAdapterTest {
    private static final Path MAIN = Path.of("src/main/java/org/postdesk");
    private static final Pattern JEKYLL_NAME = Pattern.compile("(^|[^A-Za-z0-9_])_(posts|drafts)([^A-Za-z0-9_]|$)|_config\\.yml");

    /**
     * The generator adapters that name such folders as their own rules: Jekyll's, and Hexo's
     * ({@code source/_posts}, {@code source/_drafts} and its own {@code _config.yml}, decision record 0038).
     */
    private static final List<String> ADAPTERS = List.of("core/site/jekyll/", "core/site/hexo/");

    /** Files allowed to keep such a literal, with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "cli/RenderCommand.java", "its --help text describes the render of a Jekyll blog, the one generator"
                    + " Postdesk ships; the help becomes the generators' own words when a second one arrives",
            "cli/NewCommand.java", "its --help text says where a new Jekyll post goes (same reason)",
            "app/SampleBlog.java", "the bundled sample blog is a Jekyll blog; its own _config.yml is the file that"
                    + " says it was copied already (a fact about the resource, not a rule about blogs)");

    @Test
    void noMainSourceOutsideTheAdapterNamesJekyllsFolders() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String rel = MAIN.relativize(file).toString().replace('\\', '/');
                if (ADAPTERS.stream().anyMatch(rel::startsWith) || ALLOWED.containsKey(rel)) {
                    continue;
                }
                for (String literal : literals(Files.readString(file))) {
                    if (JEKYLL_NAME.matcher(literal).find()) {
                        found.add(rel + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("ask the site (folders(), naming(), newPosts(), Generator.starterFolder())").isEmpty();
    }

    @Test
    void theScannerFindsLiteralsInCodeAndSkipsComments() {
        String code = """
                // not this: "_posts"
                /* nor this "_drafts/" */
                String a = "travel/_drafts/" + x; char q = '"'; String b = "say \\"_posts\\"";
                String c = "_config.yml"; String d = "my_posts_here"; String e = "Writes _posts/x.md";
                """;
        List<String> hits = literals(code).stream().filter(l -> JEKYLL_NAME.matcher(l).find()).toList();
        assertThat(hits).containsExactly("travel/_drafts/", "say \\\"_posts\\\"", "_config.yml", "Writes _posts/x.md");
        assertThat(literals(code)).contains("say \\\"_posts\\\"", "my_posts_here");
    }

    @Test
    void everyAllowanceStillHoldsALiteral() throws IOException {
        for (String rel : ALLOWED.keySet()) {
            List<String> literals = literals(Files.readString(MAIN.resolve(rel)));
            assertThat(literals).as(rel + " no longer needs its allowance")
                    .anyMatch(l -> JEKYLL_NAME.matcher(l).find());
        }
    }

    /** The contents of the string literals of Java source, comments and char literals skipped. */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i++;
                while (i < n && source.charAt(i) != '\'') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int start = i + (block ? 3 : 1);
                int j = start;
                while (j < n && !(block ? source.startsWith("\"\"\"", j) : source.charAt(j) == '"')) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(source.substring(start, Math.min(j, n)));
                i = j + (block ? 3 : 1);
            } else {
                i++;
            }
        }
        return out;
    }
}
