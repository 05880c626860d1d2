package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small, line-preserving stand-in for Jekyll's Liquid step: enough for a faithful preview of
 * what posts really contain, until a full engine arrives.
 *
 * <ul>
 *   <li>{@code {{ site.KEY }}}, {@code {{ page.KEY }}}, literals, and the filters in
 *       {@link LiquidExpression}; an expression it does not understand stays visible.</li>
 *   <li>{@code {% raw %}}: kept literally; {@code {% comment %}}: removed;
 *       {@code {% highlight LANG %}}: becomes a fenced code block (content literal, as Jekyll
 *       3.8+ treats it).</li>
 *   <li>{@code {% post_url %}} and {@code {% link %}}: through {@link SiteLinks}; when unresolved
 *       they become a {@code pd-broken:} marker URL that the preview shows as a broken link.</li>
 *   <li>{@code {% include %}}: a visible placeholder. Any other tag ({@code if}, {@code for},
 *       {@code assign}...) stays as written.</li>
 * </ul>
 *
 * Every replacement keeps the line breaks of what it replaces, so lines never shift. Whitespace
 * control ({@code {%-}) is accepted but does not remove whitespace. Stateless and thread-safe.
 */
public final class LiquidLite implements TemplatePass {

    /** The URL scheme of the marker left for an unresolved post_url or link tag. */
    public static final String BROKEN_SCHEME = "pd-broken:";

    @Override
    public Result apply(String text, Context context) {
        if (text.indexOf('{') < 0) {
            return new Result(text, List.of());
        }
        return new Run(text, context).run();
    }

    /** One pass over one text. */
    private static final class Run {
        private final String text;
        private final Context context;
        private final StringBuilder out;
        private final List<String> notes = new ArrayList<>();
        private int copied;

        Run(String text, Context context) {
            this.text = text;
            this.context = context;
            this.out = new StringBuilder(text.length() + 64);
        }

        Result run() {
            boolean exprEnds = true;
            boolean tagEnds = true;
            int i = 0;
            int n = text.length();
            while (true) {
                int b = text.indexOf('{', i);
                if (b < 0 || b + 1 >= n) {
                    break;
                }
                char c = text.charAt(b + 1);
                int next = -1;
                if (c == '{' && exprEnds) {
                    int e = text.indexOf("}}", b + 2);
                    exprEnds = e >= 0;
                    next = e < 0 ? -1 : expression(b, e);
                } else if (c == '%' && tagEnds) {
                    int e = text.indexOf("%}", b + 2);
                    tagEnds = e >= 0;
                    next = e < 0 ? -1 : tag(b, e);
                }
                i = next < 0 ? b + 1 : next;
            }
            if (copied == 0) {
                return new Result(text, notes);
            }
            out.append(text, copied, n);
            return new Result(out.toString(), notes);
        }

        /** Handles {@code {{...}}} at [b, e+2); returns where scanning continues, or -1 to keep it. */
        private int expression(int b, int e) {
            String inner = text.substring(b + 2, e);
            Optional<String> value = LiquidExpression.evaluate(inner, context);
            if (value.isEmpty()) {
                return -1;
            }
            replace(b, e + 2, value.get() + newlines(inner));
            return e + 2;
        }

        private int tag(int b, int e) {
            String inner = LiquidExpression.strip(text.substring(b + 2, e));
            int space = firstSpace(inner);
            String name = space < 0 ? inner : inner.substring(0, space);
            String args = space < 0 ? "" : inner.substring(space).strip();
            int end = e + 2;
            return switch (name) {
                case "raw" -> block(b, end, "endraw", true);
                case "comment" -> block(b, end, "endcomment", false);
                case "highlight" -> highlight(b, end, args);
                case "post_url" -> link(b, end, "post_url", args, context.links().postUrl(args));
                case "link" -> link(b, end, "link", args, context.links().link(args));
                case "include", "include_relative" -> include(b, end, name, args);
                default -> -1;
            };
        }

        /** raw (keep content) or comment (drop content, keep its line breaks). */
        private int block(int b, int tagEnd, String endName, boolean keep) {
            int[] close = findTag(tagEnd, endName);
            if (close == null) {
                notes.add("A {% " + endName.substring(3) + " %} tag is never closed, so it is shown as written.");
                return -1;
            }
            String content = text.substring(tagEnd, close[0]);
            replace(b, close[1], newlines(text.substring(b, tagEnd))
                    + (keep ? content : newlines(content)) + newlines(text.substring(close[0], close[1])));
            return close[1];
        }

        private int highlight(int b, int tagEnd, String args) {
            int[] close = findTag(tagEnd, "endhighlight");
            if (close == null || !aloneOnLine(b, tagEnd) || !aloneOnLine(close[0], close[1])) {
                return -1; // shown as written; the content still gets no Liquid, like Jekyll
            }
            String content = text.substring(tagEnd, close[0]);
            String lang = args.isEmpty() ? "" : args.split("\\s+")[0];
            String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
            replace(b, close[1], fence + lang + content + fence);
            return close[1];
        }

        private int link(int b, int end, String kind, String args, Optional<String> url) {
            String target = url.orElseGet(() -> BROKEN_SCHEME + kind + "/" + UrlText.encodeLoosely(args));
            replace(b, end, target + newlines(text.substring(b, end)));
            return end;
        }

        private int include(int b, int end, String name, String args) {
            String label = UrlText.escapeHtml(name + " " + args.replaceAll("\\s+", " "));
            replace(b, end, "<span class=\"pd-include\" title=\"Jekyll include: not shown in the preview\">"
                    + label + "</span>" + newlines(text.substring(b, end)));
            return end;
        }

        /** Finds {@code {% name %}} from {@code from}: {start, end} or null. */
        private int[] findTag(int from, String name) {
            int i = from;
            while (true) {
                int b = text.indexOf("{%", i);
                if (b < 0) {
                    return null;
                }
                int e = text.indexOf("%}", b + 2);
                if (e < 0) {
                    return null;
                }
                if (LiquidExpression.strip(text.substring(b + 2, e)).equals(name)) {
                    return new int[] {b, e + 2};
                }
                i = b + 2;
            }
        }

        /** True when only spaces or tabs surround [start, end) on its line. */
        private boolean aloneOnLine(int start, int end) {
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

        private void replace(int start, int end, String replacement) {
            out.append(text, copied, start).append(replacement);
            copied = end;
        }
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The line breaks in {@code s} ({@code \r\n}, {@code \n} or {@code \r}), in order. */
    static String newlines(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(c);
            }
        }
        return sb == null ? "" : sb.toString();
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
