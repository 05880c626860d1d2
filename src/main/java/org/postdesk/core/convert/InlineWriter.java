package org.postdesk.core.convert;

import static org.postdesk.core.convert.HtmlToMarkdown.SOFT;
import static org.postdesk.core.convert.HtmlToMarkdown.collapse;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Inline Markdown: emphasis, code spans, links and images inside one paragraph. */
final class InlineWriter {

    /** The children of {@code e} as inline Markdown (soft breaks still marked). */
    String of(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(text(t.getWholeText()));
            } else if (child instanceof Element c && !HtmlToMarkdown.SKIPPED.contains(c.normalName())
                    && !HtmlToMarkdown.hidden(c)) {
                sb.append(element(c));
            }
        }
        return sb.toString();
    }

    String element(Element e) {
        return switch (e.normalName()) {
            case "strong", "b" -> wrap("**", of(e));
            case "em", "i", "cite", "dfn" -> wrap("*", of(e));
            case "del", "s", "strike" -> wrap("~~", of(e));
            case "code", "kbd", "samp", "tt" -> code(e.text());
            case "a" -> link(e);
            case "img" -> image(e);
            case "br" -> "  \n";
            case "p", "div", "section", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr" ->
                    SOFT + of(e) + SOFT;
            case "td", "th" -> of(e) + " ";
            default -> of(e);
        };
    }

    /** Text with Markdown's special characters escaped and white space collapsed. */
    static String text(String raw) {
        String collapsed = collapse(raw);
        StringBuilder sb = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if ("\\*_`[]".indexOf(c) >= 0) {
                sb.append('\\');
            } else if (c == '<' && i + 1 < collapsed.length()
                    && (Character.isLetter(collapsed.charAt(i + 1)) || "/!?".indexOf(collapsed.charAt(i + 1)) >= 0)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * {@code marker + content + marker}, with surrounding white space and closing punctuation
     * moved outside: CommonMark does not close {@code **粗体：**} when a letter follows.
     */
    static String wrap(String marker, String content) {
        int start = 0;
        int end = content.length();
        while (start < end && isSpace(content.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(content.charAt(end - 1))) {
            end--;
        }
        int inner = end;
        while (inner > start && isClosingPunctuation(content.charAt(inner - 1))
                && !(inner >= start + 2 && content.charAt(inner - 2) == '\\')) {
            inner--;
        }
        if (inner == start) {
            inner = end;
        }
        String core = content.substring(start, inner);
        if (core.isBlank() || core.startsWith(marker) && core.endsWith(marker) && core.length() >= 2 * marker.length()) {
            return content;
        }
        return content.substring(0, start) + marker + core + marker + content.substring(inner);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == SOFT || c == '\n';
    }

    private static boolean isClosingPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    static String code(String text) {
        if (text.isEmpty()) {
            return "";
        }
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private String link(Element a) {
        String href = a.attr("href").strip();
        String content = of(a);
        String lower = href.toLowerCase(Locale.ROOT);
        if (href.isEmpty() || href.startsWith("#") || lower.startsWith("javascript:")) {
            return content;
        }
        String url = destination(href);
        String label = HtmlToMarkdown.oneLine(content);
        if (label.isEmpty()) {
            return "<" + href + ">";
        }
        return "[" + label + "](" + url + ")";
    }

    private String image(Element img) {
        String src = img.attr("data-src").strip();
        if (src.isEmpty() || !(src.startsWith("http") || src.startsWith("//"))) {
            src = img.attr("src").strip();
        }
        if (src.isEmpty()) {
            return "";
        }
        if (src.startsWith("//")) {
            src = "https:" + src;
        }
        String alt = collapse(img.attr("alt")).replace(String.valueOf(SOFT), " ").strip()
                .replaceAll("([\\\\\\[\\]])", "\\\\$1");
        return "![" + alt + "](" + destination(src) + ")";
    }

    /** A link destination: spaces and parentheses percent-encoded, so it can stand between ( and ). */
    static String destination(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }
}
