package org.postdesk.core.render.kramdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level kramdown syntax that CommonMark does not know, taken out of the text before
 * parsing without moving any line: block attribute lists ({@code {: .notice}}, {@code {:toc}}
 * on a line of their own) become empty lines, which is also how kramdown treats them (they end
 * a paragraph). What they said is kept in {@link BlockIal}s for {@link KramdownTree}.
 * More lines are rewritten in place where kramdown reads them otherwise: a code fence that
 * is never closed (text for kramdown), the separator of a table that does not follow a blank
 * line (text too), a separator whose cell count differs from the header's (still a table), and
 * the line right after a list item holding a heading (indented into the item). Fenced code is left alone. Stateless.
 */
final class KramdownLines {

    private static final Pattern BLOCK_IAL = Pattern.compile(" {0,3}\\{:(?!:)([^}]*)\\}[ \\t]*");
    /** A list item whose content is an ATX heading; group 1 ends where the item's content starts. */
    private static final Pattern LIST_HEADING = Pattern.compile("( {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+)#{1,6}(?:[ \\t].*)?");
    /** The start of a list item, a quote or a fence: lines that are not lazy text. */
    private static final Pattern LIST_MARKER = Pattern.compile("[ \\t]*(?:[-*+][ \\t]|\\d{1,9}[.)][ \\t]|>|```|~~~|#)");
    /** A GFM table separator line ({@code |---|:-:|}, {@code ---|---}). */
    private static final Pattern TABLE_SEPARATOR = Pattern.compile(
            " {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");

    /** A block attribute list on 0-based line {@code line}, and whether its neighbours are blank. */
    record BlockIal(int line, String list, boolean blankBefore, boolean blankAfter) {
    }

    /** The text for CommonMark and the attribute lists taken out of it. */
    record Result(String text, List<BlockIal> ials) {
    }

    private KramdownLines() {
    }

    static Result apply(String text) {
        if (!text.contains("{:") && text.indexOf('|') < 0 && !text.contains("```") && !text.contains("~~~")
                && !mayHaveListHeading(text)) {
            return new Result(text, List.of());
        }
        List<BlockIal> ials = new ArrayList<>();
        StringBuilder out = null;
        int copied = 0;
        String fence = null;
        boolean previousBlank = true;
        boolean beforePreviousBlank = true;
        // the previous line is text[previousStart, previousEnd): lines are read in place, and
        // only the rare lines a rule may rewrite are copied out
        int previousStart = 0;
        int previousEnd = 0;
        int line = 0;
        int start = 0;
        int n = text.length();
        boolean lineFeedsOnly = text.indexOf('\r') < 0;
        Matcher m = BLOCK_IAL.matcher(text);
        Matcher m2;
        while (start <= n) {
            int end = lineFeedsOnly ? lineFeedEnd(text, start) : lineEnd(text, start);
            int first = firstNonWhitespace(text, start, end);
            boolean blank = first == end;
            String replacement = null;
            if (fence != null) {
                if (closesFence(text, first, end, fence)) {
                    fence = null;
                }
            } else if (text.startsWith("```", first) || text.startsWith("~~~", first)) {
                String content = text.substring(start, end);
                String stripped = text.substring(first, end);
                String opener = stripped.substring(0, fenceLength(stripped));
                if (hasCloser(text, nextLineStart(text, end), opener)) {
                    fence = opener;
                } else {
                    // kramdown needs the closing fence; without one the line is paragraph text
                    replacement = content.substring(0, content.length() - stripped.length())
                            + opener.replace(opener.substring(0, 1), "\\" + opener.charAt(0))
                            + stripped.substring(opener.length());
                }
            } else if (text.startsWith("{:", first) && m.region(start, end).matches()) {
                int next = nextLineStart(text, end);
                boolean blankAfter = next > n || isBlank(text, next, lineEnd(text, next));
                ials.add(new BlockIal(line, m.group(1), previousBlank, blankAfter));
                replacement = "";
            } else if (!previousBlank && !blank && has(text, previousStart, previousEnd, '#')
                    && (m2 = LIST_HEADING.matcher(text.substring(previousStart, previousEnd))).matches()
                    && !LIST_MARKER.matcher(text.substring(start, end)).lookingAt()) {
                // kramdown keeps a line right after "- ## heading" in the item; CommonMark only after a paragraph
                replacement = " ".repeat(m2.end(1)) + text.substring(first, end);
            } else if (!previousBlank && has(text, start, end, '|') && has(text, previousStart, previousEnd, '|')
                    && separatorCharacters(text, start, end)) {
                String content = text.substring(start, end);
                if (TABLE_SEPARATOR.matcher(content).matches()) {
                    replacement = tableSeparator(content, text.substring(previousStart, previousEnd),
                            beforePreviousBlank);
                }
            }
            if (replacement != null) {
                out = out == null ? new StringBuilder(text.length() + 16) : out;
                out.append(text, copied, start).append(replacement);
                copied = end;
            }
            beforePreviousBlank = previousBlank;
            previousBlank = blank || (replacement != null && replacement.isEmpty());
            previousStart = start;
            previousEnd = end;
            line++;
            start = nextLineStart(text, end);
        }
        if (out == null) {
            return new Result(text, ials.isEmpty() ? List.of() : ials);
        }
        out.append(text, copied, n);
        return new Result(out.toString(), ials);
    }

    /**
     * The separator line of a table as kramdown reads it, for CommonMark: a table whose header
     * line does not follow a blank line (a paragraph, a heading, a fence, an HTML line) stays
     * paragraph text in kramdown (the first pipe is escaped, so CommonMark sees no table
     * either); a separator with fewer or more cells than the header is still a table in
     * kramdown, so it gets the header's count. Null when nothing changes.
     */
    private static String tableSeparator(String separator, String header, boolean headerStartsBlock) {
        if (!headerStartsBlock) {
            int pipe = separator.indexOf('|');
            return pipe < 0 ? null : separator.substring(0, pipe) + "\\" + separator.substring(pipe);
        }
        int want = cells(header);
        int have = cells(separator);
        if (want == have || want <= 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < want; i++) {
            sb.append("---|");
        }
        return sb.toString();
    }

    /** The number of cells of a table line: pipes not escaped and not at either end, plus one. */
    private static int cells(String row) {
        String r = row.strip();
        int count = 1;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|' && i > 0 && i < r.length() - 1) {
                count++;
            }
        }
        return count;
    }

    /**
     * A line that closes {@code fence}: the same character at least as many times, then nothing
     * ({@code first} is the line's first character that is not whitespace, {@code end} its end).
     */
    private static boolean closesFence(String text, int first, int end, String fence) {
        char c = fence.charAt(0);
        int i = first;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - first >= fence.length() && isBlank(text, i, end);
    }

    private static boolean hasCloser(String text, int from, String fence) {
        int start = from;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            if (closesFence(text, firstNonWhitespace(text, start, end), end, fence)) {
                return true;
            }
            start = nextLineStart(text, end);
        }
        return false;
    }

    private static boolean mayHaveListHeading(String text) {
        for (String marker : new String[] {"- #", "* #", "+ #", ". #", ") #"}) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static int fenceLength(String s) {
        char c = s.charAt(0);
        int i = 0;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i;
    }

    /** The first index in [from, end) whose character is not whitespace (as {@link String#stripLeading}), or end. */
    private static int firstNonWhitespace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when text[from, end) is empty or only whitespace (as {@link String#isBlank}). */
    private static boolean isBlank(String text, int from, int end) {
        return firstNonWhitespace(text, from, end) == end;
    }

    /**
     * True when text[from, end) has only the characters a table separator line is made of
     * (spaces, tabs, {@code |}, {@code :}, {@code -}) and a {@code -}: a table's body rows fail
     * here without running {@link #TABLE_SEPARATOR}.
     */
    private static boolean separatorCharacters(String text, int from, int end) {
        boolean dash = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != ' ' && c != '\t' && c != '|' && c != ':') {
                return false;
            }
        }
        return dash;
    }

    /** True when {@code c} occurs in text[from, end). */
    private static boolean has(String text, int from, int end, char c) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** {@link #lineEnd} for a text without carriage returns: one vectorized search. */
    private static int lineFeedEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the line after the one ending at {@code end}; past the text's end if none. */
    private static int nextLineStart(String text, int end) {
        if (end >= text.length()) {
            return text.length() + 1;
        }
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }
}
