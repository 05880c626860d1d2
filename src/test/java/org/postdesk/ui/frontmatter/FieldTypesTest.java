package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FieldKind;

class FieldTypesTest {

    private static final FieldHints BLOG = hints();

    private static FieldHints hints() {
        Map<String, FieldKind> usual = new LinkedHashMap<>();
        usual.put("layout", FieldKind.STRING);
        usual.put("title", FieldKind.STRING);
        usual.put("comments", FieldKind.BOOLEAN);
        usual.put("mood", FieldKind.LIST);
        usual.put("seo", FieldKind.MAP);
        usual.put("updated", FieldKind.DATE);
        return new FieldHints(List.of("post"), List.of("Hux"), Map.of("生活", 3), Map.of(), usual,
                List.of("img/a.jpg"), p -> Optional.empty());
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // key, kind now, value, expected control
                Arguments.of("layout", FieldKind.STRING, "post", ControlKind.CHOICE),
                Arguments.of("layout", FieldKind.EMPTY, null, ControlKind.CHOICE),
                Arguments.of("title", FieldKind.STRING, "Hello 2015", ControlKind.TEXT),
                Arguments.of("title", FieldKind.STRING, "cover.jpg", ControlKind.TEXT),
                Arguments.of("subtitle", FieldKind.EMPTY, null, ControlKind.TEXT),
                Arguments.of("description", FieldKind.STRING, "一段描述", ControlKind.TEXT),
                Arguments.of("date", FieldKind.DATE, null, ControlKind.DATE),
                Arguments.of("date", FieldKind.EMPTY, null, ControlKind.DATE),
                Arguments.of("last_modified_at", FieldKind.DATE, null, ControlKind.DATE),
                Arguments.of("updated", FieldKind.EMPTY, null, ControlKind.DATE),
                Arguments.of("author", FieldKind.STRING, "Hux", ControlKind.EDITABLE_CHOICE),
                Arguments.of("author", FieldKind.MAP, Map.of("name", "Hux"), ControlKind.YAML),
                Arguments.of("tags", FieldKind.LIST, List.of("生活"), ControlKind.CHIPS),
                Arguments.of("tags", FieldKind.EMPTY, null, ControlKind.CHIPS),
                Arguments.of("categories", FieldKind.STRING, "随笔", ControlKind.CHIPS),
                Arguments.of("keywords", FieldKind.LIST, List.of("a"), ControlKind.CHIPS),
                Arguments.of("mood", FieldKind.EMPTY, null, ControlKind.CHIPS),
                Arguments.of("catalog", FieldKind.BOOLEAN, true, ControlKind.CHECK),
                Arguments.of("published", FieldKind.EMPTY, null, ControlKind.CHECK),
                Arguments.of("published", FieldKind.STRING, "ture", ControlKind.TEXT),
                Arguments.of("comments", FieldKind.EMPTY, null, ControlKind.CHECK),
                Arguments.of("anything", FieldKind.BOOLEAN, false, ControlKind.CHECK),
                Arguments.of("header-img", FieldKind.STRING, "img/post-bg.jpg", ControlKind.IMAGE),
                Arguments.of("header-img", FieldKind.EMPTY, null, ControlKind.IMAGE),
                Arguments.of("bg", FieldKind.STRING, "x", ControlKind.IMAGE),
                Arguments.of("thumbnail", FieldKind.STRING, "", ControlKind.IMAGE),
                Arguments.of("teaser_image", FieldKind.STRING, "t.png", ControlKind.IMAGE),
                Arguments.of("photo", FieldKind.STRING, "/assets/pic.PNG", ControlKind.IMAGE),
                Arguments.of("photo", FieldKind.STRING, "https://cdn.example.com/a.webp?w=300", ControlKind.IMAGE),
                Arguments.of("photo", FieldKind.STRING, "{{ site.baseurl }}/img/a.jpeg", ControlKind.IMAGE),
                Arguments.of("version", FieldKind.STRING, "hello.world", ControlKind.TEXT),
                Arguments.of("weight", FieldKind.NUMBER, 3, ControlKind.TEXT),
                Arguments.of("seo", FieldKind.MAP, Map.of("a", 1), ControlKind.YAML),
                Arguments.of("seo", FieldKind.EMPTY, null, ControlKind.YAML),
                Arguments.of("redirect_from", FieldKind.LIST, List.of("/a/"), ControlKind.CHIPS),
                Arguments.of("unknown", FieldKind.EMPTY, null, ControlKind.TEXT));
    }

    @ParameterizedTest(name = "{0} ({1}, {2}) -> {3}")
    @MethodSource("table")
    void picksTheControlFromKeyValueAndBlog(String key, FieldKind kind, Object value, ControlKind expected) {
        assertThat(FieldTypes.infer(key, kind, value, BLOG)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "without hints: {0} ({1}) -> {3}")
    @MethodSource("withoutHints")
    void worksWithoutBlogKnowledge(String key, FieldKind kind, Object value, ControlKind expected) {
        assertThat(FieldTypes.infer(key, kind, value, FieldHints.none())).isEqualTo(expected);
    }

    static Stream<Arguments> withoutHints() {
        return Stream.of(
                Arguments.of("comments", FieldKind.EMPTY, null, ControlKind.CHECK),
                Arguments.of("mood", FieldKind.EMPTY, null, ControlKind.TEXT),
                Arguments.of("updated", FieldKind.EMPTY, null, ControlKind.TEXT),
                Arguments.of("layout", FieldKind.STRING, "page", ControlKind.CHOICE));
    }

    @ParameterizedTest(name = "picked {1} written after {0} -> {2}")
    @MethodSource("pickedPaths")
    void aPickedImageIsWrittenInTheFieldsStyle(String current, String chosen, String expected) {
        assertThat(ImageField.inStyleOf(current, chosen)).isEqualTo(expected);
    }

    static Stream<Arguments> pickedPaths() {
        return Stream.of(
                Arguments.of("img/post-bg.jpg", "img/new.png", "img/new.png"),
                Arguments.of("", "img/new.png", "img/new.png"),
                Arguments.of("/img/post-bg.jpg", "img/new.png", "/img/new.png"),
                Arguments.of("{{ site.baseurl }}/img/a.jpg", "img/new.png", "{{ site.baseurl }}/img/new.png"));
    }

    @org.junit.jupiter.api.Test
    void hexosSeveralCategoryChainsAreNotFlattenedIntoChips() {
        org.postdesk.core.frontmatter.FrontMatterDocument fm = org.postdesk.core.frontmatter.FrontMatterDocument.parse(
                "categories:\n  - [写作, 工具]\n  - [随笔]\nchain:\n- a\n- b\nflow: [[a, b], c]\nblock:\n  - - a\n    - b\n"
                        + "plain: [a, \"[b]\"]\n");
        assertThat(FieldTypes.nestedList(fm.get("categories").orElseThrow().rawText())).isTrue();
        assertThat(FieldTypes.nestedList(fm.get("flow").orElseThrow().rawText())).isTrue();
        assertThat(FieldTypes.nestedList(fm.get("block").orElseThrow().rawText())).isTrue();
        assertThat(FieldTypes.nestedList(fm.get("chain").orElseThrow().rawText())).as("one chain is plain chips").isFalse();
        assertThat(FieldTypes.nestedList(fm.get("plain").orElseThrow().rawText())).isFalse();
    }
}
