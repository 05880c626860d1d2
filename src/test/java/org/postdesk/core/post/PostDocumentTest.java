package org.postdesk.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostDocumentTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("lf", "---\nlayout: post\ntitle: A\n---\nBody\n"),
                Arguments.of("crlf", "---\r\nlayout: post\r\n---\r\nBody\r\nMore\r\n"),
                Arguments.of("mixed endings", "---\nlayout: post\r\n---\nBody\r\nMore\n"),
                Arguments.of("no final newline", "---\ntitle: x\n---\nLast line"),
                Arguments.of("bom", "\uFEFF---\ntitle: x\n---\n正文\n"),
                Arguments.of("hard break spaces", "---\n---\nline one  \nline two\t\n"),
                Arguments.of("nbsp and full-width space", "---\ntitle: a\u00A0b\n---\n\u3000\u3000段落\n"),
                Arguments.of("no front matter", "# Just Markdown\n\nText"),
                Arguments.of("empty front matter", "---\n---\n"),
                Arguments.of("dots close", "---\ntitle: x\n...\nbody"),
                Arguments.of("fence with trailing spaces", "---  \ntitle: x\n---   \nbody"),
                Arguments.of("unclosed front matter", "---\ntitle: x\nbody without closing"),
                Arguments.of("empty file", ""),
                Arguments.of("emoji", "---\ntitle: \"😀 x\"\n---\n😀\n"),
                Arguments.of("lone cr", "---\rtitle: x\r---\rbody\r"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void openAndSaveWithoutEditGivesTheSameBytes(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        }
        PostDocument doc = PostDocument.parse(bytes);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(doc.isModified()).isFalse();
        assertThat(doc.withEditorBody(doc.bodyForEditor()).toBytes()).isEqualTo(bytes);
        assertThat(doc.withFrontMatter(doc.frontMatter()).toBytes()).isEqualTo(bytes);
    }

    @Test
    void splitsFrontMatterAndBodyExactly() {
        PostDocument doc = parse("---\r\nlayout: post\r\n---\r\nBody\r\n");
        assertThat(doc.hasFrontMatter()).isTrue();
        assertThat(doc.frontMatter()).isEqualTo("layout: post\r\n");
        assertThat(doc.body()).isEqualTo("Body\r\n");
        assertThat(doc.bodyForEditor()).isEqualTo("Body\n");
        assertThat(doc.bodyStartLine()).isEqualTo(4);
        assertThat(doc.lineEnding()).isEqualTo("\r\n");
    }

    @Test
    void aFileWithoutClosingFenceIsAllBody() {
        PostDocument doc = parse("---\ntitle: x\nno closing");
        assertThat(doc.hasFrontMatter()).isFalse();
        assertThat(doc.body()).isEqualTo("---\ntitle: x\nno closing");
    }

    @Test
    void editingOneLineOfACrlfBodyKeepsCrlfEverywhere() {
        PostDocument doc = parse("---\r\ntitle: x\r\n---\r\nOne\r\nTwo\r\nThree\r\n");
        PostDocument edited = doc.withEditorBody("One\nTwo changed\nThree\n");
        assertThat(new String(edited.toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("---\r\ntitle: x\r\n---\r\nOne\r\nTwo changed\r\nThree\r\n");
    }

    @Test
    void untouchedLinesOfAMixedFileKeepTheirOwnEndings() {
        PostDocument doc = parse("---\n---\na\r\nb\nc\r\nd\r\ne\r\n");
        PostDocument edited = doc.withEditorBody("a\nb\nC\nd\ne\n");
        // a and b keep CRLF and LF, d and e keep CRLF, the changed line takes the dominant CRLF
        assertThat(edited.body()).isEqualTo("a\r\nb\nC\r\nd\r\ne\r\n");
    }

    @Test
    void aMissingFinalNewlineStaysMissingAfterAnEditElsewhere() {
        PostDocument doc = parse("---\ntitle: x\n---\nfirst\nlast");
        PostDocument edited = doc.withEditorBody("first edited\nlast");
        assertThat(new String(edited.toBytes(), StandardCharsets.UTF_8)).isEqualTo("---\ntitle: x\n---\nfirst edited\nlast");
    }

    @Test
    void theBomSurvivesAnEdit() {
        PostDocument doc = PostDocument.parse("\uFEFF---\ntitle: x\n---\nbody\n".getBytes(StandardCharsets.UTF_8));
        byte[] out = doc.withEditorBody("new body\n").toBytes();
        assertThat(out).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("\uFEFF---\ntitle: x\n---\nnew body\n");
    }

    @Test
    void invalidUtf8IsReadOnlyAndNeverRewritten() {
        byte[] gbk = "---\ntitle: 标题\n---\n正文\n".getBytes(Charset.forName("GB18030"));
        PostDocument doc = PostDocument.parse(gbk);
        assertThat(doc.isReadOnly()).isTrue();
        assertThat(doc.readOnlyReason()).get().asString().contains("not valid UTF-8");
        assertThat(doc.withEditorBody("changed").toBytes()).isEqualTo(gbk);
    }

    @Test
    void addingFrontMatterToAPostWithoutUsesItsLineEnding() {
        PostDocument doc = parse("Body\r\n");
        PostDocument edited = doc.withFrontMatter("title: x");
        assertThat(new String(edited.toBytes(), StandardCharsets.UTF_8)).isEqualTo("---\r\ntitle: x\r\n---\r\nBody\r\n");
    }

    private static PostDocument parse(String s) {
        return PostDocument.parse(s.getBytes(StandardCharsets.UTF_8));
    }
}
