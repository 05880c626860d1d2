package org.postdesk.core.render.kramdown;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Text as kramdown writes it: typographic symbols ({@code ---} em dash, {@code --} en dash,
 * {@code ...} ellipsis, curly quotes) and {@code **strong**} that CommonMark's flanking rules
 * refuse next to CJK punctuation ({@code **粗体：**后文}). Only text nodes are touched, so code
 * and HTML keep their characters. Stateless.
 */
final class KramdownText {

    private KramdownText() {
    }

    /** Applies both to one text node (which may split into several nodes). */
    static void apply(Text text) {
        Node last = text.getLiteral().indexOf("**") >= 0 ? strong(text) : text;
        Node stop = last.getNext();
        for (Node n = text; n != stop && n != null; ) {
            Node next = n.getNext();
            Text t = n instanceof Text plain ? plain : n.getFirstChild() instanceof Text inner ? inner : null;
            if (t != null) {
                String before = t.getLiteral();
                String after = typography(before, t.getPrevious() == null ? t.getParent().getPrevious() : t.getPrevious());
                if (after.isEmpty()) {
                    t.unlink();
                } else if (after != before) {
                    t.setLiteral(after);
                }
            }
            n = next;
        }
    }

    /** Pairs of {@code **} left as text become strong emphasis (kramdown has no flanking rules). */
    private static Node strong(Text text) {
        String s = text.getLiteral();
        Node last = text;
        int open = s.indexOf("**");
        while (open >= 0) {
            int close = s.indexOf("**", open + 2);
            if (close < 0) {
                return last;
            }
            String inner = s.substring(open + 2, close);
            if (inner.isEmpty() || Character.isWhitespace(inner.charAt(0))
                    || Character.isWhitespace(inner.charAt(inner.length() - 1)) || inner.indexOf('*') >= 0) {
                open = s.indexOf("**", open + 2);
                continue;
            }
            StrongEmphasis strong = new StrongEmphasis("**");
            strong.appendChild(new Text(inner));
            text.setLiteral(s.substring(0, open));
            text.insertAfter(strong);
            last = strong;
            String rest = s.substring(close + 2);
            if (rest.isEmpty()) {
                return last;
            }
            Text after = new Text(rest);
            strong.insertAfter(after);
            text = after;
            last = after;
            s = rest;
            open = s.indexOf("**");
        }
        return last;
    }

    /** kramdown's typographic symbols and smart quotes; returns {@code s} itself when unchanged. */
    static String typography(String s, Node previous) {
        StringBuilder out = null;
        int n = s.length();
        // most text (all of Chinese prose) has none of - . " ': one compare per character until one
        int first = 0;
        while (first < n) {
            char c = s.charAt(first);
            if (c <= '.' && (c == '-' || c == '.' || c == '"' || c == '\'')) {
                break;
            }
            first++;
        }
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            String r = null;
            int skip = 0;
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                boolean em = i + 2 < n && s.charAt(i + 2) == '-';
                r = em ? "\u2014" : "\u2013";
                skip = em ? 2 : 1;
            } else if (c == '.' && i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
                r = "\u2026";
                skip = 2;
            } else if (c == '"') {
                r = opens(s, i, previous) ? "\u201c" : "\u201d";
            } else if (c == '\'') {
                r = opens(s, i, previous) && !(i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
                        && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) ? "\u2018" : "\u2019";
            }
            if (r == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(r);
            i += skip;
        }
        return out == null ? s : out.toString();
    }

    /** A quote opens when nothing, a space or an opening bracket comes before it. */
    private static boolean opens(String s, int i, Node previous) {
        if (i == 0) {
            return previous == null || !(previous instanceof Text || previous instanceof Code
                    || previous instanceof Emphasis || previous instanceof StrongEmphasis
                    || previous instanceof Link);
        }
        char b = s.charAt(i - 1);
        return Character.isWhitespace(b) || b == '(' || b == '[' || b == '{' || b == '\u2014' || b == '\u2013';
    }
}
