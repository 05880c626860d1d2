package org.postdesk.core.render.kramdown;

import java.util.LinkedHashMap;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The paragraphs of list items as kramdown writes them, where CommonMark decides otherwise (see
 * {@link KramdownTree}'s list rules), and their renderer.
 */
final class KramdownParagraphs {

    private KramdownParagraphs() {
    }

    /**
     * A list item's first paragraph that kramdown writes without {@code <p>} although the list
     * is loose in CommonMark's terms: kramdown decides per item.
     */
    static final class BareParagraph extends CustomBlock {
    }

    /**
     * A paragraph that is not the first block of an item in a tight list: kramdown wraps it in
     * {@code <p>} (only an item's first paragraph can be bare), CommonMark would not.
     */
    static final class WrappedParagraph extends CustomBlock {
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(BareParagraph.class, WrappedParagraph.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof WrappedParagraph) {
                html.line();
                html.tag("p", context.extendAttributes(node, "p", new LinkedHashMap<>()));
                renderChildren(node);
                html.tag("/p");
                html.line();
            } else {
                renderChildren(node);
            }
        }

        private void renderChildren(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}
