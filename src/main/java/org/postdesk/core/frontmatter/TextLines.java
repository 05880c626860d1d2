package org.postdesk.core.frontmatter;

/** Line arithmetic on text with any mix of LF, CRLF and CR. */
final class TextLines {
    private TextLines() {
    }

    /** Index where the line holding {@code pos} starts. */
    static int lineStart(String text, int pos) {
        int i = Math.min(pos, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Index of the line break ending the line holding {@code pos} (or the text length). */
    static int lineEnd(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Index just after the line break at {@code lineEnd} (unchanged at the end of the text). */
    static int afterBreak(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return lineEnd;
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    /** Index of the line break before the line starting at {@code lineStart} (0 for the first line). */
    static int beforeBreak(String text, int lineStart) {
        if (lineStart == 0) {
            return 0;
        }
        int i = lineStart - 1;
        if (text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
            i--;
        }
        return i;
    }

    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** 1-based line and column (in chars) of {@code pos}; {@code \r\n}, {@code \n} and a lone {@code \r} end lines. */
    static int[] lineAndColumn(String text, int pos) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(pos, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, end - lineStart + 1};
    }
}
