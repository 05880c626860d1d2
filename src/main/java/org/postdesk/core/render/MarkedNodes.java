package org.postdesk.core.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * AST nodes that carry a preview verdict about a link or image (missing file, wrong letter
 * case, outside the blog, unresolved tag), and their HTML renderer. Because the verdict lives in
 * the tree, the shared {@code HtmlRenderer} needs no per-render state.
 */
final class MarkedNodes {

    /**
     * Renders the marked nodes and writes the pipeline's own attributes ({@link OwnAttributes});
     * {@link MarkdownRenderer} registers it after the flavour's extensions, for every flavour.
     */
    static final HtmlRenderer.HtmlRendererExtension EXTENSION = new HtmlRenderer.HtmlRendererExtension() {
        @Override
        public void extend(HtmlRenderer.Builder renderer) {
            renderer.nodeRendererFactory(Renderer::new);
            renderer.attributeProviderFactory(context -> OwnAttributes::applyTo);
        }
    };

    /**
     * Attributes the pipeline itself adds to an element (the URL pass's {@code data-pd-post} on a
     * link to another post), whatever the flavour: kept as an empty child node of the element, so
     * the shared renderer needs no per-render state; it renders nothing (docs/decisions/0029, 0039).
     */
    static final class OwnAttributes extends CustomNode {
        private final Map<String, String> attributes = new LinkedHashMap<>();

        /** The node's own attributes, created (as its last child) when missing. */
        static OwnAttributes on(Node node) {
            for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
                if (c instanceof OwnAttributes a) {
                    return a;
                }
            }
            OwnAttributes a = new OwnAttributes();
            node.appendChild(a);
            return a;
        }

        void set(String key, String value) {
            attributes.put(key, value);
        }

        static void applyTo(Node node, String tagName, Map<String, String> target) {
            for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
                if (c instanceof OwnAttributes a) {
                    target.putAll(a.attributes);
                    return;
                }
                if (!(c instanceof CustomNode)) {
                    return;
                }
            }
        }
    }

    private MarkedNodes() {
    }

    /** An image with a CSS class and a tooltip; {@code src} null renders no source at all. */
    static final class MarkedImage extends CustomNode {
        final String src;
        final String title;
        final String cssClass;
        final String note;

        MarkedImage(String src, String title, String cssClass, String note) {
            this.src = src;
            this.title = title;
            this.cssClass = cssClass;
            this.note = note;
        }
    }

    /** A link without a usable target: rendered without {@code href}, with a class and tooltip. */
    static final class MarkedLink extends CustomNode {
        final String cssClass;
        final String note;

        MarkedLink(String cssClass, String note) {
            this.cssClass = cssClass;
            this.note = note;
        }
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
            return Set.of(MarkedImage.class, MarkedLink.class, OwnAttributes.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof OwnAttributes) {
                return; // written by the element it belongs to
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            if (node instanceof MarkedImage image) {
                if (image.src != null) {
                    attrs.put("src", image.src);
                }
                attrs.put("alt", altText(image));
                attrs.put("class", image.cssClass);
                attrs.put("title", image.title != null && !image.title.isEmpty() ? image.title : image.note);
                html.tag("img", context.extendAttributes(node, "img", attrs), true);
            } else if (node instanceof MarkedLink link) {
                attrs.put("class", link.cssClass);
                attrs.put("title", link.note);
                html.tag("a", context.extendAttributes(node, "a", attrs));
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
                html.tag("/a");
            }
        }

        private static String altText(Node node) {
            StringBuilder sb = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    sb.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    sb.append(code.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak softLineBreak) {
                    sb.append('\n');
                }

                @Override
                public void visit(HardLineBreak hardLineBreak) {
                    sb.append('\n');
                }
            });
            return sb.toString();
        }
    }
}
