package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterReadTest {

    @Test
    void readsHuxStyleFrontMatterAsJekyllDoes() {
        FrontMatterDocument doc = FrontMatterDocument.parse("""
                layout:     post
                title:      "Hello 2015 😀"
                subtitle:
                date:       2018-11-27 19:30:00 +0800
                catalog: true
                published: ture
                tags: 前端 Web  JS
                author : '胡''s'
                categories:
                    - 生活
                    - 随笔
                """);
        assertThat(doc.isValid()).isTrue();
        assertThat(doc.keys()).containsExactly("layout", "title", "subtitle", "date", "catalog",
                "published", "tags", "author", "categories");
        assertThat(doc.string("title")).contains("Hello 2015 😀");
        assertThat(doc.get("subtitle").orElseThrow().kind()).isEqualTo(FieldKind.EMPTY);
        assertThat(doc.get("published").orElseThrow().kind()).isEqualTo(FieldKind.STRING);
        assertThat(doc.get("catalog").orElseThrow().value()).isEqualTo(true);
        assertThat(doc.stringList("tags")).containsExactly("前端", "Web", "JS");
        assertThat(doc.string("author")).contains("胡's");
        assertThat(doc.stringList("categories")).containsExactly("生活", "随笔");
        FieldValue date = doc.get("date").orElseThrow();
        assertThat(date.kind()).isEqualTo(FieldKind.DATE);
        FrontMatterDate d = (FrontMatterDate) date.value();
        assertThat(d.dateTime()).isEqualTo(LocalDateTime.of(2018, 11, 27, 19, 30));
        assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(date.rawText()).isEqualTo("2018-11-27 19:30:00 +0800");
        assertThat(date.line()).isEqualTo(4);
        assertThat(doc.toPageMap()).containsEntry("subtitle", null).containsEntry("layout", "post");
    }

    @Test
    void dashWithoutSpaceIsAStringNotAListItem() {
        FrontMatterDocument doc = FrontMatterDocument.parse("author:\n  -祝小胡\n");
        assertThat(doc.get("author").orElseThrow().kind()).isEqualTo(FieldKind.STRING);
        assertThat(doc.string("author")).contains("-祝小胡");
    }

    @Test
    void tabAfterColonIsAcceptedLikeJekyll() {
        FrontMatterDocument doc = FrontMatterDocument.parse("layout:\tpost\ntitle:\t\"a\tb\"\n");
        assertThat(doc.isValid()).isTrue();
        assertThat(doc.string("layout")).contains("post");
        assertThat(doc.string("title")).contains("a\tb");
    }

    @Test
    void duplicateKeysTakeTheLastLikeJekyll() {
        FrontMatterDocument doc = FrontMatterDocument.parse("title: a\nlayout: post\ntitle: b\n");
        assertThat(doc.keys()).containsExactly("title", "layout");
        assertThat(doc.string("title")).contains("b");
    }

    @Test
    void emptyAndCommentOnlyFrontMatterAreValidWithoutKeys() {
        assertThat(FrontMatterDocument.parse("").keys()).isEmpty();
        assertThat(FrontMatterDocument.parse("").isValid()).isTrue();
        assertThat(FrontMatterDocument.parse("# nothing yet\n").keys()).isEmpty();
        assertThat(FrontMatterDocument.parse("# nothing yet\n").isValid()).isTrue();
    }

    @Test
    void aBareListIsNotFrontMatter() {
        FrontMatterDocument doc = FrontMatterDocument.parse("- a\n- b\n");
        assertThat(doc.isValid()).isFalse();
        assertThat(doc.problem().orElseThrow().message()).contains("list");
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() {
        String text = "layout: post\ntitle: \"abc\ndate: 2020-01-01\n";
        FrontMatterDocument doc = FrontMatterDocument.parse(text);
        assertThat(doc.isValid()).isFalse();
        assertThat(doc.text()).isEqualTo(text);
        YamlProblem p = doc.problem().orElseThrow();
        assertThat(List.of(p.line(), p.column())).containsExactly(2, 8);
        assertThat(p.message()).contains("never closed");
    }
}
