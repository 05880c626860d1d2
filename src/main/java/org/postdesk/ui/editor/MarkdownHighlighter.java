package org.postdesk.ui.editor;

/**
 * Computes the Markdown highlighting of a post body: a pure function from text to
 * {@link Highlighting}. It reads the text once, line by line, and each inline construct looks for
 * its closing delimiter at most once per line, so the cost grows linearly with the text (a 1 MB
 * body takes a few milliseconds). Thread-safe: it keeps no state between calls.
 *
 * <p>It colours what an author needs to see while writing, not every CommonMark corner: block
 * constructs (fenced code, {@code {% highlight %}} blocks, headings, quotes, list markers,
 * rules) are recognised per line, inline constructs (emphasis, code spans, links, images, HTML
 * tags, Liquid, bare URLs) within one line. Indented code blocks and setext headings are left
 * plain, because telling them apart from list continuations needs the full parse.
 */
public final class MarkdownHighlighter {

    public Highlighting highlight(String text) {
        short[] masks = new short[text.length()];
        new Pass(text, masks).run();
        return new Highlighting(masks);
    }

    /** One highlighting run; holds the block state (open fence) while it walks the lines. */
    private static final class Pass {
        private final String text;
        private final short[] masks;
        private final InlineScanner inline;
        private char fenceChar;
        private int fenceLength;
        private boolean inLiquidCode;

        Pass(String text, short[] masks) {
            this.text = text;
            this.masks = masks;
            this.inline = new InlineScanner(text, masks);
        }

        void run() {
            int n = text.length();
            int start = 0;
            while (start <= n) {
                int eol = text.indexOf('\n', start);
                if (eol < 0) {
                    eol = n;
                }
                int end = eol > start && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
                line(start, end);
                start = eol + 1;
            }
        }

        private void line(int start, int end) {
            if (fenceLength > 0) {
                mark(start, end, MarkdownStyle.CODE_BLOCK);
                if (closesFence(start, end)) {
                    fenceLength = 0;
                }
                return;
            }
            int p = skipSpaces(start, end, 3);
            if (inLiquidCode) {
                if (text.startsWith("endhighlight", skipLiquidOpen(p, end))) {
                    inLiquidCode = false;
                    inline.scan(start, end);
                } else {
                    mark(start, end, MarkdownStyle.CODE_BLOCK);
                }
                return;
            }
            if (opensFence(p, end)) {
                mark(start, end, MarkdownStyle.CODE_BLOCK);
                return;
            }
            if (text.startsWith("highlight", skipLiquidOpen(p, end))) {
                inLiquidCode = true;
                inline.scan(start, end);
                return;
            }
            p = quotePrefix(start, p, end);
            int content = skipSpaces(p, end, Integer.MAX_VALUE);
            if (isRule(content, end)) {
                mark(content, end, MarkdownStyle.RULE);
                return;
            }
            int hashes = headingLevel(content, end);
            if (hashes > 0) {
                mark(content, end, MarkdownStyle.HEADING);
                inline.scan(content + hashes, end);
                return;
            }
            inline.scan(listMarker(content, end), end);
        }

        /** Marks any {@code >} prefix (nested quotes too) and returns where the content starts. */
        private int quotePrefix(int lineStart, int p, int end) {
            int q = p;
            boolean quoted = false;
            while (q < end && text.charAt(q) == '>') {
                quoted = true;
                q++;
                q = skipSpaces(q, end, 3);
            }
            if (quoted) {
                mark(lineStart, end, MarkdownStyle.QUOTE);
                return q;
            }
            return p;
        }

        private boolean opensFence(int p, int end) {
            if (p >= end || (text.charAt(p) != '`' && text.charAt(p) != '~')) {
                return false;
            }
            char c = text.charAt(p);
            int run = runLength(p, end, c);
            if (run < 3 || (c == '`' && text.indexOf('`', p + run) >= 0 && text.indexOf('`', p + run) < end)) {
                return false;
            }
            fenceChar = c;
            fenceLength = run;
            return true;
        }

        private boolean closesFence(int start, int end) {
            int p = skipSpaces(start, end, 3);
            int run = runLength(p, end, fenceChar);
            return run >= fenceLength && skipSpaces(p + run, end, Integer.MAX_VALUE) == end;
        }

        /** After "{%" or "{%-" and spaces, where the tag name starts; -1 if no Liquid tag opens at p. */
        private int skipLiquidOpen(int p, int end) {
            if (!text.startsWith("{%", p)) {
                return -1;
            }
            int q = p + 2;
            if (q < end && text.charAt(q) == '-') {
                q++;
            }
            return skipSpaces(q, end, Integer.MAX_VALUE);
        }

        private boolean isRule(int p, int end) {
            if (p >= end) {
                return false;
            }
            char c = text.charAt(p);
            if (c != '-' && c != '*' && c != '_') {
                return false;
            }
            int count = 0;
            for (int i = p; i < end; i++) {
                char d = text.charAt(i);
                if (d == c) {
                    count++;
                } else if (d != ' ' && d != '\t') {
                    return false;
                }
            }
            return count >= 3;
        }

        private int headingLevel(int p, int end) {
            int run = runLength(p, end, '#');
            if (run < 1 || run > 6) {
                return 0;
            }
            int after = p + run;
            return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? run : 0;
        }

        /** Marks a list marker (and a task box after it) at p; returns where the item text starts. */
        private int listMarker(int p, int end) {
            int q = p;
            if (q < end && (text.charAt(q) == '-' || text.charAt(q) == '+' || text.charAt(q) == '*')) {
                q++;
            } else {
                int digits = 0;
                while (q < end && digits < 9 && Character.isDigit(text.charAt(q))) {
                    q++;
                    digits++;
                }
                if (digits == 0 || q >= end || (text.charAt(q) != '.' && text.charAt(q) != ')')) {
                    return p;
                }
                q++;
            }
            if (q < end && text.charAt(q) != ' ' && text.charAt(q) != '\t') {
                return p;
            }
            int box = skipSpaces(q, end, Integer.MAX_VALUE);
            if (box + 3 <= end && text.charAt(box) == '[' && text.charAt(box + 2) == ']'
                    && " xX".indexOf(text.charAt(box + 1)) >= 0) {
                q = box + 3;
            }
            mark(p, q, MarkdownStyle.LIST_MARKER);
            return q;
        }

        private int skipSpaces(int p, int end, int max) {
            int q = p;
            while (q < end && q - p < max && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                q++;
            }
            return q;
        }

        private int runLength(int p, int end, char c) {
            int q = p;
            while (q < end && text.charAt(q) == c) {
                q++;
            }
            return q - p;
        }

        private void mark(int from, int to, MarkdownStyle style) {
            short bit = (short) style.bit();
            for (int i = from; i < to; i++) {
                masks[i] |= bit;
            }
        }
    }
}
