package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postdesk.core.frontmatter.FrontMatterDocument;

class FormSummaryTest {

    private static String summary(String yaml) {
        return FormSummary.of(FrontMatterDocument.parse(yaml), "(no title)", "nothing");
    }

    @Test
    void titleDayAndTags() {
        assertThat(summary("layout: post\ntitle: \"止付，2.9亿！\"\ndate: 2021-12-17 10:00:00 +0800\ntags:\n  - 生活\n  - 投资\n"))
                .isEqualTo("止付，2.9亿！  ·  2021-12-17  ·  生活, 投资");
    }

    @Test
    void jekyllSpaceSeparatedTagsAndADateWithoutTime() {
        assertThat(summary("title: Hello\ndate: 2024-3-1\ntags: java writing\n"))
                .isEqualTo("Hello  ·  2024-3-1  ·  java, writing");
    }

    @Test
    void whatIsMissingIsLeftOutAndAnUntitledPostSaysSo() {
        assertThat(summary("date: 2024-03-01\n")).isEqualTo("(no title)  ·  2024-03-01");
        assertThat(summary("title: Only a title\n")).isEqualTo("Only a title");
        assertThat(summary("layout: post\n")).isEqualTo("nothing");
        assertThat(summary("")).isEqualTo("nothing");
    }

    @Test
    void aFoldedTitleStaysOnOneLineAndBrokenYamlSummarisesNothing() {
        assertThat(summary("title: |\n  first line\n  second line\n")).isEqualTo("first line second line");
        assertThat(summary("title: [unclosed\n")).isEqualTo("nothing");
        assertThat(summary("title: x\ndate: not a date\n")).isEqualTo("x  ·  not a date");
    }
}
