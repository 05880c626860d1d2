package org.postdesk.core.render.kramdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Heading ids are made by a loop over code points instead of a regex; for every code point (and
 * lone surrogates) the loop keeps and drops what the character class of kramdown-GFM's rule does.
 */
class HeadingIdTextTest {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]");

    private static String byRegex(String lower) {
        return NON_WORD.matcher(lower).replaceAll("").replace(' ', '-').replace('\t', '-');
    }

    @Test
    void everyCodePointIsKeptOrDroppedAsByTheCharacterClass() {
        int differing = 0;
        String firstDiffering = null;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = new String(Character.toChars(cp)) + "a\u0301 b-c\td_e";
            if (!byRegex(text).equals(KramdownTree.idText(text))) {
                differing++;
                firstDiffering = firstDiffering == null ? Integer.toHexString(cp) : firstDiffering;
            }
        }
        assertThat(differing).as("first differing code point: %s", firstDiffering).isZero();
    }

    @Test
    void loneSurrogatesAndPunctuationAreDropped() {
        for (String text : new String[] {"x\uD800y\uDC00z", "整体成效：第 3 节（2019）", "what's new? #1 -- a_b"}) {
            assertThat(KramdownTree.idText(text)).isEqualTo(byRegex(text));
        }
    }
}
