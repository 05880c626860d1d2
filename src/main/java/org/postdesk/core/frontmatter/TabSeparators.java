package org.postdesk.core.frontmatter;

/**
 * Jekyll's YAML reader (libyaml) accepts a tab between a key's colon and its value
 * ({@code layout:\tpost}); SnakeYAML does not. This makes a copy of the text in which such
 * separator tabs are spaces. Only the whitespace right after a key's colon changes, and each tab
 * becomes exactly one space, so every offset in the copy is valid in the original text.
 */
final class TabSeparators {
    private TabSeparators() {
    }

    /** The text with key-separator tabs replaced by spaces; the same instance when there are none. */
    static String spaced(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        int lineStart = 0;
        boolean changed = false;
        while (lineStart < out.length) {
            int lineEnd = lineStart;
            while (lineEnd < out.length && out[lineEnd] != '\n' && out[lineEnd] != '\r') {
                lineEnd++;
            }
            changed |= fixLine(out, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        return changed ? new String(out) : text;
    }

    private static boolean fixLine(char[] s, int start, int end) {
        int i = start;
        while (i < end && s[i] == ' ') {
            i++;
        }
        while (i + 1 < end && s[i] == '-' && (s[i + 1] == ' ' || s[i + 1] == '\t')) {
            i += 2;
            while (i < end && (s[i] == ' ' || s[i] == '\t')) {
                i++;
            }
        }
        if (i >= end || s[i] == '#' || s[i] == '[' || s[i] == '{') {
            return false;
        }
        int colon = findKeyColon(s, i, end);
        if (colon < 0) {
            return false;
        }
        boolean changed = false;
        int j = colon + 1;
        while (j < end && (s[j] == ' ' || s[j] == '\t')) {
            if (s[j] == '\t') {
                s[j] = ' ';
                changed = true;
            }
            j++;
        }
        return changed;
    }

    /** Index of the colon that ends a key starting at {@code i}, or -1. */
    private static int findKeyColon(char[] s, int i, int end) {
        if (s[i] == '"' || s[i] == '\'') {
            char q = s[i];
            int j = i + 1;
            while (j < end) {
                if (q == '"' && s[j] == '\\') {
                    j += 2;
                    continue;
                }
                if (s[j] == q) {
                    if (q == '\'' && j + 1 < end && s[j + 1] == '\'') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                j++;
            }
            j++;
            while (j < end && s[j] == ' ') {
                j++;
            }
            return j < end && s[j] == ':' && isBlankOrEnd(s, j + 1, end) ? j : -1;
        }
        for (int j = i; j < end; j++) {
            if (s[j] == ':' && isBlankOrEnd(s, j + 1, end)) {
                return j;
            }
            if (s[j] == '#' && j > i && (s[j - 1] == ' ' || s[j - 1] == '\t')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isBlankOrEnd(char[] s, int j, int end) {
        return j >= end || s[j] == ' ' || s[j] == '\t';
    }
}
