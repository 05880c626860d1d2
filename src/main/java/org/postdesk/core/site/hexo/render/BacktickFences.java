package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's first step on a post (its {@code backtick_code_block} filter): with a highlighter on, each
 * {@code ```} or {@code ~~~} fence, found by Hexo's own pattern (also after a list marker or up to
 * three {@code >}; closed only by the same fence), becomes its code figure before Markdown and
 * before the tags, so tags inside fences stay text. {@code ```js Title https://url link text} gives
 * the figure a caption. Fences inside an HTML comment, or with {@code highlight:false}, stay
 * Markdown with their braces as entities, as in Hexo (docs/decisions/0039). Stateless.
 */
final class BacktickFences {

    private static final Pattern FENCE = Pattern.compile("^((?:(?:[^\\S\\r\\n]*>){0,3}|[-*+]|[0-9]+\\.)[^\\S\\r\\n]*)"
            + "(`{3,}|~{3,})[^\\S\\r\\n]*((?:.*?[^`\\s])?)[^\\S\\r\\n]*\\n((?:[\\s\\S]*?\\n)?)"
            + "(?:(?:[^\\S\\r\\n]*>){0,3}[^\\S\\r\\n]*)\\2[^\\S\\r\\n]?(\\n+|$)", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?-->");
    private static final Pattern OPTIONS = Pattern.compile("\\s((?:line_number|line_threshold|first_line|wrap|mark"
            + "|language_attr|highlight):\\S+)");
    private static final Pattern ALL_OPTIONS = Pattern.compile("([^\\s]+)\\s+(.+?)\\s+(https?://\\S+|/\\S+)\\s*(.+)?");
    private static final Pattern LANG_CAPTION = Pattern.compile("([^\\s]+)\\s*(.+)?");

    private BacktickFences() {
    }

    /** A fence replaced: [start, end) of the text, what replaces it (a placeholder among kept text). */
    record Replacement(int start, int end, String text) {
    }

    static List<Replacement> find(String s, boolean highlight) {
        List<Replacement> out = new ArrayList<>();
        if (!highlight || (!s.contains("```") && !s.contains("~~~"))) {
            return out;
        }
        List<int[]> comments = new ArrayList<>();
        Matcher c = COMMENT.matcher(s);
        while (c.find()) {
            comments.add(new int[] {c.start(), c.end()});
        }
        Matcher m = FENCE.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (comments.stream().anyMatch(r -> r[0] < start && r[1] > end)) {
                out.add(new Replacement(start, end, escapeBraces(m.group())));
                continue;
            }
            String args = m.group(3);
            boolean enabled = true;
            Matcher o = OPTIONS.matcher(args);
            while (o.find()) {
                String[] kv = o.group(1).split(":", 2);
                if (kv[0].equals("highlight")) {
                    enabled = kv[1].equals("true");
                }
            }
            if (!enabled) {
                out.add(new Replacement(start, end, escapeBraces(m.group())));
                continue;
            }
            args = OPTIONS.matcher(args).replaceAll("");
            String lead = args.split("=", -1)[0];
            String lang = null;
            String caption = null;
            if (!lead.isEmpty()) {
                Matcher a = ALL_OPTIONS.matcher(lead);
                Matcher l = LANG_CAPTION.matcher(lead);
                Matcher hit = a.find() ? a : l.find() ? l : null;
                if (hit != null) {
                    lang = hit.group(1);
                    if (hit.group(2) != null) {
                        caption = "<span>" + hit.group(2) + "</span>";
                        if (hit == a && a.group(3) != null) {
                            caption += "<a href=\"" + HexoHtml.attr(a.group(3)) + "\">" + (a.group(4) != null ? a.group(4) : "link")
                                    + "</a>";
                        }
                    }
                }
            }
            String content = m.group(4).replaceFirst("\\n$", "");
            String lineStart = m.group(1);
            if (lineStart.contains(">")) {
                int depth = lineStart.split(">", -1).length - 1;
                content = Pattern.compile("^([^\\S\\r\\n]*>){0," + depth + "}([^\\S\\r\\n]|$)", Pattern.MULTILINE)
                        .matcher(content).replaceAll("");
            }
            String figure = CodeFigures.figure(content, lang, caption);
            out.add(new Replacement(start, end, lineStart + TagPlaceholder.encode(TagPlaceholder.HTML, figure, m.group())
                    + m.group(5)));
        }
        return out;
    }

    private static String escapeBraces(String s) {
        return s.replace("{", "&#123;").replace("}", "&#125;");
    }
}
