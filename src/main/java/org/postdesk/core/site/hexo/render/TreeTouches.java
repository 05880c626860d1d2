package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Small changes to a parsed tree that the Hexo renderers' output asks for (docs/decisions/0039). Stateless. */
final class TreeTouches {

    private TreeTouches() {
    }

    /**
     * Link and image addresses percent-encoded as both renderers write them (hexo-util's encodeURL,
     * markdown-it's normalizeLink): letters outside ASCII and spaces become {@code %XX}, escapes
     * already there stay.
     */
    static void encodeUrls(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                image.setDestination(encodeUri(image.getDestination()));
            }

            @Override
            public void visit(Link link) {
                link.setDestination(encodeUri(link.getDestination()));
                visitChildren(link);
            }
        });
    }

    /** JavaScript's encodeURI after decoding the valid escapes (so {@code %20} stays, a space becomes it). */
    static String encodeUri(String url) {
        if (url == null) {
            return null;
        }
        boolean plain = true;
        for (int i = 0; i < url.length() && plain; i++) {
            char c = url.charAt(i);
            plain = c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}';
        }
        if (plain) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** markdown-it-footnote shows a reference as {@code [1]}: the brackets around commonmark's number. */
    static void bracketFootnoteReferences(Node document) {
        List<Node> refs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof FootnoteReference) {
                    refs.add(node);
                }
                visitChildren(node);
            }
        });
        for (Node ref : refs) {
            ref.insertBefore(new Text("["));
            ref.insertAfter(new Text("]"));
        }
        if (!refs.isEmpty()) {
            document.appendChild(new ThematicBreak()); // markdown-it's footnotes-sep rule before the list
        }
    }

}
