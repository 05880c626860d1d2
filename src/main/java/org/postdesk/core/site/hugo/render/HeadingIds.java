package org.postdesk.core.site.hugo.render;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Hugo's automatic heading ids ({@code autoHeadingIDType = "github"}, learned from Hugo 0.111's
 * markup/goldmark/autoid.go): the heading's text trimmed, letters and digits (any script, so CJK
 * stays) and {@code _} lower-cased, each space or hyphen a hyphen, everything else dropped; an
 * empty id is {@code heading}; a repeated id gets {@code -1}, {@code -2}... ({@code github-ascii}
 * first folds accents and drops what is not ASCII.) An id given by {@code {#id}} counts as taken.
 * One instance per page.
 */
final class HeadingIds {

    private final boolean asciiOnly;
    private final Set<String> taken = new HashSet<>();

    HeadingIds(boolean asciiOnly) {
        this.asciiOnly = asciiOnly;
    }

    void assign(Heading heading) {
        GoldmarkTree.Attributes a = GoldmarkTree.Attributes.of(heading);
        if (a != null && a.values.containsKey("id")) {
            taken.add(a.values.get("id"));
            return;
        }
        String id = unique(anchor(text(heading), asciiOnly));
        GoldmarkTree.Attributes.on(heading).values.put("id", id);
    }

    private String unique(String base) {
        String id = base.isEmpty() ? "heading" : base;
        if (taken.contains(id)) {
            for (int i = 1;; i++) {
                if (!taken.contains(id + "-" + i)) {
                    id = id + "-" + i;
                    break;
                }
            }
        }
        taken.add(id);
        return id;
    }

    /** The id text of {@code s} without the uniqueness step. */
    static String anchor(String s, boolean asciiOnly) {
        if (asciiOnly) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        s = s.strip();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (asciiOnly && cp > 0x7f) {
                continue;
            }
            if (cp == '-' || cp == ' ') {
                sb.append('-');
            } else if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return sb.toString();
    }

    /** The heading's text as Goldmark reads it for an id: text and code, without markup. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb);
        return sb.toString();
    }

    private static void append(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else {
                append(c, sb);
            }
        }
    }
}
