package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Front-matter edit safety (decision 0022): values that used to be written so that Jekyll could not read them,
 * or read them differently. Each is checked the way Jekyll would: the whole front matter is loaded
 * by a YAML 1.1 reader (SnakeYAML's safe constructor) and the value compared.
 */
class FrontMatterEditSafetyTest {
    private static final String POST = "layout: post\ntitle: Hello\ntags: [a]\n";

    private static Map<String, Object> load(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: b", "a:", "? x", "!ruby/object:X {}", ":`", "&é：`!", "😀}\u3000",
        "!!binary aGVsbG8=", "- x", "\"a\" b", "'a' b", "a #b", "# note", "*x", "a: b #c", "[a, b", "{a: 1",
        "x\u0085y", "x\u2028y", "\u00A0nbsp", "tab\there", "\u200Frtl\u202E", "1,000", ":sym", "a\u009Bb"})
    void aSetValueThatIsNotOneFlowValueIsItsText(String value) {
        FrontMatterDocument after = FrontMatterDocument.parse(POST).withYaml("title", value);
        Map<String, Object> read = load(after.text());
        assertThat(read.get("title")).isEqualTo(value);
        assertThat(read.get("layout")).isEqualTo("post");
        assertThat(read.get("tags")).isEqualTo(List.of("a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: b #c", "yes", "No", "ON", "~", "null", "0x1F", "1_000", ".inf", "2024-01-01",
        "-", "---", "<<", "=", "12:30", "1.", "  lead", "trail ", "\u3000", "x\ty", "\"q\"", "'s'", "a\\b"})
    void aTypedTextIsThatText(String value) {
        FrontMatterDocument after = FrontMatterDocument.parse(POST).withString("title", value);
        assertThat(load(after.text()).get("title")).isEqualTo(value);
        assertThat(after.string("title")).contains(value);
    }

    @Test
    void flowValuesKeepTheirMeaning() {
        FrontMatterDocument doc = FrontMatterDocument.parse(POST + "catalog: false\ndate: 2021-12-17\n");
        FrontMatterDocument after = doc.withYaml("tags", "[a, b]").withYaml("catalog", "true")
                .withYaml("date", "2024-01-01").withYaml("title", "\"yes\"");
        assertThat(after.text()).isEqualTo("layout: post\ntitle: \"yes\"\ntags: [a, b]\ncatalog: true\ndate: 2024-01-01\n");
    }

    @Test
    void trailingIdeographicSpaceIsKept() {
        FrontMatterDocument after = FrontMatterDocument.parse(POST).withYaml("title", "😀}\u3000");
        assertThat(after.text()).contains("title: \"😀}\u3000\"");
    }

    @Test
    void c1ControlsAreEscaped() {
        FrontMatterDocument after = FrontMatterDocument.parse("title: x\n").withString("title", "a\u009Bb\u0085c");
        assertThat(after.text()).isEqualTo("title: \"a\\u009Bb\\Nc\"\n");
    }

    @Test
    void anAnchoredValueMovesItsAnchorToTheFirstAlias() {
        String text = "title: &t Hello\nsubtitle: *t\ndescription: *t\n";
        FrontMatterDocument after = FrontMatterDocument.parse(text).withString("title", "x");
        assertThat(after.text()).isEqualTo("title: x\nsubtitle: &t Hello\ndescription: *t\n");
        assertThat(load(after.text())).containsEntry("subtitle", "Hello").containsEntry("description", "Hello");
    }

    @Test
    void anAnchoredBlockListMovesAsAFlowList() {
        String text = "tags: &t\n  - a\n  - b\nkeywords: *t\n";
        FrontMatterDocument after = FrontMatterDocument.parse(text).withList("tags", List.of("c"));
        assertThat(load(after.text())).containsEntry("tags", List.of("c")).containsEntry("keywords", List.of("a", "b"));
        assertThat(after.text()).isEqualTo("tags:\n  - c\nkeywords: &t [a, b]\n");
    }

    @Test
    void removingAnAnchoredKeyKeepsItsAliasesValid() {
        String text = "title: &t 'Hi: there'\nsubtitle: [*t, b]\n";
        FrontMatterDocument after = FrontMatterDocument.parse(text).without("title");
        assertThat(load(after.text())).containsEntry("subtitle", List.of("Hi: there", "b"));
    }

    @Test
    void anAliasValueCanBeEditedItself() {
        String text = "title: &t Hello\nsubtitle: *t\n";
        FrontMatterDocument after = FrontMatterDocument.parse(text).withString("subtitle", "World");
        assertThat(after.text()).isEqualTo("title: &t Hello\nsubtitle: World\n");
    }

    @Test
    void mergeKeysStayValid() {
        String text = "base: &base {author: A, layout: post}\n<<: *base\ntitle: T\n";
        FrontMatterDocument after = FrontMatterDocument.parse(text).withYaml("base", "{author: B}");
        Map<String, Object> read = load(after.text());
        assertThat(read).containsEntry("author", "A").containsEntry("layout", "post")
                .containsEntry("base", Map.of("author", "B"));
    }

    @Test
    void aNestedAnchorThatCannotMoveIsRefusedWithASentence() {
        String text = "a: [&x 1, 2]\nb: *x\n";
        FrontMatterDocument doc = FrontMatterDocument.parse(text);
        FrontMatterDocument after = doc.withYaml("a", "[3]");
        assertThat(load(after.text())).containsEntry("b", 1).containsEntry("a", List.of(3));
    }

    @Test
    void anEditThatWouldChangeAnotherKeyIsRefused() {
        String text = "{title: a, layout: post}\n";
        assertThatThrownBy(() -> FrontMatterDocument.parse(text).withString("subtitle", "x"))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("was kept")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertThatThrownBy(() -> FrontMatterDocument.parse(POST).withString("title", "a\uD800b"))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("broken character");
    }

    @Test
    void aLoneSurrogateInAListItemIsRefusedAsInText() {
        // Written, it became the escape "\uD800", which no UTF-8 reader can turn back into text.
        assertThatThrownBy(() -> FrontMatterDocument.parse(POST).withList("tags", List.of("ok", "a\uDC00")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("broken character");
    }

    @Test
    void aValueThatNeedsQuotesGetsTheFilesOwnQuote() {
        String text = "title: 'Hello'\nsubtitle: 'World'\nauthor: Me\n";
        FrontMatterDocument after = FrontMatterDocument.parse(text).withString("author", "a: b").withString("note", "it's: x");
        assertThat(after.text()).isEqualTo("title: 'Hello'\nsubtitle: 'World'\nauthor: 'a: b'\nnote: 'it''s: x'\n");
        assertThat(FrontMatterDocument.parse("author: Me\n").withString("author", "a: b").text())
                .isEqualTo("author: \"a: b\"\n");
    }
}
