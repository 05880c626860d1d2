package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normaliser of JekyllCasesTest removes serialization and preview marks, never a real difference. */
class JekyllHtmlTest {

    private static final String ROOT = "file:///tmp/blog/";

    private static String n(String html) {
        return JekyllHtml.normalise(html, ROOT, "/blog/");
    }

    @Test
    void serializationAndPreviewMarksGo() {
        assertThat(n("<p data-line=\"3\" class=\"b a\">x<br />\n  y</p>\n\n<ul>\n  <li>z</li>\n</ul>\n"))
                .isEqualTo(n("<p class=\"b a\">x<br> y</p><ul><li>z</li></ul>"));
        assertThat(n("<img title=\"No file a.png in the blog folder.\" class=\"pd-missing\" src=\"file:///tmp/blog/a.png\" alt=\"i\">"))
                .isEqualTo("<img alt=\"i\" src=\"/blog/a.png\">");
        assertThat(n("<a href='x' title=\"t\">a</a>")).isEqualTo("<a href=\"x\" title=\"t\">a</a>");
    }

    @Test
    void realDifferencesStay() {
        assertThat(n("<p><em>a</em> <em>b</em></p>")).as("a space between inline tags shows")
                .isNotEqualTo(n("<p><em>a</em><em>b</em></p>"));
        assertThat(n("<pre><code>a\n  b\n</code></pre>")).as("code keeps its lines")
                .isNotEqualTo(n("<pre><code>a b\n</code></pre>"));
        assertThat(n("<p title=\"the author's\">a</p>")).as("an author's title is kept").contains("title=");
        assertThat(n("<p class=\"a\">x</p>")).isNotEqualTo(n("<p class=\"b\">x</p>"));
        assertThat(n("<img src=\"file:///etc/passwd\">")).as("only the blog folder's prefix is rewritten")
                .contains("file:///etc/passwd");
        assertThat(n("<p onclick=\"x()\">a</p>")).contains("onclick");
    }
}
