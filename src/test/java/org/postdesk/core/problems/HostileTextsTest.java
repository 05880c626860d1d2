package org.postdesk.core.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Generators;

/** Whatever the author has typed so far, a round of problems ends, and every range lies in the text. */
class HostileTextsTest {

    private static final String[] PIECES = {"![", "](", ")", "]", "[", "<img src=\"", "\">", "{{", "}}", "{%", "%}",
        "\\", "\n", "\r\n", "\r", " ", "a", "图", "😀", "http://x/y.png", "C:\\e\\a.png", "/img/a.png", "---\n", "\"",
        "'", "#", "```\n", "<", ">", "header-img: ", "date: ", "2024-13-45", ":", "\t", "%20", "..", "/"};

    private final BlogView blog = new BlogView(Map.of("baseurl", "/b"), new BlogFiles() {
        @Override
        public Optional<String> realPath(String relPath) {
            return relPath.equalsIgnoreCase("img/a.png") ? Optional.of("img/A.png") : Optional.empty();
        }

        @Override
        public boolean exists(String relPath) {
            return relPath.equals("img/A.png") || relPath.equals("img/a.png");
        }
    }, name -> name.equals("a.png") ? List.of("img/a.png") : List.of(),
            new BlogView.LinkStyle("img", "{{ site.baseurl }}/img/{name}"), null, List.of(), null);

    @Test
    void randomTextsOfLinkPiecesNeverFailAndStayInTheirText() {
        Random random = new Random(31);
        Generator jekyll = Generators.standard().fallback();
        PostProblems finder = new PostProblems(jekyll.templatePass(), jekyll.markdownFlavour());
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder(round % 3 == 0 ? "---\ntitle: t\n" : "");
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            PostDocument doc = PostDocument.ofText(text);
            List<Problem> problems = finder.find(PostText.of("_posts/x.md", doc), blog);
            for (Problem p : problems) {
                assertThat(p.start()).as(text).isBetween(0, text.length());
                assertThat(p.end()).as(text).isBetween(p.start(), text.length());
                assertThat(p.line()).isPositive();
                if (p.repair() != null && p.repair().isTextEdit()) {
                    assertThat(p.repair().appliesTo(doc.text())).as(text).isTrue();
                }
                assertThat(p.english()).isNotBlank();
            }
        }
    }

    @Test
    void tomlFrontMatterIsReadAsTomlWithItsOwnLines() {
        Generator jekyll = Generators.standard().fallback();
        PostProblems finder = new PostProblems(jekyll.templatePass(), jekyll.markdownFlavour());
        List<org.postdesk.core.site.FrontMatterFormat> hugo = List.of(org.postdesk.core.site.FrontMatterFormat.TOML_PLUSES,
                org.postdesk.core.site.FrontMatterFormat.JSON_OBJECT);
        PostDocument ok = PostDocument.parse("\n+++\ntitle = \"t\"\ndraft = true\n+++\nbody\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), hugo);
        assertThat(finder.find(PostText.of("_posts/x.md", ok), blog)).extracting(Problem::kind)
                .doesNotContain(Problem.Kind.FRONT_MATTER_BROKEN);
        PostDocument broken = PostDocument.parse("\n+++\ntitle = \"t\ndraft = true\n+++\nbody\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), hugo);
        List<Problem> problems = finder.find(PostText.of("_posts/x.md", broken), blog);
        assertThat(problems).extracting(Problem::kind).contains(Problem.Kind.FRONT_MATTER_BROKEN);
        Problem p = problems.stream().filter(x -> x.kind() == Problem.Kind.FRONT_MATTER_BROKEN).findFirst().orElseThrow();
        assertThat(p.line()).as("file line of the unclosed string").isEqualTo(3);
        assertThat(p.english()).contains("TOML").doesNotContain("Exception");
    }
}
