package org.postdesk.core.render.liquid;

/** {@code raw} (content kept literally), {@code comment} (dropped) and {@code highlight} (a fenced code block). */
final class LiteralTags {

    private LiteralTags() {
    }

    /** raw (keep content) or comment (drop content, keep its line breaks). */
    static int block(Render r, int b, int tagEnd, String endName, boolean keep) {
        int[] close = r.tags.findTag(tagEnd, r.text.length(), endName);
        if (close == null) {
            r.notes.add("A {% " + endName.substring(3) + " %} tag is never closed, so it is shown as written.");
            return -1;
        }
        int closeEnd = close[1];
        if (!keep && r.tags.trimsRight(close[0], close[1] - 2)) {
            closeEnd = r.tags.spaceForward(closeEnd, r.text.length());
        }
        r.out.replace(b, closeEnd, keep ? r.text.substring(tagEnd, close[0]) : "");
        return closeEnd;
    }

    /** As Jekyll 3.8+: the content is literal, in a fence longer than any backtick run in it. */
    static int highlight(Render r, int b, int tagEnd, String args) {
        int[] close = r.tags.findTag(tagEnd, r.text.length(), "endhighlight");
        if (close == null || !r.tags.aloneOnLine(b, tagEnd) || !r.tags.aloneOnLine(close[0], close[1])) {
            return -1; // shown as written; the content still gets no Liquid, like Jekyll
        }
        String content = r.text.substring(tagEnd, close[0]);
        String lang = args.isEmpty() ? "" : args.split("\\s+")[0];
        String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
        r.out.replace(b, close[1], fence + lang + content + fence);
        return close[1];
    }

    private static int longestBacktickRun(String s) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
