package org.postdesk.core.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.SharedFolders;

/** The problems of one post and their repairs (decision record 0031), on real folders. */
class PostProblemsTest {

    private static final String SEED_POST = "_posts/2021-12-17-止付2.9亿.md";
    private static final String JAFV = "JaFvPvvA2J3MKYVlmXC32WtRJEYsPM9zPnJkV1fTFuQHlp5RfDMTFYxuCuQwLSPIWsa9uaW9fnAqO9cEJg31eQ.png";

    @TempDir
    Path dir;

    @Test
    void theSeedPostsTwoExportLinksAreFoundOnTheirFileLinesAndRelinkedInTheBlogsStyle() throws IOException {
        Path seed = SharedFolders.seedBlog();
        SharedFolders.assumePresent(Files.isDirectory(seed), seed);
        ProblemsBlog blog = new ProblemsBlog(SharedFolders.writableCopy(seed, dir.resolve("seed")));
        List<Problem> problems = blog.problems(SEED_POST);
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        assertThat(errors).hasSize(2).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.IMAGE_EXPORT_PATH);
            assertThat(p.endLine()).isEqualTo(p.line() + 1); // the path runs over a line break
            assertThat(p.repair().kind()).isEqualTo(Repair.Kind.RELINK);
            assertThat(p.repair().replacement()).isEqualTo("{{site.baseurl}}/postimg/" + JAFV);
            assertThat(p.repair().expected()).startsWith("2021-12-17\n止付，2.9亿！\\\\JaFv").endsWith(".png");
        });
        assertThat(errors).extracting(Problem::line).containsExactly(43, 51);
        String text = blog.text(SEED_POST);
        String fixed = errors.get(0).repair().applyTo(errors.get(1).repair().applyTo(text)); // the later one first
        assertThat(fixed).doesNotContain("2021-12-17\n止付，2.9亿！\\\\")
                .contains("**被骗冻结资金集中返还仪式**![]({{site.baseurl}}/postimg/" + JAFV + ")");
        assertThat(fixed.length() - text.length()).isEqualTo(2 * ("{{site.baseurl}}/postimg/".length()
                - "2021-12-17\n止付，2.9亿！\\\\".length()));
        assertThat(problems).noneMatch(p -> p.kind() == Problem.Kind.HEADER_IMAGE_MISSING);
        assertThat(errors.get(0).english()).as("a long link is shortened in the middle").startsWith(
                "Image \"2021-12-17 止付，2.9亿！\\JaFvPv\u2026LSPIWsa9uaW9fnAqO9cEJg31eQ.png\" is a path from a folder");
    }

    @Test
    void aBrokenLinkWhoseNameIsOnceInTheImageFolderIsRelinkedChineseNamesAndSpacesIncluded() {
        ProblemsBlog blog = ProblemsBlog.styled(dir).bytes("postimg/春日 徒步.png", new byte[] {4})
                .file("_posts/2024-02-01-trip.md", "---\ntitle: 春日\n---\n\n看：![山](<D:\\导出\\春日 徒步.png> \"山\")\n");
        Problem p = only(blog.problems("_posts/2024-02-01-trip.md"), Problem.Kind.IMAGE_EXPORT_PATH);
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(9);
        assertThat(p.repair().expected()).isEqualTo("D:\\导出\\春日 徒步.png");
        assertThat(p.repair().applyTo(blog.text("_posts/2024-02-01-trip.md")))
                .endsWith("看：![山](<{{ site.baseurl }}/postimg/春日%20徒步.png> \"山\")\n");
    }

    @Test
    void twoFilesOfTheSameNameGiveNoAutomaticRelink() {
        ProblemsBlog blog = ProblemsBlog.styled(dir).bytes("img/a.png", new byte[] {9})
                .file("_posts/2024-02-01-x.md", "---\ntitle: x\n---\n![](old/a.png)\n");
        Problem p = only(blog.problems("_posts/2024-02-01-x.md"), Problem.Kind.IMAGE_MISSING);
        assertThat(p.repair()).isNull();
        assertThat(p.english()).contains("old/a.png").contains("points to no file");
    }

    @Test
    void aSymlinkedImageFolderLeadingOutOfTheBlogIsNoRepairTarget() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.write(outside.resolve("secret.png"), new byte[] {7});
        ProblemsBlog blog = ProblemsBlog.styled(dir.resolve("blog"));
        Files.createSymbolicLink(blog.root.resolve("postimg/linked"), outside);
        Files.createSymbolicLink(blog.root.resolve("pics"), outside);
        blog.file("_posts/2024-02-01-x.md", "---\ntitle: x\n---\n![](/pics/secret.png)\n![](/gone/secret.png)\n"
                + "![](../outside/secret.png)\n![](/postimg/linked/secret.png)\n");
        List<Problem> problems = blog.problems("_posts/2024-02-01-x.md");
        assertThat(problems).filteredOn(Problem::isError).hasSize(4)
                .allSatisfy(p -> assertThat(p.repair()).as(p.english()).isNull());
    }

    @Test
    void aLinkToOutsideTheBlogIsAProblemWhoseRepairStaysInside() {
        ProblemsBlog blog = ProblemsBlog.styled(dir.resolve("blog"));
        blog.file("_posts/2024-02-01-x.md", "---\ntitle: x\n---\n![](../../outside/a.png)\n");
        Problem p = blog.problems("_posts/2024-02-01-x.md").stream().filter(Problem::isError).findFirst().orElseThrow();
        assertThat(p.repair()).isNotNull();
        assertThat(p.repair().replacement()).isEqualTo("{{ site.baseurl }}/postimg/a.png");
    }

    @Test
    void aNameThatDiffersOnlyInCaseGetsTheRealNameAndNothingElseOfTheLinkChanges() {
        ProblemsBlog blog = ProblemsBlog.styled(dir).bytes("postimg/Photo.PNG", new byte[] {5})
                .file("_posts/2024-02-01-x.md", "---\ntitle: x\n---\n\n![p]({{ site.baseurl }}/postimg/photo.png)\n"
                        + "<img src=\"/postimg/PHOTO.png\" alt=\"x\">\n");
        List<Problem> problems = blog.problems("_posts/2024-02-01-x.md");
        assertThat(problems).filteredOn(p -> p.kind() == Problem.Kind.IMAGE_WRONG_CASE).hasSize(2)
                .allSatisfy(p -> {
                    assertThat(p.repair().kind()).isEqualTo(Repair.Kind.REAL_NAME);
                    assertThat(p.repair().replacement()).isEqualTo("postimg/Photo.PNG");
                });
        String text = blog.text("_posts/2024-02-01-x.md");
        String fixed = problems.get(0).repair().applyTo(problems.get(1).repair().applyTo(text));
        assertThat(fixed).endsWith("![p]({{ site.baseurl }}/postimg/Photo.PNG)\n<img src=\"/postimg/Photo.PNG\" alt=\"x\">\n");
    }

    @Test
    void aWebImageOffersTheDownloadAndIsNoError() {
        ProblemsBlog blog = ProblemsBlog.styled(dir)
                .file("_posts/2024-02-01-x.md", "---\ntitle: x\n---\n![w](https://example.com/a.png)\n");
        Problem p = only(blog.problems("_posts/2024-02-01-x.md"), Problem.Kind.WEB_IMAGE);
        assertThat(p.severity()).isEqualTo(Problem.Severity.INFO);
        assertThat(p.repair().kind()).isEqualTo(Repair.Kind.DOWNLOAD);
        assertThat(p.repair().isTextEdit()).isFalse();
        assertThat(p.english()).contains("web image");
    }

    @Test
    void aMissingHeaderImageIsOnItsKeysLineAndRelinkedInTheHeaderStyle() {
        ProblemsBlog blog = ProblemsBlog.styled(dir)
                .file("_posts/2024-02-01-x.md", "---\ntitle: x\nheader-img: \"images/head.png\"\n---\nbody\n");
        Problem p = only(blog.problems("_posts/2024-02-01-x.md"), Problem.Kind.HEADER_IMAGE_MISSING);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.english()).contains("header image").contains("missing");
        assertThat(p.repair().replacement()).isEqualTo("img/head.png");
        assertThat(p.repair().applyTo(blog.text("_posts/2024-02-01-x.md"))).contains("header-img: \"img/head.png\"\n");
    }

    @Test
    void brokenFrontMatterLiquidErrorsAndIgnoredNamesAreProblemsToo() {
        ProblemsBlog blog = ProblemsBlog.styled(dir)
                .file("_posts/2024-02-01-fm.md", "---\ntitle: \"open\nlayout: post\n---\nbody\n")
                .file("_posts/2024-02-02-liquid.md", "---\ntitle: l\n---\none\n{% if x %}\nnever closed\n")
                .file("_posts/旅行日记.md", "---\ntitle: Trip\ndate: 2024-03-04\n---\nbody\n");
        assertThat(blog.problems("_posts/2024-02-01-fm.md")).extracting(Problem::kind)
                .contains(Problem.Kind.FRONT_MATTER_BROKEN);
        Problem liquid = only(blog.problems("_posts/2024-02-02-liquid.md"), Problem.Kind.LIQUID_ERROR);
        assertThat(liquid.line()).isEqualTo(5);
        Problem name = only(blog.problems("_posts/旅行日记.md"), Problem.Kind.IGNORED_NAME);
        assertThat(name.repair().kind()).isEqualTo(Repair.Kind.RENAME);
        assertThat(name.repair().replacement()).startsWith("2024-03-04-").endsWith(".md");
    }

    @Test
    void aDateJekyllCannotReadIsAnErrorOnItsLine() {
        ProblemsBlog blog = ProblemsBlog.styled(dir)
                .file("_posts/2024-02-01-d.md", "---\ntitle: d\ndate: 2024-13-45 10:00\n---\nbody\n")
                .file("_posts/2024-02-02-ok.md", "---\ntitle: ok\ndate: 2024-02-02 10:00:00 +0800\n---\nbody\n");
        Problem p = only(blog.problems("_posts/2024-02-01-d.md"), Problem.Kind.BAD_DATE);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.isError()).isTrue();
        assertThat(p.english()).contains("2024-13-45 10:00").contains("Invalid date");
        assertThat(blog.problems("_posts/2024-02-02-ok.md")).isEmpty();
    }

    @Test
    void aHeaderImageOnThisComputerOrOutsideTheBlogIsMissingWithoutFailing() {
        ProblemsBlog blog = ProblemsBlog.styled(dir)
                .file("_posts/2024-01-03-h.md", "---\ntitle: h\nheader-img: img/head.png\n---\nbody\n")
                .file("_posts/2024-02-01-c.md", "---\ntitle: c\nheader-img: C:\\Users\\me\\head.png\n---\nbody\n")
                .file("_posts/2024-02-02-o.md", "---\ntitle: o\nheader-img: ../../../etc/head.png\n---\nbody\n");
        Problem c = only(blog.problems("_posts/2024-02-01-c.md"), Problem.Kind.HEADER_IMAGE_MISSING);
        assertThat(c.english()).contains("C:\\Users\\me\\head.png");
        assertThat(c.repair().replacement()).as("one head.png in the image folders").isEqualTo("img/head.png");
        Problem o = only(blog.problems("_posts/2024-02-02-o.md"), Problem.Kind.HEADER_IMAGE_MISSING);
        assertThat(o.line()).isEqualTo(3);
    }

    @Test
    void aRelinkThatWouldNotLeadToTheFileIsNotOffered() {
        // the only header links are broken ones: the style learned from them leads nowhere
        ProblemsBlog blog = new ProblemsBlog(dir).file("_config.yml", "baseurl: \"\"\n")
                .bytes("img/head.png", new byte[] {1})
                .file("_posts/2024-02-02-o.md", "---\ntitle: o\nheader-img: ../../../img/head.png\n---\nbody\n");
        Problem o = only(blog.problems("_posts/2024-02-02-o.md"), Problem.Kind.HEADER_IMAGE_MISSING);
        assertThat(o.repair()).isNull();
    }

    @Test
    void anImageInAFencedCodeBlockIsNoProblem() {
        ProblemsBlog blog = ProblemsBlog.styled(dir)
                .file("_posts/2024-02-01-x.md", "---\ntitle: x\n---\n```\n![](C:\\nowhere\\a.png)\n```\n");
        assertThat(blog.problems("_posts/2024-02-01-x.md")).isEmpty();
    }

    @Test
    void crlfFilesGiveOffsetsOfTheirOwnText() {
        ProblemsBlog blog = ProblemsBlog.styled(dir).file("_posts/2024-02-01-x.md",
                "---\r\ntitle: x\r\n---\r\n\r\ntext\r\n![](gone\\b.png)\r\nend");
        Problem p = only(blog.problems("_posts/2024-02-01-x.md"), Problem.Kind.IMAGE_EXPORT_PATH);
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.repair().applyTo(blog.text("_posts/2024-02-01-x.md")))
                .isEqualTo("---\r\ntitle: x\r\n---\r\n\r\ntext\r\n![]({{ site.baseurl }}/postimg/b.png)\r\nend");
    }

    @Test
    void aStaleRepairIsRefused() {
        Repair r = new Repair(Repair.Kind.RELINK, 2, 5, "abc", "x");
        assertThat(r.appliesTo("..abc..")).isTrue();
        assertThat(r.appliesTo("..abd..")).isFalse();
        assertThat(r.appliesTo("..ab")).isFalse();
    }

    @Test
    void everySentenceExistsInEnglishAndChineseWithTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Problem.Kind kind : Problem.Kind.values()) {
            assertThat(en).containsKey("problem." + kind.key());
        }
        for (Repair.Kind kind : Repair.Kind.values()) {
            assertThat(en).containsKey("repair." + kind.name().toLowerCase(Locale.ROOT));
        }
        Problem p = new Problem(Problem.Kind.IMAGE_MISSING, Problem.Severity.ERROR, 0, 1, 1, 1, 1,
                List.of("a'b.png", "a'b.png"), null);
        assertThat(new ProblemTexts(Locale.SIMPLIFIED_CHINESE).sentence(p)).contains("图片“a'b.png”");
        assertThat(ProblemTexts.ENGLISH.sentence(p)).isEqualTo("Image \"a'b.png\" points to no file in the blog"
                + " (looked for a'b.png).");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/org/postdesk/core/problems", name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Problem only(List<Problem> problems, Problem.Kind kind) {
        List<Problem> of = problems.stream().filter(p -> p.kind() == kind).toList();
        assertThat(of).as("problems %s", problems).hasSize(1);
        return of.get(0);
    }
}
