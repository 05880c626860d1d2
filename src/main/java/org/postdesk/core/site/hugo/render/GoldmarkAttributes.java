package org.postdesk.core.site.hugo.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Goldmark's attribute lists: {@code {#id .class key=value key="v"}} at the end of a heading line
 * ({@code parser.attribute.title}, on by default) and, with {@code parser.attribute.block}, on a
 * line of its own right after a paragraph. A list that does not read as one stays text, as in
 * Goldmark.
 */
final class GoldmarkAttributes {

    private GoldmarkAttributes() {
    }

    /** Takes a trailing attribute list off the heading's text. */
    static void headingAttributes(Heading heading) {
        Node last = heading.getLastChild();
        while (last != null && !(last instanceof Text) && last instanceof GoldmarkTree.Attributes) {
            last = last.getPrevious();
        }
        if (!(last instanceof Text text)) {
            return;
        }
        String s = text.getLiteral();
        String trimmed = s.stripTrailing();
        if (!trimmed.endsWith("}")) {
            return;
        }
        int open = trimmed.lastIndexOf('{');
        if (open < 0) {
            return;
        }
        Map<String, String> attrs = parse(trimmed.substring(open + 1, trimmed.length() - 1));
        if (attrs == null) {
            return;
        }
        String before = trimmed.substring(0, open).stripTrailing();
        if (before.isEmpty() && text.getPrevious() == null) {
            text.unlink();
        } else {
            text.setLiteral(before);
        }
        GoldmarkTree.Attributes a = GoldmarkTree.Attributes.on(heading);
        attrs.forEach(a::put);
    }

    /** A paragraph whose last line is an attribute list takes it (the line goes). */
    static void blockAttributes(Paragraph p) {
        Node last = p.getLastChild();
        if (!(last instanceof Text text) || !(last.getPrevious() instanceof SoftLineBreak br)) {
            return;
        }
        String s = text.getLiteral().strip();
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return;
        }
        Map<String, String> attrs = parse(s.substring(1, s.length() - 1));
        if (attrs == null) {
            return;
        }
        text.unlink();
        br.unlink();
        GoldmarkTree.Attributes a = GoldmarkTree.Attributes.on(p);
        attrs.forEach(a::put);
    }

    /** The attributes in the inside of {@code {...}}, or null when it is not an attribute list. */
    static Map<String, String> parse(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = list.length();
        boolean any = false;
        while (i < n) {
            char c = list.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == '#' || c == '.') {
                int start = ++i;
                while (i < n && isNameChar(list.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return null;
                }
                String v = list.substring(start, i);
                if (c == '#') {
                    out.put("id", v);
                } else {
                    out.merge("class", v, (x, y) -> x + " " + y);
                }
                any = true;
                continue;
            }
            int start = i;
            while (i < n && isNameChar(list.charAt(i))) {
                i++;
            }
            if (i == start || i >= n || list.charAt(i) != '=') {
                return null;
            }
            String key = list.substring(start, i);
            i++;
            String value;
            if (i < n && (list.charAt(i) == '"' || list.charAt(i) == '\'')) {
                char q = list.charAt(i);
                int end = list.indexOf(q, i + 1);
                if (end < 0) {
                    return null;
                }
                value = list.substring(i + 1, end);
                i = end + 1;
            } else {
                int vs = i;
                while (i < n && list.charAt(i) != ' ' && list.charAt(i) != '\t') {
                    i++;
                }
                value = list.substring(vs, i);
            }
            if (key.equals("class")) {
                out.merge("class", value, (x, y) -> x + " " + y);
            } else if (safeName(key)) {
                out.put(key, value);
            }
            any = true;
        }
        return any ? out : null;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
    }

    /** Attributes bypass the sanitizer: no event handlers, no URLs, no style. */
    private static boolean safeName(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return !(k.startsWith("on") || k.equals("href") || k.equals("src") || k.equals("srcset") || k.equals("style")
                || k.equals("srcdoc") || k.equals("action") || k.equals("formaction") || k.contains(":")
                || k.equals("background") || k.equals("poster") || k.equals("data"));
    }
}
