package org.postdesk.core.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a copied piece of a web page into Markdown a Jekyll post can hold: headings, paragraphs,
 * line breaks, emphasis, links, code, lists (nested), block quotes, GFM tables, images and rules.
 * Scripts, styles and comments are dropped; the {@code section}/{@code span} nesting of WeChat
 * articles collapses into plain paragraphs; Chinese text is kept as it is (a line break in the
 * HTML source between two CJK characters does not become a space). Remote image addresses are
 * kept as they are ({@code data-src} preferred, as WeChat loads images lazily). A block with
 * Liquid-looking text ({@code {{ }}}, {@code {% %}}) is wrapped in {@code {% raw %}} so Jekyll
 * shows it instead of running it. Pure and thread-safe.
 */
public final class HtmlToMarkdown {
    /** Marks collapsed white space that contained a line break: dropped between CJK characters. */
    static final char SOFT = '\u0001';

    static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "meta", "link", "noscript",
            "template", "iframe", "object", "embed", "button", "input", "select", "textarea", "svg", "canvas", "form");
    static final Set<String> BLOCKS = Set.of("div", "section", "article", "header", "footer", "main", "aside",
            "nav", "figure", "figcaption", "center", "body", "html", "dl", "dd", "dt", "address", "details", "summary",
            "fieldset", "caption", "tbody", "thead", "tfoot");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u00A0\\u200B]+");
    private static final Pattern LIQUID = Pattern.compile("\\{\\{|\\{%");

    /** Markdown for an HTML fragment or page; empty when it holds no text or image. */
    public String convert(String html) {
        Document doc = Jsoup.parseBodyFragment(stripClipboardHeader(html));
        List<String> blocks = new BlockWriter().blocks(doc.body());
        List<String> out = new ArrayList<>();
        for (String b : blocks) {
            out.add(LIQUID.matcher(b).find() && !b.startsWith("{% raw %}") ? "{% raw %}\n" + b + "\n{% endraw %}" : b);
        }
        return String.join("\n\n", out);
    }

    /** True when the HTML has structure worth converting (more than text in spans and fonts). */
    public boolean hasStructure(String html) {
        Document doc = Jsoup.parseBodyFragment(stripClipboardHeader(html));
        return !doc.body().select("p,h1,h2,h3,h4,h5,h6,ul,ol,li,table,img,a[href],blockquote,strong,b,em,i,hr,br,pre")
                .isEmpty();
    }

    /** Windows' CF_HTML starts with {@code Version:0.9 StartHTML:...} lines before the markup. */
    static String stripClipboardHeader(String html) {
        if (html.startsWith("Version:")) {
            int lt = html.indexOf('<');
            return lt < 0 ? "" : html.substring(lt);
        }
        return html;
    }

    /** Resolves soft breaks, trims each line and the whole. */
    static String finish(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != SOFT) {
                sb.append(c);
                continue;
            }
            char before = previousVisible(sb);
            char after = nextVisible(raw, i + 1);
            if (before == 0 || after == 0 || before == ' ' || before == '\n' || !(isCjk(before) && isCjk(after))) {
                if (before != ' ' && before != '\n' && before != 0) {
                    sb.append(' ');
                }
            }
        }
        String text = sb.toString().replaceAll(" {3,}\n", "  \n").replaceAll("(?m)^ +", "");
        text = text.replaceAll("(?m)(?<! ) $", "");
        return text.replace("****", "").strip();
    }

    private static char previousVisible(StringBuilder sb) {
        return sb.length() == 0 ? 0 : sb.charAt(sb.length() - 1);
    }

    private static char nextVisible(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != SOFT && c != ' ') {
                return c;
            }
        }
        return 0;
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
    }

    static String collapse(String text) {
        StringBuilder sb = new StringBuilder();
        var m = SPACES.matcher(text);
        int done = 0;
        while (m.find()) {
            sb.append(text, done, m.start());
            String ws = m.group();
            sb.append(ws.indexOf('\n') >= 0 || ws.indexOf('\r') >= 0 || ws.indexOf('\u200B') >= 0 ? SOFT : ' ');
            done = m.end();
        }
        return sb.append(text, done, text.length()).toString();
    }

    static String oneLine(String inline) {
        return finish(inline).replaceAll(" *\n *", " ").strip();
    }

    /** A paragraph line starting like a heading, list item, quote or rule would not stay a paragraph. */
    static String escapeLineStart(String text) {
        return text.lines().map(l -> {
            if (l.matches("^(#{1,6}(\\s|$)|>|[-+*](\\s|$)|=+\\s*$).*")) {
                return "\\" + l;
            }
            if (l.matches("^\\d{1,9}[.)](\\s|$).*")) {
                int p = l.indexOf('.') >= 0 && (l.indexOf(')') < 0 || l.indexOf('.') < l.indexOf(')'))
                        ? l.indexOf('.') : l.indexOf(')');
                return l.substring(0, p) + "\\" + l.substring(p);
            }
            return l;
        }).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static boolean hidden(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || e.hasAttr("hidden");
    }

}
