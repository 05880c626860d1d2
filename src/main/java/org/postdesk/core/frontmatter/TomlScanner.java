package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the top-level {@code key = value} pairs of a TOML text are written (tomlj gives the
 * meaning and the key's line, not where a value ends). Only the pairs before the first table
 * header are top-level; everything from the first {@code [table]} on belongs to tables. The
 * scanner runs only on text tomlj accepted, and every span it reports is checked against tomlj's
 * reading of the same key before anyone edits it (see {@link TomlReader}). No recursion.
 */
final class TomlScanner {

    /**
     * One top-level pair.
     *
     * @param keyPath    the key's parts ({@code a.b = 1} has two)
     * @param keyStart   where the key starts
     * @param valueStart where the value starts
     * @param valueEnd   just after the value
     */
    record Pair(List<String> keyPath, int keyStart, int valueStart, int valueEnd) {
    }

    /** The pairs, and where the first table header starts (the text's length when there is none). */
    record Layout(List<Pair> pairs, int firstTable) {
    }

    private final String text;
    private int pos;

    private TomlScanner(String text) {
        this.text = text;
    }

    static Layout scan(String text) {
        return new TomlScanner(text).top();
    }

    /** The deepest nesting of arrays and inline tables, outside strings and comments. */
    static int depth(String text) {
        TomlScanner s = new TomlScanner(text);
        int depth = 0;
        int max = 0;
        while (s.pos < text.length()) {
            char c = text.charAt(s.pos);
            if (c == '"' || c == '\'') {
                s.skipString();
            } else if (c == '#') {
                s.skipToLineEnd();
            } else {
                if (c == '[' || c == '{') {
                    max = Math.max(max, ++depth);
                } else if (c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                }
                s.pos++;
            }
        }
        return max;
    }

    private Layout top() {
        List<Pair> pairs = new ArrayList<>();
        while (true) {
            skipBlankLinesAndComments();
            if (pos >= text.length()) {
                return new Layout(List.copyOf(pairs), text.length());
            }
            if (text.charAt(pos) == '[') {
                return new Layout(List.copyOf(pairs), pos);
            }
            int keyStart = pos;
            List<String> key = key();
            if (key == null || pos >= text.length() || text.charAt(pos) != '=') {
                return new Layout(List.copyOf(pairs), pos);
            }
            pos++;
            skipSpaces();
            int valueStart = pos;
            skipValue();
            pairs.add(new Pair(key, keyStart, valueStart, pos));
            skipToLineEnd();
        }
    }

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= text.length()) {
                return null;
            }
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                int start = pos;
                skipString();
                parts.add(unquoteKey(text.substring(start, pos)));
            } else {
                int start = pos;
                while (pos < text.length() && isBare(text.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    return null;
                }
                parts.add(text.substring(start, pos));
            }
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                continue;
            }
            return parts;
        }
    }

    private static String unquoteKey(String quoted) {
        String inner = quoted.substring(1, Math.max(1, quoted.length() - 1));
        if (quoted.charAt(0) == '\'') {
            return inner;
        }
        return TomlText.unescape(inner);
    }

    private static boolean isBare(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Skips one value: a string, an array or inline table (with their nesting), or a bare word. */
    private void skipValue() {
        int depth = 0;
        do {
            skipBlankLinesAndComments();
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                skipString();
            } else if (c == '[' || c == '{') {
                depth++;
                pos++;
            } else if (c == ']' || c == '}') {
                depth--;
                pos++;
            } else if (c == ',' || c == '=' || c == '.') {
                pos++;
            } else if (depth > 0 && isBare(c)) {
                skipBareOrKey();
            } else {
                skipBare();
            }
        } while (depth > 0);
    }

    /** Inside an inline table a bare word may be a key; both end at the same characters. */
    private void skipBareOrKey() {
        skipBare();
    }

    /** A number, boolean, or date-time (whose date and time may be separated by one space). */
    private void skipBare() {
        int start = pos;
        while (pos < text.length() && isBareValue(text.charAt(pos))) {
            pos++;
        }
        boolean date = pos - start == 10 && text.substring(start, pos).matches("\\d{4}-\\d{2}-\\d{2}");
        if (date && pos + 3 < text.length() && text.charAt(pos) == ' '
                && Character.isDigit(text.charAt(pos + 1)) && Character.isDigit(text.charAt(pos + 2))
                && text.charAt(pos + 3) == ':') {
            pos++;
            while (pos < text.length() && isBareValue(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos == start) {
            pos++;
        }
    }

    private static boolean isBareValue(char c) {
        return isBare(c) || c == '+' || c == ':' || c == '.';
    }

    /** Skips a basic, literal, or multi-line string starting at {@code pos}. */
    void skipString() {
        char q = text.charAt(pos);
        boolean multi = text.startsWith(String.valueOf(q).repeat(3), pos);
        pos += multi ? 3 : 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && q == '"') {
                pos += 2;
                continue;
            }
            if (!multi && (c == '\n' || c == '\r')) {
                return;
            }
            if (c == q && (!multi || text.startsWith(String.valueOf(q).repeat(3), pos))) {
                if (!multi) {
                    pos++;
                    return;
                }
                int run = 0;
                while (pos < text.length() && text.charAt(pos) == q && run < 5) {
                    pos++;
                    run++;
                }
                return;
            }
            pos++;
        }
        pos = Math.min(pos, text.length());
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipBlankLinesAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF') {
                pos++;
            } else if (c == '#') {
                skipToLineEnd();
            } else {
                return;
            }
        }
    }

    private void skipToLineEnd() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
    }
}
