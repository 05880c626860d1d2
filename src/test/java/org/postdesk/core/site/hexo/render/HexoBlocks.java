package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page as hexo-compare.py compares it: the blocks (headings as {@code h}, paragraphs, list items,
 * code, table cells, captions, definition terms) with their text, quotes and dashes folded and
 * whitespace left out, in the order they close; images as their file name; rules; the line-number
 * gutter of Hexo's highlight tables left out. Each block is {@code TAG\tTEXT}.
 */
final class HexoBlocks {

    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "td", "th",
            "dt", "dd", "figcaption");

    private HexoBlocks() {
    }

    private static final Pattern FIGURE = Pattern.compile("<figure class=\"highlight[^\"]*\">.*?</figure>", Pattern.DOTALL);
    private static final Pattern GUTTER = Pattern.compile("<td class=\"gutter\">.*?</td>", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("</?(?:table|tbody|tr|td)\\b[^>]*>");

    static List<String> of(String html) {
        // Hexo's highlight tables folded into one pre, as hexo-compare.py's canon() does
        String folded = FIGURE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                TABLE.matcher(GUTTER.matcher(m.group()).replaceAll("")).replaceAll("").replace("<br>", "\n")));
        List<String> out = new ArrayList<>();
        for (Node n : Jsoup.parseBodyFragment(folded).body().childNodes()) {
            walk(n, out);
        }
        return out;
    }

    /** Appends the blocks of {@code node}; returns its text as its enclosing block sees it. */
    private static String walk(Node node, List<String> out) {
        if (node instanceof TextNode t) {
            return t.getWholeText();
        }
        if (!(node instanceof Element e)) {
            return "";
        }
        String tag = e.tagName();
        if (tag.equals("script") || tag.equals("style") || e.hasClass("gutter")) {
            return "";
        }
        if (tag.equals("img")) {
            String src = e.attr("src").split("\\?")[0].replaceAll("/+$", "");
            out.add("img\t" + src.substring(src.lastIndexOf('/') + 1));
            return "";
        }
        if (tag.equals("hr")) {
            out.add("hr\t");
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            text.append(walk(child, out));
        }
        if (BLOCKS.contains(tag)) {
            String folded = fold(text.toString());
            if (!folded.isEmpty()) {
                out.add((tag.startsWith("h") ? "h" : tag) + "\t" + folded);
            }
        }
        return text.toString();
    }

    private static String fold(String s) {
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...").replace('\u00a0', ' ')
                .replaceAll("\\s+", "");
    }
}
