package org.postdesk.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A front-matter repair found on the {@code \n} text lands on the same characters of a CRLF front matter. */
class ProblemsFeatureTest {

    @Test
    void theKeyOfAFrontMatterLineIsFound() {
        String text = "---\ntitle: x\n\"header-img\": img/a.png\nno colon here\n";
        assertThat(ProblemsFeature.keyAt(text, text.indexOf("img/a"))).isEqualTo("header-img");
        assertThat(ProblemsFeature.keyAt(text, text.indexOf("x\n"))).isEqualTo("title");
        assertThat(ProblemsFeature.keyAt(text, text.indexOf("colon"))).isNull();
    }

    @Test
    void offsetsOfTheNormalizedTextMapToTheOriginal() {
        String crlf = "title: 猫\r\nheader-img: img/a.png\r\n";
        String lf = crlf.replace("\r\n", "\n");
        int at = lf.indexOf("img/a.png");
        int original = ProblemsFeature.originalOffset(crlf, at);
        assertThat(crlf.substring(original, original + "img/a.png".length())).isEqualTo("img/a.png");
        assertThat(ProblemsFeature.originalOffset(crlf, lf.length())).isEqualTo(crlf.length());
        assertThat(ProblemsFeature.originalOffset(crlf, lf.length() + 1)).isEqualTo(-1);
        assertThat(ProblemsFeature.originalOffset("a\nb", 2)).isEqualTo(2);
    }
}
