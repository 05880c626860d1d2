package org.postdesk.core.frontmatter;

/**
 * Turns SnakeYAML mark indexes, which count code points (a CRLF is two, an emoji one), into
 * char indexes of the Java string.
 */
final class CharOffsets {
    private final int[] charIndex;

    CharOffsets(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            charIndex = null;
            return;
        }
        int count = text.codePointCount(0, text.length());
        charIndex = new int[count + 1];
        int c = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            charIndex[c++] = i;
        }
        charIndex[count] = text.length();
    }

    int toChar(int codePointIndex) {
        if (charIndex == null) {
            return codePointIndex;
        }
        return charIndex[Math.min(codePointIndex, charIndex.length - 1)];
    }
}
