package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;

/** TOML and JSON front matter read and edited as an author would check it (docs/decisions/0037). */
class DataFrontMatterTest {
    private static final FrontMatterFormat TOML = FrontMatterFormat.TOML_PLUSES;
    private static final FrontMatterFormat JSON = FrontMatterFormat.JSON_OBJECT;
    private static final FrontMatterFormat MEMBERS = FrontMatterFormat.JSON_SEMICOLONS;

    private static final String HUGO_TOML = """
            title = "Hello, 世界"
            date = 2019-03-01T10:00:00+08:00
            draft = true
            tags = ["go", 'web']  # two tags
            weight = 10

            [params]
              author = "me"
            """;

    private static FrontMatterDocument toml(String text) {
        return FrontMatterDocument.parse(text, TOML, List.of());
    }

    private static FrontMatterDocument post(String file, List<FrontMatterFormat> forms) {
        return FrontMatterDocument.of(PostDocument.parse(file.getBytes(StandardCharsets.UTF_8), forms));
    }

    @Test
    void tomlReadsAsTheFormShowsIt() {
        FrontMatterDocument doc = toml(HUGO_TOML);
        assertThat(doc.isValid()).isTrue();
        assertThat(doc.keys()).containsExactly("title", "date", "draft", "tags", "weight", "params");
        assertThat(doc.string("title")).contains("Hello, 世界");
        assertThat(doc.get("draft").orElseThrow().kind()).isEqualTo(FieldKind.BOOLEAN);
        assertThat(doc.stringList("tags")).containsExactly("go", "web");
        FrontMatterDate date = (FrontMatterDate) doc.get("date").orElseThrow().value();
        assertThat(date.dateTime()).isEqualTo(LocalDateTime.of(2019, 3, 1, 10, 0));
        assertThat(date.offset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(doc.get("params").orElseThrow().kind()).isEqualTo(FieldKind.MAP);
        Map<String, Object> page = doc.toPageMap();
        assertThat(page.get("title")).isEqualTo("Hello, 世界");
        assertThat(page.get("weight")).isEqualTo(10L);
        assertThat(page.get("params")).isEqualTo(Map.of("author", "me"));
        assertThat(doc.get("weight").orElseThrow().line()).isEqualTo(5);
    }

    @Test
    void tomlEditsChangeOnlyTheValueText() {
        FrontMatterDocument doc = toml(HUGO_TOML);
        assertThat(doc.withString("title", "新 \"标题\"").text())
                .isEqualTo(HUGO_TOML.replace("\"Hello, 世界\"", "\"新 \\\"标题\\\"\""));
        assertThat(doc.withBoolean("draft", false).text()).isEqualTo(HUGO_TOML.replace("draft = true", "draft = false"));
        assertThat(doc.withList("tags", List.of("go", "rust")).text())
                .isEqualTo(HUGO_TOML.replace("[\"go\", 'web']", "[\"go\", \"rust\"]"));
        FrontMatterDate when = new FrontMatterDate(LocalDateTime.of(2020, 5, 6, 7, 8, 9), true, ZoneOffset.ofHours(8), "");
        assertThat(doc.withDate("date", when).text()).isEqualTo(HUGO_TOML.replace("2019-03-01T10:00:00+08:00", "2020-05-06T07:08:09+08:00"));
        assertThat(doc.without("weight").text()).isEqualTo(HUGO_TOML.replace("weight = 10\n", ""));
        assertThat(doc.withYaml("weight", "3").text()).isEqualTo(HUGO_TOML.replace("weight = 10", "weight = 3"));
    }

    @Test
    void aNewTomlKeyGoesBeforeTheFirstTableInTheFilesStyle() {
        FrontMatterDocument doc = toml(HUGO_TOML.replace("\n", "\r\n"));
        String edited = doc.withString("description", "d").text();
        assertThat(edited).contains("weight = 10\r\ndescription = \"d\"\r\n\r\n[params]");
        assertThat(toml(edited).get("params").orElseThrow().value()).isEqualTo(Map.of("author", "me"));
        assertThat(toml("[params]\nx = 1\n").withBoolean("draft", true).text()).isEqualTo("draft = true\n[params]\nx = 1\n");
        assertThat(toml("a=1\n").withString("b", "x").text()).isEqualTo("a=1\nb=\"x\"\n");
    }

    @Test
    void tomlStringsKeepTheirQuotingWhenTheyCan() {
        assertThat(toml("title = 'C:\\path'\n").withString("title", "D:\\x").text()).isEqualTo("title = 'D:\\x'\n");
        assertThat(toml("title = 'a'\n").withString("title", "it's").text()).isEqualTo("title = \"it's\"\n");
        assertThat(toml("s = \"\"\"\none\ntwo\"\"\"\n").withString("s", "three\nfour").text())
                .isEqualTo("s = \"\"\"three\nfour\"\"\"\n");
        assertThat(toml("s = '''\nraw\n'''\n").withString("s", "x\\y").text()).isEqualTo("s = '''x\\y'''\n");
        String multi = "tags = [\n  \"a\",\n  \"b\",\n]\n";
        assertThat(toml(multi).withList("tags", List.of("c", "d", "e")).text())
                .isEqualTo("tags = [\n  \"c\",\n  \"d\",\n  \"e\",\n]\n");
    }

    @Test
    void tablesAndDottedKeysAreRefusedWithASentence() {
        FrontMatterDocument doc = toml(HUGO_TOML);
        assertThatThrownBy(() -> doc.withString("params", "x")).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("TOML table").hasMessageEndingWith("kept as it was.");
        assertThatThrownBy(() -> toml("site.name = \"a\"\n").without("site")).isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> doc.withYaml("title", "")).hasMessageContaining("TOML has no empty value");
        assertThatThrownBy(() -> doc.withYaml("title", "{a: 1}")).hasMessageContaining("lists of texts");
    }

    @Test
    void aFenceInsideATomlMultiLineStringIsWhereHugoStops() {
        String file = "+++\ntitle = \"\"\"\n+++\n\"\"\"\n+++\nBody\n";
        PostDocument post = PostDocument.parse(file.getBytes(StandardCharsets.UTF_8), FormsCorpusTest.HUGO);
        FrontMatterDocument doc = FrontMatterDocument.of(post);
        assertThat(doc.isValid()).isFalse();
        YamlProblem p = doc.problem().orElseThrow();
        assertThat(p.line()).isBetween(1, 2);
        assertThat(p.message()).startsWith("The TOML does not parse here:").doesNotContain("Exception");
        assertThatThrownBy(() -> doc.withString("title", "x")).hasMessageContaining("not valid TOML");
    }

    @Test
    void anEditThatWouldPutAFenceLineInTheBlockIsRefused() {
        String file = "+++\ntitle = \"\"\"\nold\"\"\"\n+++\nBody\n";
        FrontMatterDocument doc = post(file, FormsCorpusTest.HUGO);
        assertThatThrownBy(() -> doc.withString("title", "a\n+++\nb")).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("end the front matter early");
        // YAML writes a line break in a value as an escape (or indented), so a "---" in it closes nothing
        FrontMatterDocument unopened = post("title: |\n  old\n---\nBody\n", FormsCorpusTest.HEXO);
        assertThat(unopened.withString("title", "a\n---\nb").string("title")).contains("a\n---\nb");
        // the same text is fine where it cannot close anything
        assertThat(doc.withString("title", "a\n++ +\nb").string("title")).contains("a\n++ +\nb");
    }

    @Test
    void deepNestingAndBrokenBlocksGiveASentenceNotACrash() {
        FrontMatterDocument deepToml = toml("a = " + "[".repeat(100_000) + "\n");
        assertThat(deepToml.problem().orElseThrow().message()).contains("levels deep");
        FrontMatterDocument deepJson = FrontMatterDocument.parse("{\"a\": " + "[".repeat(100_000) + "}", JSON, List.of());
        assertThat(deepJson.problem().orElseThrow().message()).contains("levels deep");
        FrontMatterDocument unclosed = toml("title = \"open\ndate = 2020-01-01\n");
        assertThat(unclosed.problem().orElseThrow().line()).isEqualTo(1);
        FrontMatterDocument comma = FrontMatterDocument.parse("{\n  \"a\": 1,\n}", JSON, List.of());
        assertThat(comma.problem().orElseThrow()).isEqualTo(new YamlProblem(3, 1, "The JSON does not parse here:"
                + " Expected a key in double quotes here."));
    }

    @Test
    void hugeValuesAreWrittenWhole() {
        String big = "字".repeat(500_000);
        FrontMatterDocument doc = toml(HUGO_TOML).withString("title", big);
        assertThat(doc.string("title")).contains(big);
        FrontMatterDocument json = FrontMatterDocument.parse("{\"title\": \"x\"}", JSON, List.of()).withString("title", big);
        assertThat(json.string("title")).contains(big);
    }

    @Test
    void jsonObjectReadsAndEditsInPlace() {
        String text = "{\n  \"title\": \"a } b\",\n  \"tags\": [\"x\", \"y\"],\n  \"draft\": false,\n  \"n\": 1.5\n}";
        FrontMatterDocument doc = FrontMatterDocument.parse(text, JSON, List.of());
        assertThat(doc.keys()).containsExactly("title", "tags", "draft", "n");
        assertThat(doc.toPageMap()).containsEntry("n", 1.5).containsEntry("draft", false);
        assertThat(doc.withString("title", "新\n\"t\"").text()).isEqualTo(text.replace("\"a } b\"", "\"新\\n\\\"t\\\"\""));
        assertThat(doc.withString("slug", "s").text()).isEqualTo(text.replace("1.5\n}", "1.5,\n  \"slug\": \"s\"\n}"));
        assertThat(doc.without("draft").text()).isEqualTo(text.replace("  \"draft\": false,\n", ""));
        assertThat(doc.without("n").text()).isEqualTo(text.replace(",\n  \"n\": 1.5", ""));
        assertThat(doc.withYaml("draft", "").text()).contains("\"draft\": null");
        assertThat(FrontMatterDocument.parse("{\"a\": 1}", JSON, List.of()).withBoolean("b", true).text())
                .isEqualTo("{\"a\": 1, \"b\": true}");
        assertThat(FrontMatterDocument.parse("{\"a\": 1}", JSON, List.of()).without("a").text()).isEqualTo("{}");
        assertThat(FrontMatterDocument.parse("{\"a\": 1, \"a\": 2}", JSON, List.of()).toPageMap()).containsEntry("a", 2L);
    }

    @Test
    void aTitleEditChangesOneLineInEveryForm() {
        String[][] files = {
                {"hexo dashes", "---\ntitle: Old\ndate: 2020-01-01\n---\nBody\n"},
                {"hexo unopened", "title: Old\ndate: 2020-01-01\n---\nBody\n"},
                {"hexo json", "\"title\": \"Old\",\n\"date\": \"2020-01-01\"\n;;;\nBody\n"},
                {"hexo json opened", ";;;\n\"title\": \"Old\",\n\"date\": \"2020-01-01\"\n;;;\nBody\n"},
                {"hugo toml", "+++\ntitle = \"Old\"\ndate = 2020-01-01\n+++\nBody\n"},
                {"hugo json", "{\n  \"title\": \"Old\",\n  \"date\": \"2020-01-01\"\n}\nBody\n"},
                {"hugo yaml after two marks", "\uFEFF\uFEFF---\ntitle: Old\n---\nBody\n"},
        };
        for (String[] f : files) {
            List<FrontMatterFormat> forms = f[0].startsWith("hexo") ? FormsCorpusTest.HEXO : FormsCorpusTest.HUGO;
            PostDocument post = PostDocument.parse(f[1].getBytes(StandardCharsets.UTF_8), forms);
            assertThat(post.hasFrontMatter()).as(f[0]).isTrue();
            FrontMatterDocument fm = FrontMatterDocument.of(post);
            assertThat(fm.string("title")).as(f[0]).contains("Old");
            assertThat(FormsCorpusTest.titleEdit(post, fm)).as(f[0]).isNull();
        }
    }
}
