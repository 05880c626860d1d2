package org.postdesk.core.render.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rendered preview fragment cut into its top-level blocks, so that an edit can be shown by
 * replacing only the blocks that changed (see {@link #diff}). Built on the render thread: the
 * split is one pass over the HTML; comparing two splits on the FX thread costs one comparison
 * per block.
 *
 * <p>Each block is preceded by a marker comment ({@value #MARK}) in {@link #html()}; the page
 * finds the blocks by these markers. The sanitizer removes every comment of the post, so every
 * comment in the fragment is a marker.
 *
 * <p>A cut is made only where the HTML parser is certainly back at the top level with nothing
 * open: after an end tag that closes the last open element, as written, or a void element at
 * the top. Then the HTML after the cut parses the same on its own as in the whole fragment.
 * When the post's own HTML is not nested as written (an end tag that closes elements left
 * open, a stray end tag at the top, an unclosed raw-text element), no cut is made from the
 * last one on: the rest is one block, which is always correct, only slower to update.
 *
 * <p>Blocks are compared by their HTML without the values of {@code data-line} attributes,
 * plus the shape of those values (each one's distance to the block's first), so a block that
 * only moved up or down in the source compares equal and is shifted by one number.
 */
public final class PreviewBlocks {

    /** The marker before each block. */
    static final String MARK = "<!--pd-b-->";
    private static final String LINE_ATTRIBUTE = "data-line";
    private static final long PRIME = 0x100000001b3L;
    private static final long SEED = 0xcbf29ce484222325L;

    private final String html;
    private final int[] starts;
    private final long[] hashes;
    private final long[] shapes;
    private final int[] firstLines;

    private PreviewBlocks(String html, int[] starts, long[] hashes, long[] shapes, int[] firstLines) {
        this.html = html;
        this.starts = starts;
        this.hashes = hashes;
        this.shapes = shapes;
        this.firstLines = firstLines;
    }

    /** Splits a rendered (sanitized) fragment; any thread. */
    public static PreviewBlocks split(String fragment) {
        return new Splitter(Objects.requireNonNull(fragment)).run();
    }

    /** The whole fragment with a marker before each block. */
    public String html() {
        return html;
    }

    /** Number of blocks (0 for an empty fragment). */
    public int size() {
        return hashes.length;
    }

    /** The marked HTML of blocks [from, to). */
    String html(int from, int to) {
        return html.substring(starts[from], starts[to]);
    }

    /** The first {@code data-line} value of a block, or -1 when it has none. */
    int firstLine(int block) {
        return firstLines[block];
    }

    private boolean sameAs(int block, PreviewBlocks other, int otherBlock) {
        return hashes[block] == other.hashes[otherBlock] && shapes[block] == other.shapes[otherBlock]
                && (firstLines[block] < 0) == (other.firstLines[otherBlock] < 0);
    }

    /**
     * What turns the page showing {@code before} into one showing {@code after}: the unchanged
     * blocks at the start and at the end stay, the blocks between are replaced, and kept blocks
     * whose source lines moved get their {@code data-line} values shifted.
     */
    public static Patch diff(PreviewBlocks before, PreviewBlocks after) {
        int oldSize = before.size();
        int newSize = after.size();
        int limit = Math.min(oldSize, newSize);
        int prefix = 0;
        while (prefix < limit && after.sameAs(prefix, before, prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && after.sameAs(newSize - 1 - suffix, before, oldSize - 1 - suffix)) {
            suffix++;
        }
        int inserted = newSize - prefix - suffix;
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            addShift(runs, i, after.firstLines[i] >= 0, after.firstLines[i] - before.firstLines[i]);
        }
        for (int k = 0; k < suffix; k++) {
            int now = newSize - suffix + k;
            addShift(runs, now, after.firstLines[now] >= 0, after.firstLines[now] - before.firstLines[oldSize - suffix + k]);
        }
        return new Patch(prefix, oldSize - prefix - suffix, inserted, after.html(prefix, prefix + inserted),
                runs.toArray(new int[0][]), newSize);
    }

    /** A block without data-line joins the run before it (shifting it changes nothing), so runs stay few. */
    private static void addShift(List<int[]> runs, int block, boolean hasLines, int delta) {
        int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (!hasLines) {
            if (last != null && last[1] == block) {
                last[1] = block + 1;
            }
            return;
        }
        if (delta == 0) {
            return;
        }
        if (last != null && last[1] == block && last[2] == delta) {
            last[1] = block + 1;
        } else {
            runs.add(new int[] {block, block + 1, delta});
        }
    }

    /**
     * Replace {@code removed} blocks from {@code start} with {@code inserted} new ones (their
     * marked HTML), then add {@code delta} to every {@code data-line} in each kept block of the
     * {@code shifts} runs ({from, to, delta}, block indexes after the replacement). The page
     * then holds {@code total} blocks.
     */
    public record Patch(int start, int removed, int inserted, String html, int[][] shifts, int total) {

        /** True when the page already shows the new fragment. */
        public boolean isEmpty() {
            return removed == 0 && inserted == 0 && shifts.length == 0;
        }

        /** The shift runs as "from,to,delta,from,to,delta..." for the page. */
        public String shiftList() {
            StringBuilder sb = new StringBuilder();
            for (int[] run : shifts) {
                for (int v : run) {
                    if (!sb.isEmpty()) {
                        sb.append(',');
                    }
                    sb.append(v);
                }
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Patch[start=%d, removed=%d, inserted=%d, shifts=%s, total=%d]", start,
                    removed, inserted, Arrays.deepToString(shifts), total);
        }
    }

    /** One pass over the fragment: cuts, hashes, first lines. */
    private static final class Splitter {
        private final String s;
        private final int n;
        private final StringBuilder out;
        private final List<String> open = new ArrayList<>();
        private int[] starts = new int[64];
        private long[] hashes = new long[64];
        private long[] shapes = new long[64];
        private int[] firstLines = new int[64];
        private int count;
        private boolean cutting = true;
        private boolean closedTop; // the last tag left the top level with nothing open
        // the current block
        private int blockStart;
        private long hash;
        private long shape;
        private int firstLine;

        Splitter(String s) {
            this.s = s;
            this.n = s.length();
            this.out = new StringBuilder(n + n / 40 + 16);
        }

        PreviewBlocks run() {
            int i = 0;
            beginBlock(0);
            while (i < n) {
                char c = s.charAt(i);
                if (c != '<') {
                    hash = (hash ^ c) * PRIME;
                    i++;
                    continue;
                }
                i = markup(i);
                if (closedTop && cutting && open.isEmpty()) {
                    while (i < n && isSpace(s.charAt(i))) {
                        hash = (hash ^ s.charAt(i)) * PRIME;
                        i++;
                    }
                    if (i < n) {
                        endBlock(i);
                        beginBlock(i);
                    }
                }
            }
            if (blockStart < n) {
                endBlock(n);
            }
            int[] marked = new int[count + 1];
            for (int b = 0; b < count; b++) {
                marked[b] = starts[b] + b * MARK.length();
                out.append(MARK).append(s, starts[b], b + 1 < count ? starts[b + 1] : n);
            }
            marked[count] = out.length();
            return new PreviewBlocks(out.toString(), marked, Arrays.copyOf(hashes, count), Arrays.copyOf(shapes, count),
                    Arrays.copyOf(firstLines, count));
        }

        private void beginBlock(int at) {
            blockStart = at;
            hash = SEED;
            shape = SEED;
            firstLine = -1;
        }

        private void endBlock(int at) {
            if (count == starts.length) {
                int size = count * 2;
                starts = Arrays.copyOf(starts, size);
                hashes = Arrays.copyOf(hashes, size);
                shapes = Arrays.copyOf(shapes, size);
                firstLines = Arrays.copyOf(firstLines, size);
            }
            starts[count] = blockStart;
            hashes[count] = mix(hash);
            shapes[count] = mix(shape);
            firstLines[count] = firstLine;
            count++;
            blockStart = at;
        }

        /** Reads the markup starting with '<' at {@code lt}; returns where the text goes on. */
        private int markup(int lt) {
            closedTop = false;
            if (lt + 1 >= n) {
                return text(lt, lt + 1);
            }
            char next = s.charAt(lt + 1);
            if (next == '!' || next == '?') {
                int end = s.startsWith("<!--", lt) ? commentEnd(lt) : indexAfter('>', lt + 2);
                return text(lt, end);
            }
            if (next == '/') {
                if (lt + 2 < n && isLetter(s.charAt(lt + 2))) {
                    return tag(lt, true);
                }
                return text(lt, lt + 2 < n && s.charAt(lt + 2) == '>' ? lt + 3 : indexAfter('>', lt + 2));
            }
            if (isLetter(next)) {
                return tag(lt, false);
            }
            return text(lt, lt + 1); // a plain '<'
        }

        private int text(int from, int to) {
            for (int i = from; i < to; i++) {
                hash = (hash ^ s.charAt(i)) * PRIME;
            }
            return to;
        }

        /** A start or end tag at {@code lt}, its name starting at lt+1 or lt+2. */
        private int tag(int lt, boolean end) {
            int i = lt + (end ? 2 : 1);
            int nameStart = i;
            while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
                i++;
            }
            String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int hashedTo = lt;
            // attributes: name[=value], values quoted or not; only data-line values are skipped
            while (i < n && s.charAt(i) != '>') {
                char c = s.charAt(i);
                if (isSpace(c) || c == '/') {
                    i++;
                    continue;
                }
                int attrStart = i;
                while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>' && s.charAt(i) != '=') {
                    i++;
                }
                boolean lineAttr = !end && s.regionMatches(true, attrStart, LINE_ATTRIBUTE, 0, LINE_ATTRIBUTE.length())
                        && i - attrStart == LINE_ATTRIBUTE.length();
                int j = i;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                if (j >= n || s.charAt(j) != '=') {
                    continue;
                }
                j++;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                int valueStart;
                int valueEnd;
                if (j < n && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                    char quote = s.charAt(j);
                    valueStart = j + 1;
                    valueEnd = s.indexOf(quote, valueStart);
                    if (valueEnd < 0) {
                        valueEnd = n;
                    }
                    i = Math.min(n, valueEnd + 1);
                } else {
                    valueStart = j;
                    valueEnd = j;
                    while (valueEnd < n && !isSpace(s.charAt(valueEnd)) && s.charAt(valueEnd) != '>') {
                        valueEnd++;
                    }
                    i = valueEnd;
                }
                if (lineAttr) {
                    int line = parseLine(valueStart, valueEnd);
                    if (line >= 0) {
                        text(hashedTo, valueStart);
                        hashedTo = valueEnd;
                        if (firstLine < 0) {
                            firstLine = line;
                        }
                        shape = (shape ^ (line - firstLine)) * PRIME;
                        shape = (shape ^ 0x2c) * PRIME; // separator, so 1,23 differs from 12,3
                    }
                }
            }
            if (i >= n) {
                text(hashedTo, n);
                cutting = false; // the fragment ends inside a tag
                return n;
            }
            i++; // '>'
            text(hashedTo, i);
            if (end) {
                closedTop = closeElement(name) && open.isEmpty();
            } else if (HtmlElements.PARSER_VOID.contains(name)) {
                closedTop = open.isEmpty();
            } else if (name.equals(HtmlElements.PLAINTEXT)) {
                cutting = false; // everything after it is its text
                return text(i, n);
            } else if (HtmlElements.TEXT_CONTENT.contains(name)) {
                return rawText(name, i);
            } else {
                open.add(name);
            }
            return i;
        }

        /** Pops the element; false for an end tag that closes nothing. */
        private boolean closeElement(String name) {
            int at = open.lastIndexOf(name);
            if (at < 0) {
                if (open.isEmpty()) {
                    cutting = false; // a stray end tag at the top: browsers differ in what they make of it
                }
                return false; // ignored by the parser inside other elements, as here
            }
            if (at != open.size() - 1) {
                cutting = false; // closes elements left open: the parser may reopen some later
            }
            while (open.size() > at) {
                open.remove(open.size() - 1);
            }
            return true;
        }

        /** The content of a raw-text element up to its end tag; the end tag itself is read next. */
        private int rawText(String name, int from) {
            int i = from;
            while (true) {
                int lt = s.indexOf("</", i);
                if (lt < 0) {
                    cutting = false;
                    return text(from, n);
                }
                if (s.regionMatches(true, lt + 2, name, 0, name.length())) {
                    int after = lt + 2 + name.length();
                    if (after >= n || isSpace(s.charAt(after)) || s.charAt(after) == '/' || s.charAt(after) == '>') {
                        text(from, lt);
                        open.add(name);
                        return lt;
                    }
                }
                i = lt + 2;
            }
        }

        private int commentEnd(int lt) {
            int end = s.indexOf("-->", lt + 4);
            return end < 0 ? n : end + 3;
        }

        private int indexAfter(char c, int from) {
            int at = s.indexOf(c, from);
            return at < 0 ? n : at + 1;
        }

        private int parseLine(int from, int to) {
            if (to <= from || to - from > 9) {
                return -1;
            }
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
