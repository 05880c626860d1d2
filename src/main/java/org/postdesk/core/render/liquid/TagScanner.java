package org.postdesk.core.render.liquid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds Liquid's delimiters and tags in one text, and the middle and end tags of a block. What it
 * learns that does not change (where the next {@code }}} or {@code %}} is, which end tags never
 * come, which blocks are never closed) it remembers, so that thousands of unclosed tags cost a
 * scan each, not a scan of the rest of the text each.
 */
final class TagScanner {

    static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "capture", "tablerow", "ifchanged");
    static final Set<String> LITERAL_BLOCKS = Set.of("raw", "comment", "highlight");

    private final String text;
    /** Where each end tag name last occurs in the text (-1: nowhere), looked up once. */
    private final Map<String, Integer> lastEndTag = new HashMap<>();
    /** For an end tag name: from this position on (to the end of the text) it is never found. */
    private final Map<String, Integer> noEndFrom = new HashMap<>();
    /**
     * What {@link #structure} found for a block (key: where its opening tag starts and the limit it
     * was looked within); an empty list when the block is not closed there. The text does not
     * change, so a loop body's blocks are matched once, not once per pass.
     */
    private final Map<Long, List<Tag>> blocks = new HashMap<>();
    /** text.indexOf(close, q) is closeAt[k] for every q in [closeFrom[k], closeAt[k]] (k: 0 for }}, 1 for %}). */
    private final int[] closeFrom = {-1, -1};
    private final int[] closeAt = {-1, -1};

    TagScanner(String text) {
        this.text = text;
    }

    /** Where the next {@code }}} (or, with {@code tag}, {@code %}}) at or after {@code from} starts; -1 if none. */
    int closing(int from, boolean tag) {
        int k = tag ? 1 : 0;
        if (closeFrom[k] >= 0 && from >= closeFrom[k] && from <= closeAt[k]) {
            return closeAt[k];
        }
        int at = text.indexOf(tag ? "%}" : "}}", from);
        closeFrom[k] = from;
        closeAt[k] = at;
        return at;
    }

    /** The next whole {@code {% ... %}} in [from, to): {where "{%" starts, where "%}" starts}, or null. */
    int[] nextTag(int from, int to) {
        int b = text.indexOf("{%", from);
        if (b < 0 || b >= to) {
            return null;
        }
        int e = closing(b + 2, true);
        return e < 0 || e + 2 > to ? null : new int[] {b, e};
    }

    /** Finds {@code {% name %}} in [from, to): {start, end} or null. */
    int[] findTag(int from, int to, String name) {
        Integer never = noEndFrom.get(name);
        if (never != null && from >= never) {
            return null;
        }
        int i = from;
        while (true) {
            int[] tag = nextTag(i, to);
            if (tag == null) {
                if (to == text.length()) {
                    noEndFrom.merge(name, from, Math::min);
                }
                return null;
            }
            if (Expressions.strip(text.substring(tag[0] + 2, tag[1])).equals(name)) {
                return new int[] {tag[0], tag[1] + 2};
            }
            i = tag[0] + 2;
        }
    }

    /**
     * The middle tags (names in {@code middles}) at the depth of the block opened at {@code opener}
     * and its end tag, from {@code from}; null when the end is not found before {@code to}. Nested
     * blocks are skipped; raw, comment and highlight contents are not read.
     */
    List<Tag> structure(int opener, int from, int to, Set<String> middles, String endName) {
        int last = lastEndTag.computeIfAbsent(endName, text::lastIndexOf);
        if (last < from) {
            return null; // no end tag at all: no scan (many unclosed tags stay linear)
        }
        List<Tag> known = blocks.get(key(opener, to));
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        List<Tag> found = match(opener, from, to, middles, endName);
        blocks.put(key(opener, to), found == null ? List.of() : found);
        return found;
    }

    private static long key(int opener, int to) {
        return ((long) opener << 32) | (to & 0xffffffffL);
    }

    private List<Tag> match(int opener, int from, int to, Set<String> middles, String endName) {
        List<Tag> found = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Deque<Integer> openers = new ArrayDeque<>();
        int i = from;
        while (true) {
            int[] tag = nextTag(i, to);
            if (tag == null) {
                // every block still open here is as unclosed within [its start, to) as this one
                openers.forEach(o -> blocks.put(key(o, to), List.of()));
                return null;
            }
            int b = tag[0];
            int e = tag[1];
            String inner = Expressions.strip(text.substring(b + 2, e));
            int space = firstSpace(inner);
            String name = space < 0 ? inner : inner.substring(0, space);
            i = e + 2;
            if (LITERAL_BLOCKS.contains(name)) {
                int[] close = findTag(e + 2, to, "end" + name);
                if (close != null) {
                    i = close[1];
                }
            } else if (BLOCKS.contains(name)) {
                open.push("end" + name);
                openers.push(b);
            } else if (name.startsWith("end") && !open.isEmpty()) {
                if (!open.peek().equals(name)) {
                    // the same wrong end tag ends every block open here but the innermost one
                    openers.stream().skip(1).forEach(o -> blocks.put(key(o, to), List.of()));
                    return null;
                }
                open.pop();
                openers.pop();
            } else if (open.isEmpty() && (name.equals(endName) || middles.contains(name))) {
                // whitespace control widens the tag over the whitespace it removes
                int limit = found.isEmpty() ? from : found.get(found.size() - 1).end();
                int start = trimsLeft(b) ? spaceBack(b, limit) : b;
                int end = trimsRight(b, e) ? spaceForward(e + 2, to) : e + 2;
                if (name.equals(endName)) {
                    found.add(new Tag(start, end, name, ""));
                    return found; // remembered and shared: callers only read it
                }
                found.add(new Tag(start, end, name, space < 0 ? "" : inner.substring(space).strip()));
            }
        }
    }

    // ------------------------------------------------------------ whitespace control

    /** True when the tag or expression at b whose closing braces start at e ends with {@code -}. */
    boolean trimsRight(int b, int e) {
        return e - 1 > b + 2 && text.charAt(e - 1) == '-';
    }

    boolean trimsLeft(int b) {
        return b + 2 < text.length() && text.charAt(b + 2) == '-';
    }

    /** Where the whitespace run ending at b starts, not before limit. */
    int spaceBack(int b, int limit) {
        while (b > limit && isLiquidSpace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** Where the whitespace run starting at e ends, not after to. */
    int spaceForward(int e, int to) {
        while (e < to && isLiquidSpace(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** True when only spaces or tabs surround [start, end) on its line. */
    boolean aloneOnLine(int start, int end) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whitespace as Liquid's whitespace control removes it (Ruby's strip). */
    private static boolean isLiquidSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** True when a line break ends at {@code i}: {@code \n}, or {@code \r} not followed by {@code \n}. */
    static boolean isBreak(String s, int i) {
        char c = s.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
    }

    static int lineBreaks(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isBreak(s, i)) {
                n++;
            }
        }
        return n;
    }

    static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
