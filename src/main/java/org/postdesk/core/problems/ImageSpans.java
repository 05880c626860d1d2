package org.postdesk.core.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.render.MarkdownBrackets;

/**
 * Where image links are written in the source text: the exact span of each destination of a
 * Markdown image {@code ![alt](dest "title")} (a destination that runs over a line break
 * included, as pasted from a Windows export) and of each {@code <img src="...">}. It does not
 * decide which of them are images (code blocks hold examples): the link checker does, and a
 * checked link is matched to the span on its line. Thread-safe.
 */
final class ImageSpans {

    /** A destination as written: {@code [start, end)} of the text, and the URL it stands for (escapes removed). */
    record Span(int start, int end, String raw, String url) {
    }

    private static final int MAX_ALT = 1000;
    private static final int MAX_DEST = 2000;
    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*([\"'])(.*?)\\1",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ImageSpans() {
    }

    /** The image destinations written in [from, to) of {@code text}, in text order. */
    static List<Span> find(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        String region = text.substring(from, to);
        int i = 0;
        while ((i = region.indexOf("![", i)) >= 0) {
            int close = MarkdownBrackets.closing(region, i + 1, '[', ']', MAX_ALT);
            i += 2;
            if (close < 0 || close + 1 >= region.length() || region.charAt(close + 1) != '(') {
                continue;
            }
            int end = MarkdownBrackets.closing(region, close + 1, '(', ')', MAX_DEST);
            if (end < 0) {
                continue;
            }
            int[] dest = destination(region, close + 2, end);
            if (dest[1] > dest[0]) {
                String raw = region.substring(dest[0], dest[1]);
                String inner = raw.startsWith("<") && raw.endsWith(">") ? raw.substring(1, raw.length() - 1) : raw;
                int shift = raw.startsWith("<") && raw.endsWith(">") ? 1 : 0;
                spans.add(new Span(from + dest[0] + shift, from + dest[1] - shift, inner, MarkdownBrackets.unescape(inner)));
            }
            i = end;
        }
        Matcher m = IMG_SRC.matcher(region);
        while (m.find()) {
            spans.add(new Span(from + m.start(2), from + m.end(2), m.group(2), m.group(2)));
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    /** [start, end) of the destination inside the parentheses (open, close): without spaces and title. */
    private static int[] destination(String s, int open, int close) {
        int a = open;
        while (a < close && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        if (a < close && s.charAt(a) == '<') {
            int gt = s.indexOf('>', a);
            return gt > 0 && gt < close ? new int[] {a, gt + 1} : new int[] {a, a};
        }
        int b = close;
        // a title at the end: whitespace, then "...", '...' or (...)
        int t = close - 1;
        while (t > a && Character.isWhitespace(s.charAt(t))) {
            t--;
        }
        char last = s.charAt(Math.max(a, t));
        char opener = last == '"' ? '"' : last == '\'' ? '\'' : last == ')' ? '(' : 0;
        if (opener != 0 && t > a) {
            int o = s.lastIndexOf(opener, t - 1);
            if (o > a && Character.isWhitespace(s.charAt(o - 1))) {
                b = o;
            }
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }


}
