package org.postdesk.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * Where front matter starts and ends in each generator's forms, checked against the rules of
 * hexo-front-matter's split and Hugo's page lexer (docs/decisions/0037).
 */
class PostDocumentFormsTest {
    static final List<FrontMatterFormat> HEXO = List.of(FrontMatterFormat.YAML_DASHES,
            FrontMatterFormat.YAML_UNOPENED, FrontMatterFormat.JSON_SEMICOLONS);
    static final List<FrontMatterFormat> HUGO = List.of(FrontMatterFormat.TOML_PLUSES,
            FrontMatterFormat.YAML_DASHES, FrontMatterFormat.JSON_OBJECT);
    private static final FrontMatterFormat NONE = null;

    static Stream<Arguments> cases() {
        return Stream.of(
                // Hexo
                Arguments.of("hexo dashes", HEXO, "---\ntitle: a\n---\nbody\n", FrontMatterFormat.YAML_DASHES, "title: a\n", "body\n"),
                Arguments.of("hexo long dashes", HEXO, "------\ntitle: a\n------\nbody", FrontMatterFormat.YAML_DASHES, "title: a\n", "body"),
                Arguments.of("hexo unbalanced dashes", HEXO, "------\ntitle: a\n---\nbody", NONE, "", "------\ntitle: a\n---\nbody"),
                Arguments.of("hexo unopened", HEXO, "title: a\ndate: 2020-01-01\n---\nbody\n---\nmore", FrontMatterFormat.YAML_UNOPENED,
                        "title: a\ndate: 2020-01-01\n", "body\n---\nmore"),
                Arguments.of("hexo unopened crlf", HEXO, "title: a\r\n---\r\nbody\r\n", FrontMatterFormat.YAML_UNOPENED, "title: a\r\n", "body\r\n"),
                Arguments.of("hexo unopened long separator", HEXO, "title: a\n------\nbody", FrontMatterFormat.YAML_UNOPENED, "title: a\n", "body"),
                Arguments.of("hexo prose before a rule is body", HEXO, "Just a sentence\n\n---\n\nmore", NONE, "", "Just a sentence\n\n---\n\nmore"),
                Arguments.of("hexo no separator at all", HEXO, "title: a\nbody", NONE, "", "title: a\nbody"),
                Arguments.of("hexo inline separator", HEXO, "---foo\n---\nbar", NONE, "", "---foo\n---\nbar"),
                Arguments.of("hexo json unopened", HEXO, "\"title\": \"a\",\n\"tags\": [\"x\"]\n;;;\nbody", FrontMatterFormat.JSON_SEMICOLONS,
                        "\"title\": \"a\",\n\"tags\": [\"x\"]\n", "body"),
                Arguments.of("hexo json opened", HEXO, ";;;\n\"title\": \"a\"\n;;;\nbody", FrontMatterFormat.JSON_SEMICOLONS, "\"title\": \"a\"\n", "body"),
                Arguments.of("hexo json that does not parse is body", HEXO, ";;;\n{\"title\": \"a\"}\n;;;\nbody", NONE, "",
                        ";;;\n{\"title\": \"a\"}\n;;;\nbody"),
                Arguments.of("hexo yaml that is not a map is body", HEXO, "---\njust words\n---\nbody", NONE, "", "---\njust words\n---\nbody"),
                Arguments.of("hexo empty block is body", HEXO, "---\n---\nbody", NONE, "", "---\n---\nbody"),
                Arguments.of("hexo dots do not close", HEXO, "---\ntitle: a\n...\nbody", NONE, "", "---\ntitle: a\n...\nbody"),
                // Hugo
                Arguments.of("hugo toml", HUGO, "+++\ntitle = \"a\"\n+++\nbody\n", FrontMatterFormat.TOML_PLUSES, "title = \"a\"\n", "body\n"),
                Arguments.of("hugo toml crlf", HUGO, "+++\r\ntitle = 'a'\r\n+++\r\nbody", FrontMatterFormat.TOML_PLUSES, "title = 'a'\r\n", "body"),
                Arguments.of("hugo yaml", HUGO, "---\ntitle: a\n---\nbody", FrontMatterFormat.YAML_DASHES, "title: a\n", "body"),
                Arguments.of("hugo json", HUGO, "{\n  \"title\": \"a }\"\n}\nbody", FrontMatterFormat.JSON_OBJECT, "{\n  \"title\": \"a }\"\n}", "body"),
                Arguments.of("hugo blank lines first", HUGO, "\n\n  +++\ntitle = 1\n+++\nbody", FrontMatterFormat.TOML_PLUSES, "title = 1\n", "body"),
                Arguments.of("hugo second byte-order mark", HUGO, "\uFEFF---\ntitle: a\n---\nbody", FrontMatterFormat.YAML_DASHES, "title: a\n", "body"),
                Arguments.of("hugo closing line only starts with the fence", HUGO, "+++\na = 1\n+++ tail\nbody", FrontMatterFormat.TOML_PLUSES,
                        "a = 1\n", " tail\nbody"),
                Arguments.of("hugo unclosed toml is body", HUGO, "+++\na = 1\nbody", NONE, "", "+++\na = 1\nbody"),
                Arguments.of("hugo unclosed json is body", HUGO, "{\"a\": 1\nbody", NONE, "", "{\"a\": 1\nbody"),
                Arguments.of("hugo fence inside a multi-line string closes", HUGO, "+++\na = \"\"\"\n+++\n\"\"\"\n+++\nbody",
                        FrontMatterFormat.TOML_PLUSES, "a = \"\"\"\n", "\"\"\"\n+++\nbody"),
                Arguments.of("hugo heading first", HUGO, "# Title\n+++\n", NONE, "", "# Title\n+++\n"),
                // Jekyll keeps its rules: no front matter without an opening line
                Arguments.of("jekyll unopened is body", PostDocument.JEKYLL_FORMATS, "title: a\n---\nbody", NONE, "", "title: a\n---\nbody"),
                Arguments.of("jekyll dots close", PostDocument.JEKYLL_FORMATS, "---\ntitle: a\n...\nbody", FrontMatterFormat.YAML_DASHES,
                        "title: a\n", "body"),
                Arguments.of("jekyll toml is body", PostDocument.JEKYLL_FORMATS, "+++\na = 1\n+++\nbody", NONE, "", "+++\na = 1\n+++\nbody"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsAsTheGeneratorDoes(String name, List<FrontMatterFormat> formats, String text, FrontMatterFormat form,
            String frontMatter, String body) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        PostDocument doc = PostDocument.parse(bytes, formats);
        assertThat(doc.format().orElse(null)).isEqualTo(form);
        assertThat(doc.hasFrontMatter()).isEqualTo(form != null);
        assertThat(doc.frontMatter()).isEqualTo(frontMatter);
        assertThat(doc.body()).isEqualTo(body);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(doc.withFrontMatter(doc.frontMatter()).withEditorBody(doc.bodyForEditor()).toBytes()).isEqualTo(bytes);
    }

    @Test
    void twoByteOrderMarksKeepBothAndHugoReadsTheFrontMatter() {
        byte[] bytes = "\uFEFF\uFEFF---\ntitle: 两个\n---\n正文".getBytes(StandardCharsets.UTF_8);
        PostDocument doc = PostDocument.parse(bytes, HUGO);
        assertThat(doc.hasBom()).isTrue();
        assertThat(doc.frontMatter()).isEqualTo("title: 两个\n");
        assertThat(doc.opening()).isEqualTo("\uFEFF---\n");
        assertThat(doc.body()).isEqualTo("正文");
        assertThat(doc.frontMatterStartLine()).isEqualTo(2);
        assertThat(doc.bodyStartLine()).isEqualTo(4);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        // Jekyll does not see front matter behind a second mark
        assertThat(PostDocument.parse(bytes).hasFrontMatter()).isFalse();
    }

    @Test
    void lineNumbersCountFromTheRealFirstFrontMatterLine() {
        PostDocument unopened = PostDocument.parse("title: a\ndate: 2020-01-01\n---\nbody".getBytes(StandardCharsets.UTF_8), HEXO);
        assertThat(unopened.frontMatterStartLine()).isEqualTo(1);
        assertThat(unopened.bodyStartLine()).isEqualTo(4);
        PostDocument blankFirst = PostDocument.parse("\n\n+++\na = 1\n+++\nbody".getBytes(StandardCharsets.UTF_8), HUGO);
        assertThat(blankFirst.frontMatterStartLine()).isEqualTo(4);
        assertThat(blankFirst.bodyStartLine()).isEqualTo(6);
    }

    @Test
    void newFrontMatterTakesTheSitesFirstForm() {
        PostDocument toml = PostDocument.parse("Body\n".getBytes(StandardCharsets.UTF_8), HUGO);
        assertThat(toml.withFrontMatter("title = \"a\"\n").text()).isEqualTo("+++\ntitle = \"a\"\n+++\nBody\n");
        PostDocument json = PostDocument.parse("Body\r\n".getBytes(StandardCharsets.UTF_8), List.of(FrontMatterFormat.JSON_OBJECT));
        assertThat(json.withFrontMatter("{\"title\": \"a\"}").text()).isEqualTo("{\"title\": \"a\"}\r\nBody\r\n");
        String reread = new String(json.withFrontMatter("{\"title\": \"a\"}").toBytes(), StandardCharsets.UTF_8);
        assertThat(PostDocument.parse(reread.getBytes(StandardCharsets.UTF_8), HUGO).frontMatter()).isEqualTo("{\"title\": \"a\"}");
    }

    @Test
    void hugeUnclosedFrontMatterIsBodyWithoutDelay() {
        String text = "title: x\n" + "word ".repeat(400_000);
        long start = System.nanoTime();
        PostDocument doc = PostDocument.parse(text.getBytes(StandardCharsets.UTF_8), HEXO);
        assertThat(doc.hasFrontMatter()).isFalse();
        PostDocument hugo = PostDocument.parse(("+++\n" + text).getBytes(StandardCharsets.UTF_8), HUGO);
        assertThat(hugo.hasFrontMatter()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
