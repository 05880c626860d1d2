package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-level kramdown syntax that CommonMark does not know, taken out of the text before
 * parsing without moving any line: block attribute lists ({@code {: .notice}}, {@code {:toc}}
 * on a line of their own) become empty lines, which is also how kramdown treats them (they end
 * a paragraph). What they said is kept in {@link BlockIal}s for {@link KramdownTree}.
 * Fenced code is left alone. Stateless.
 */
final class KramdownLines {

    private static final Pattern BLOCK_IAL = Pattern.compile(" {0,3}\\{:(?!:)([^}]*)\\}[ \\t]*");

    /** A block attribute list on 0-based line {@code line}, and whether its neighbours are blank. */
    record BlockIal(int line, String list, boolean blankBefore, boolean blankAfter) {
    }

    /** The text for CommonMark and the attribute lists taken out of it. */
    record Result(String text, List<BlockIal> ials) {
    }

    private KramdownLines() {
    }

    static Result apply(String text) {
        if (!text.contains("{:")) {
            return new Result(text, List.of());
        }
        List<BlockIal> ials = new ArrayList<>();
        StringBuilder out = null;
        int copied = 0;
        String fence = null;
        boolean previousBlank = true;
        int line = 0;
        int start = 0;
        int n = text.length();
        Matcher m = BLOCK_IAL.matcher(text);
        while (start <= n) {
            int end = lineEnd(text, start);
            String content = text.substring(start, end);
            String stripped = content.stripLeading();
            if (fence != null) {
                if (stripped.startsWith(fence) && stripped.substring(fence.length()).isBlank()) {
                    fence = null;
                }
            } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = stripped.substring(0, fenceLength(stripped));
            } else if (stripped.startsWith("{:") && m.region(start, end).matches()) {
                int next = nextLineStart(text, end);
                boolean blankAfter = next > n || text.substring(next, lineEnd(text, next)).isBlank();
                ials.add(new BlockIal(line, m.group(1), previousBlank, blankAfter));
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, start);
                copied = end;
                previousBlank = true;
                line++;
                start = nextLineStart(text, end);
                continue;
            }
            previousBlank = content.isBlank();
            line++;
            start = nextLineStart(text, end);
        }
        if (out == null) {
            return new Result(text, List.of());
        }
        out.append(text, copied, n);
        return new Result(out.toString(), ials);
    }

    private static int fenceLength(String s) {
        char c = s.charAt(0);
        int i = 0;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i;
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
