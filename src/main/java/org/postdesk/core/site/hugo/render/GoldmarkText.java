package org.postdesk.core.site.hugo.render;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Goldmark's two text extensions Hugo turns on by default. Linkify: {@code http://},
 * {@code https://}, {@code ftp://} and {@code www.} names in running text become links (ASCII
 * only, as Goldmark's pattern; trailing punctuation and an unbalanced {@code )} stay out; a
 * {@code www.} link gets {@code linkifyProtocol}). Typographer: {@code --}, {@code ---},
 * {@code ...}, {@code <<}, {@code >>} and straight quotes become their typographic characters.
 * Text inside links is left alone by linkify; code is never visited.
 */
final class GoldmarkText {

    private final HugoMarkup markup;

    GoldmarkText(HugoMarkup markup) {
        this.markup = markup;
    }

    void apply(Text text) {
        java.util.List<Text> parts = new java.util.ArrayList<>();
        parts.add(text);
        if (markup.linkify() && !GoldmarkTree.inLink(text)) {
            linkify(text, parts);
        }
        if (markup.typographer()) {
            for (Text t : parts) {
                if (t.getParent() != null) {
                    t.setLiteral(typography(t.getLiteral(), before(t)));
                }
            }
        }
    }

    private static char before(Text t) {
        return t.getPrevious() instanceof Text p && !p.getLiteral().isEmpty()
                ? p.getLiteral().charAt(p.getLiteral().length() - 1)
                : t.getPrevious() == null ? ' ' : 'a';
    }

    private void linkify(Text text, java.util.List<Text> parts) {
        String s = text.getLiteral();
        int from = 0;
        Text current = text;
        while (true) {
            int start = find(s, from);
            if (start < 0) {
                return;
            }
            int end = start;
            while (end < s.length() && urlChar(s.charAt(end))) {
                end++;
            }
            end = trimEnd(s, start, end);
            String url = s.substring(start, end);
            if (!url.contains(".") || url.endsWith("://") || url.equals("www.")) {
                from = end > start ? end : start + 1;
                continue;
            }
            String dest = url.startsWith("www.") ? markup.linkifyProtocol() + "://" + url : url;
            Link link = new Link(dest, null);
            link.appendChild(new Text(url));
            Text after = new Text(s.substring(end));
            current.setLiteral(s.substring(0, start));
            current.insertAfter(link);
            link.insertAfter(after);
            if (current.getLiteral().isEmpty()) {
                current.unlink();
            }
            current = after;
            parts.add(after);
            s = after.getLiteral();
            from = 0;
            if (s.isEmpty()) {
                after.unlink();
                return;
            }
        }
    }

    private static int find(String s, int from) {
        int best = -1;
        for (String p : new String[] {"https://", "http://", "ftp://", "www."}) {
            int i = s.indexOf(p, from);
            while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && i >= 0) {
                i = s.indexOf(p, i + 1);
            }
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean urlChar(char c) {
        return c < 0x80 && c > ' ' && c != '<' && c != '"' && c != '`';
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start) {
            char c = s.charAt(end - 1);
            if (".,:;!?'*_~".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && count(s, start, end, '(') < count(s, start, end, ')')) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String s, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Goldmark's typographer substitutions; {@code prev} is the character before the text. */
    static String typography(String s, char prev) {
        if (s.indexOf('-') < 0 && s.indexOf('.') < 0 && s.indexOf('\'') < 0 && s.indexOf('"') < 0
                && s.indexOf('<') < 0 && s.indexOf('>') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char b = i == 0 ? prev : s.charAt(i - 1);
            char a = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (s.startsWith("---", i)) {
                sb.append('\u2014');
                i += 2;
            } else if (s.startsWith("--", i)) {
                sb.append('\u2013');
                i += 1;
            } else if (s.startsWith("...", i)) {
                sb.append('\u2026');
                i += 2;
            } else if (s.startsWith("<<", i)) {
                sb.append('\u00ab');
                i += 1;
            } else if (s.startsWith(">>", i)) {
                sb.append('\u00bb');
                i += 1;
            } else if (c == '\'' || c == '"') {
                boolean opens = (Character.isWhitespace(b) || "([{-\u2013\u2014".indexOf(b) >= 0)
                        && !Character.isWhitespace(a);
                if (c == '\'') {
                    sb.append(opens ? '\u2018' : '\u2019');
                } else {
                    sb.append(opens ? '\u201c' : '\u201d');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
