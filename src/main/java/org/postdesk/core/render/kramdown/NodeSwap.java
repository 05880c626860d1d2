package org.postdesk.core.render.kramdown;

import org.commonmark.node.Node;

/**
 * Puts one node of a parsed document in another's place, children and source spans included:
 * the kramdown rules swap paragraphs this way, and the URL pass swaps links and images for
 * marked ones. Here, below {@code core.render}, so both can use it.
 */
public final class NodeSwap {
    private NodeSwap() {
    }

    /** Moves all children of {@code from} under {@code to}, replaces {@code from} with {@code to}. */
    public static void replace(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
        to.setSourceSpans(from.getSourceSpans());
        from.insertAfter(to);
        from.unlink();
    }
}
