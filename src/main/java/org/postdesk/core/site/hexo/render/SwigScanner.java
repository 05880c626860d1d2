package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what Hexo takes out of a post before Markdown (docs/decisions/0039), with the rules of its
 * own scanner: {@code {{ }}} variables, {@code {# #}} comments, {@code {% %}} tags (a tag whose
 * {@code end}+name appears anywhere later takes everything up to the first tag that names it),
 * HTML comments; inline code ({@code `...`}, any number of backticks, not over a blank line) is left
 * alone, except a {@code {% raw %}} inside it. What cannot close is text: an unclosed
 * {@code {{}, {@code {%} or {@code {#} is its first brace, then the scan goes on. Stateless.
 */
final class SwigScanner {

    enum Kind { TEXT, VARIABLE, COMMENT, TAG, HTML_COMMENT }

    /** A piece of the text: [start, end) and what it is. */
    record Segment(Kind kind, int start, int end) {
    }

    private static final Pattern ANY_SWIG = Pattern.compile("\\{\\{.+?\\}\\}|\\{#.+?#\\}|\\{%.+?%\\}", Pattern.DOTALL);
    private static final Pattern RAW_START = Pattern.compile("\\{% *raw *%\\}");
    private static final Pattern RAW_END = Pattern.compile("\\{% *endraw *%\\}");

    private SwigScanner() {
    }

    /** Whether Hexo's scanner runs at all (it does not when no tag, variable or comment is there). */
    static boolean hasSwig(String s) {
        return ANY_SWIG.matcher(s).find();
    }

    static List<Segment> scan(String s) {
        List<Segment> out = new ArrayList<>();
        int n = s.length();
        int text = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int end = -1;
            Kind kind = null;
            if (c == '`' && (i == 0 || s.charAt(i - 1) != '\\')) {
                int run = run(s, i);
                int j = i + run;
                boolean closed = false;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == '\n' && j + 1 < n && s.charAt(j + 1) == '\n') {
                        break;
                    }
                    int[] raw = d == '{' ? rawBlockAt(s, j) : null;
                    if (raw != null) { // Hexo runs a raw tag even inside inline code
                        if (j > text) {
                            out.add(new Segment(Kind.TEXT, text, j));
                        }
                        out.add(new Segment(Kind.TAG, raw[0], raw[1]));
                        text = raw[1];
                        j = raw[1];
                        continue;
                    }
                    if (d == '`' && run(s, j) == run) {
                        j += run;
                        closed = true;
                        break;
                    }
                    j++;
                }
                i = closed ? j : Math.max(i + run, text);
                continue;
            } else if (c == '{' && i + 1 < n && s.charAt(i + 1) == '{') {
                end = variableEnd(s, i + 2);
                kind = Kind.VARIABLE;
                if (end == -2) { // {{ ... } : plain text, go on after it
                    i = closeBrace(s, i + 2) + 1;
                    continue;
                }
            } else if (c == '{' && i + 1 < n && s.charAt(i + 1) == '#') {
                int close = s.indexOf("#}", i + 2);
                end = close < 0 ? -1 : close + 2;
                kind = Kind.COMMENT;
            } else if (c == '{' && i + 1 < n && s.charAt(i + 1) == '%') {
                end = tagEnd(s, i);
                kind = Kind.TAG;
                if (end == -2) { // a block tag without its end: the start tag is text
                    i = s.indexOf("%}", i + 2) + 2;
                    continue;
                }
            } else if (s.startsWith("<!--", i) && !s.startsWith(TagPlaceholder.START, i)) {
                int close = s.indexOf("-->", i + 4);
                end = close < 0 ? n : close + 3;
                kind = Kind.HTML_COMMENT;
            }
            if (kind == null) {
                i++;
                continue;
            }
            if (end < 0) { // unclosed: the brace is text, the scan goes on after it
                i++;
                continue;
            }
            if (i > text) {
                out.add(new Segment(Kind.TEXT, text, i));
            }
            out.add(new Segment(kind, i, end));
            text = end;
            i = end;
        }
        if (text < n) {
            out.add(new Segment(Kind.TEXT, text, n));
        }
        return out;
    }

    private static int run(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == '`') {
            j++;
        }
        return j - i;
    }

    /** The end of {@code {{ ... }}} (after the braces); -2 when a lone {@code }} ends it as text; -1 unclosed. */
    private static int variableEnd(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            } else if (c == '}' && quote == 0) {
                return i + 1 < s.length() && s.charAt(i + 1) == '}' ? i + 2 : -2;
            }
        }
        return -1;
    }

    private static int closeBrace(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            } else if (c == '}' && quote == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    /**
     * The end of the tag at {@code start}: of its end tag when it is a block (its end name appears
     * later in the text); -2 for a block whose end tag never comes; -1 when the tag does not close.
     */
    private static int tagEnd(String s, int start) {
        char quote = 0;
        StringBuilder name = new StringBuilder();
        boolean nameDone = false;
        for (int i = start + 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
            if (c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '}' && quote == 0) {
                if (name.length() == 0 || !s.contains("end" + name)) {
                    return i + 2;
                }
                String endName = "end" + name;
                for (int j = s.indexOf("{%", i + 2); j >= 0; j = s.indexOf("{%", j + 1)) {
                    int close = s.indexOf("%}", j + 2);
                    if (close < 0) {
                        break;
                    }
                    if (s.substring(j + 2, close).contains(endName)) {
                        return close + 2;
                    }
                }
                return -2;
            }
            if (!Character.isWhitespace(c) || c == '\u00a0') {
                if (!nameDone) {
                    name.append(c);
                }
            } else if (name.length() > 0) {
                nameDone = true;
            }
        }
        return -1;
    }

    /** The raw tag at {@code i} inside inline code, as [start, end) of the whole raw block, or null. */
    static int[] rawBlockAt(String s, int i) {
        Matcher m = RAW_START.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        Matcher e = RAW_END.matcher(s);
        return e.find(m.end()) ? new int[] {i, e.end()} : null;
    }
}
