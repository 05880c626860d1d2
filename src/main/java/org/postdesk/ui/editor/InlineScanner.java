package org.postdesk.ui.editor;

import java.util.Arrays;

/**
 * Marks the inline constructs of one line range. Each kind of closing delimiter is searched
 * forward at most once over any part of the range: a search that succeeds moves the scan past
 * its result, and one that fails marks the kind dead for the rest of the range. That keeps the
 * work linear even on a megabyte-long line of asterisks or brackets.
 */
final class InlineScanner {

    private static final int STAR1 = 0;
    private static final int STAR2 = 1;
    private static final int UNDER1 = 2;
    private static final int UNDER2 = 3;
    private static final int TILDE2 = 4;
    private static final int STRONG_EM = 5;
    private static final int KINDS = 6;
    private static final int MAX_BACKTICK_RUN = 32;

    private final String text;
    private final short[] masks;

    InlineScanner(String text, short[] masks) {
        this.text = text;
        this.masks = masks;
    }

    void scan(int from, int to) {
        new Range(to).run(from);
    }

    /** The scan state of one range: open emphasis closers and kinds known to have no closer. */
    private final class Range {
        private final int to;
        private final int[] closerAt = new int[KINDS];
        private final boolean[] dead = new boolean[KINDS];
        private final boolean[] deadBacktickRun = new boolean[MAX_BACKTICK_RUN + 1];
        private int[] nextFrom;
        private int[] nextAt;
        private boolean noCloseBracket;
        private boolean noLiquidOutput;
        private boolean noLiquidTag;

        Range(int to) {
            this.to = to;
            Arrays.fill(closerAt, -1);
        }

        void run(int from) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> i += 2;
                    case '`' -> i = codeSpan(i);
                    case '{' -> i = liquid(i);
                    case '<' -> i = angle(i);
                    case '!' -> i = i + 1 < to && text.charAt(i + 1) == '[' ? link(i, i + 1) : i + 1;
                    case '[' -> i = link(i, i);
                    case '*', '_', '~' -> i = emphasis(i, c);
                    case 'h' -> i = bareUrl(i);
                    default -> i++;
                }
            }
        }

        private int codeSpan(int i) {
            int run = run(i, '`');
            if (run > MAX_BACKTICK_RUN || deadBacktickRun[run]) {
                return i + run;
            }
            int p = i + run;
            while (true) {
                int next = indexOf('`', p);
                if (next < 0) {
                    deadBacktickRun[run] = true;
                    return i + run;
                }
                int closeRun = run(next, '`');
                if (closeRun == run) {
                    mark(i, next + run, MarkdownStyle.CODE);
                    return next + run;
                }
                p = next + closeRun;
            }
        }

        private int liquid(int i) {
            if (i + 1 >= to) {
                return i + 1;
            }
            char second = text.charAt(i + 1);
            String close = second == '{' ? "}}" : second == '%' ? "%}" : null;
            if (close == null || (second == '{' ? noLiquidOutput : noLiquidTag)) {
                return i + 1;
            }
            int end = indexOf(close, i + 2);
            if (end < 0) {
                if (second == '{') {
                    noLiquidOutput = true;
                } else {
                    noLiquidTag = true;
                }
                return i + 2;
            }
            mark(i, end + 2, MarkdownStyle.LIQUID);
            return end + 2;
        }

        private int angle(int i) {
            if (text.startsWith("<!--", i)) {
                int end = indexOf("-->", i + 4);
                int stop = end < 0 ? to : end + 3;
                mark(i, stop, MarkdownStyle.HTML);
                return stop;
            }
            if (i + 1 >= to) {
                return i + 1;
            }
            char next = text.charAt(i + 1);
            boolean tag = Character.isLetter(next) && next < 128
                    || next == '/' && i + 2 < to && Character.isLetter(text.charAt(i + 2));
            if (!tag) {
                return i + 1;
            }
            int close = indexOf('>', i + 1);
            if (close < 0) {
                return i + 1;
            }
            boolean autolink = text.startsWith("http://", i + 1) || text.startsWith("https://", i + 1)
                    || text.startsWith("mailto:", i + 1);
            mark(i, close + 1, autolink ? MarkdownStyle.URL : MarkdownStyle.HTML);
            return close + 1;
        }

        /** A link or image whose '[' is at {@code bracket}; {@code start} is the '!' of an image. */
        private int link(int start, int bracket) {
            if (noCloseBracket) {
                return bracket + 1;
            }
            int close = indexOf(']', bracket + 1);
            if (close < 0) {
                noCloseBracket = true;
                return bracket + 1;
            }
            int after = close + 1;
            int end;
            if (after < to && text.charAt(after) == '(') {
                end = indexOf(')', after + 1);
            } else if (after < to && text.charAt(after) == '[') {
                end = indexOf(']', after + 1);
            } else if (after < to && text.charAt(after) == ':' && bracket == start) {
                end = to - 1;
            } else {
                end = -1;
            }
            if (end < 0) {
                return bracket + 1;
            }
            boolean image = start != bracket;
            mark(start, close + 1, image ? MarkdownStyle.IMAGE : MarkdownStyle.LINK);
            mark(after, end + 1, text.charAt(after) == '[' ? MarkdownStyle.LINK : MarkdownStyle.URL);
            markLiquidWithin(after + 1, end);
            if (close > bracket + 1) {
                new Range(close).run(bracket + 1);
            }
            return end + 1;
        }

        /** Liquid inside an address ({{ site.baseurl }}/img/a.png); the stretch is read once. */
        private void markLiquidWithin(int from, int until) {
            int open = -1;
            for (int p = from; p + 1 < until; p++) {
                char c = text.charAt(p);
                char next = text.charAt(p + 1);
                if (open < 0 && c == '{' && (next == '{' || next == '%')) {
                    open = p;
                    p++;
                } else if (open >= 0 && (c == '}' || c == '%') && next == '}') {
                    mark(open, p + 2, MarkdownStyle.LIQUID);
                    open = -1;
                    p++;
                }
            }
        }

        private int emphasis(int i, char c) {
            int run = run(i, c);
            int kind = kindOf(c, run);
            if (kind < 0) {
                return i + run;
            }
            if (closerAt[kind] == i) {
                closerAt[kind] = -1;
                return i + run;
            }
            boolean canOpen = i + run < to && !Character.isWhitespace(text.charAt(i + run))
                    && (c != '_' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!canOpen || dead[kind] || closerAt[kind] > i) {
                return i + run;
            }
            int closer = findCloser(i + run, c, run, kind);
            if (closer < 0) {
                dead[kind] = true;
                return i + run;
            }
            closerAt[kind] = closer;
            int end = closer + Math.min(run, 3);
            switch (kind) {
                case STAR1, UNDER1 -> mark(i, end, MarkdownStyle.EMPHASIS);
                case STAR2, UNDER2 -> mark(i, end, MarkdownStyle.STRONG);
                case TILDE2 -> mark(i, end, MarkdownStyle.STRIKE);
                default -> {
                    mark(i, end, MarkdownStyle.STRONG);
                    mark(i, end, MarkdownStyle.EMPHASIS);
                }
            }
            return i + run;
        }

        private int findCloser(int from, char c, int run, int kind) {
            int p = from;
            while (true) {
                int next = indexOf(c, p);
                if (next < 0) {
                    return -1;
                }
                int closeRun = run(next, c);
                boolean sameKind = kind == STRONG_EM ? closeRun >= 3 : closeRun == run;
                boolean afterText = !Character.isWhitespace(text.charAt(next - 1));
                int after = next + closeRun;
                boolean boundary = c != '_' || after >= to || !Character.isLetterOrDigit(text.charAt(after));
                if (sameKind && afterText && boundary) {
                    return next;
                }
                p = after;
            }
        }

        private int kindOf(char c, int run) {
            if (c == '~') {
                return run == 2 ? TILDE2 : -1;
            }
            if (run >= 3) {
                return STRONG_EM;
            }
            if (c == '*') {
                return run == 1 ? STAR1 : STAR2;
            }
            return run == 1 ? UNDER1 : UNDER2;
        }

        private int bareUrl(int i) {
            boolean starts = text.startsWith("http://", i) || text.startsWith("https://", i);
            if (!starts || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                return i + 1;
            }
            int end = i;
            while (end < to && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '<'
                    && text.charAt(end) != ')') {
                end++;
            }
            mark(i, end, MarkdownStyle.URL);
            return end;
        }

        /**
         * The next {@code c} at or after {@code from} inside the range, or -1. Remembers the last
         * answer per ASCII character, so repeated look-ups from openers before the same closer
         * (think {@code [[[[[...]}) do not scan the same stretch again.
         */
        private int indexOf(char c, int from) {
            if (c >= 128) {
                return scan(c, from);
            }
            if (nextFrom == null) {
                nextFrom = new int[128];
                nextAt = new int[128];
                Arrays.fill(nextFrom, Integer.MAX_VALUE);
            }
            if (nextFrom[c] <= from && (nextAt[c] >= from || nextAt[c] < 0)) {
                return nextAt[c];
            }
            int found = scan(c, from);
            nextFrom[c] = from;
            nextAt[c] = found;
            return found;
        }

        private int scan(char c, int from) {
            for (int p = from; p < to; p++) {
                if (text.charAt(p) == c) {
                    return p;
                }
            }
            return -1;
        }

        /** The next two-character {@code token} wholly inside the range, or -1. */
        private int indexOf(String token, int from) {
            int p = from;
            while (true) {
                int hit = indexOf(token.charAt(0), p);
                if (hit < 0 || hit + token.length() > to) {
                    return -1;
                }
                if (text.startsWith(token, hit)) {
                    return hit;
                }
                p = hit + 1;
            }
        }

        private int run(int p, char c) {
            int q = p;
            while (q < to && text.charAt(q) == c) {
                q++;
            }
            return q - p;
        }

        private void mark(int from, int toExclusive, MarkdownStyle style) {
            short bit = (short) style.bit();
            for (int k = from; k < toExclusive; k++) {
                masks[k] |= bit;
            }
        }
    }
}
