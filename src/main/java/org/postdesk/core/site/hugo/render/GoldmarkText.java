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

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile(
            "(?:http|https|ftp)://[-a-zA-Z0-9@:%._+~#=]{1,256}\\.[a-z]+(?::\\d+)?"
            + "(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'\">^{}\\[\\]`]*)?");
    private static final java.util.regex.Pattern WWW = java.util.regex.Pattern.compile(
            "www\\.[-a-zA-Z0-9@:%._+~#=]{1,256}\\.[a-z]+(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'\">^{}\\[\\]`]*)?");

    /** Goldmark's linkify: a URL at the start of a line or after a space, {@code *}, {@code _}, {@code ~} or {@code (}. */
    private void linkify(Text text, java.util.List<Text> parts) {
        Text current = text;
        String s = current.getLiteral();
        boolean lineHead = !(text.getPrevious() instanceof Text) && (text.getPrevious() == null
                || text.getPrevious() instanceof org.commonmark.node.SoftLineBreak
                || text.getPrevious() instanceof org.commonmark.node.HardLineBreak);
        int i = 0;
        while (i < s.length()) {
            boolean at = i == 0 ? lineHead : " *_~(".indexOf(s.charAt(i - 1)) >= 0;
            char c = s.charAt(i);
            if (!at || (c != 'h' && c != 'f' && c != 'w')) {
                i++;
                continue;
            }
            java.util.regex.Matcher m = URL.matcher(s).region(i, s.length());
            boolean www = false;
            if (!m.lookingAt()) {
                m = WWW.matcher(s).region(i, s.length());
                www = true;
                if (!m.lookingAt()) {
                    i++;
                    continue;
                }
            }
            int end = trimEnd(s, i, m.end());
            String url = s.substring(i, end);
            Link link = new Link(www ? markup.linkifyProtocol() + "://" + url : url, null);
            link.appendChild(new Text(url));
            Text after = new Text(s.substring(end));
            current.setLiteral(s.substring(0, i));
            current.insertAfter(link);
            link.insertAfter(after);
            if (current.getLiteral().isEmpty()) {
                current.unlink();
            }
            parts.add(after);
            current = after;
            s = after.getLiteral();
            i = 0;
            lineHead = false;
            if (s.isEmpty()) {
                after.unlink();
                return;
            }
        }
    }

    /** Goldmark's end of a linkified URL: a final {@code .} off, unbalanced {@code )} off, an entity off, then trailing punctuation. */
    private static int trimEnd(String s, int start, int end) {
        char last = s.charAt(end - 1);
        if (last == '.') {
            end--;
        } else if (last == ')') {
            int closing = 0;
            for (int k = end - 1; k >= start; k--) {
                if (s.charAt(k) == ')') {
                    closing++;
                } else if (s.charAt(k) == '(') {
                    closing--;
                }
            }
            if (closing > 0) {
                end -= closing;
            }
        } else if (last == ';') {
            int k = end - 2;
            while (k >= start && Character.isLetterOrDigit(s.charAt(k)) && s.charAt(k) < 0x80) {
                k--;
            }
            if (k != end - 2 && k >= start && s.charAt(k) == '&') {
                end = k;
            }
        }
        int k = end - 1;
        while (k > start && "?!.,:*_~".indexOf(s.charAt(k)) >= 0) {
            k--;
        }
        return k + 1;
    }

    private static boolean punct(char c) {
        int t = Character.getType(c);
        return c < 0x80 ? "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0
                : t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
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
                boolean left = !Character.isWhitespace(a) && (!punct(a) || Character.isWhitespace(b) || punct(b));
                boolean right = !Character.isWhitespace(b) && (!punct(b) || Character.isWhitespace(a) || punct(a));
                boolean opens = left && !right;
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
