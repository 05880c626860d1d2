package org.postdesk.core.render;

/**
 * The two small Markdown text rules the image-link readers share: where a bracket closes
 * (nesting and backslash escapes honoured, bounded so a hostile text stays linear), and the
 * removal of backslash escapes. The link checker ({@link BodyImages}) and the problems finder
 * read links with them, so both see the same destination.
 */
public final class MarkdownBrackets {

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownBrackets() {
    }

    /**
     * Index of the {@code close} bracket matching the {@code open} one at {@code from}, honouring
     * nesting and escapes; -1 if there is none within {@code limit} characters.
     */
    public static int closing(String text, int from, char open, char close, int limit) {
        int depth = 0;
        for (int i = from; i < text.length() && i - from < limit; i++) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == open) {
                depth++;
            } else if (ch == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Removes Markdown backslash escapes before ASCII punctuation. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
                ch = s.charAt(++i);
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && ASCII_PUNCTUATION.indexOf(c) >= 0;
    }
}
