package org.postdesk.core.site.hugo.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * How Goldmark and Hugo write what commonmark-java writes differently: attributes of headings and
 * paragraphs ({@link GoldmarkTree.Attributes}), fenced code through Hugo's highlighter wrapper
 * ({@link Highlight}), definition lists, footnotes the Goldmark way, and hard wraps.
 */
final class GoldmarkHtml implements HtmlRenderer.HtmlRendererExtension {

    private final HugoMarkup markup;

    GoldmarkHtml(HugoMarkup markup) {
        this.markup = markup;
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.attributeProviderFactory(context -> GoldmarkHtml::attributes)
                .nodeRendererFactory(Writers::new);
        if (markup.hardWraps()) {
            renderer.softbreak("<br>\n");
        }
    }

    private static void attributes(Node node, String tagName, Map<String, String> attributes) {
        GoldmarkTree.Attributes a = GoldmarkTree.Attributes.of(node);
        if (a != null && !tagName.equals("code")) {
            for (Map.Entry<String, String> e : a.values.entrySet()) {
                attributes.merge(e.getKey(), e.getValue(), (x, y) -> e.getKey().equals("class") ? x + " " + y : y);
            }
        }
    }

    private final class Writers implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Writers(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Paragraph.class, FencedCodeBlock.class, GoldmarkTree.Attributes.class,
                    DefinitionLists.DefinitionList.class, DefinitionLists.Term.class, DefinitionLists.Description.class,
                    GoldmarkFootnotes.Ref.class, GoldmarkFootnotes.Backref.class, GoldmarkFootnotes.Section.class,
                    GoldmarkFootnotes.Note.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Paragraph p) {
                paragraph(p);
            } else if (node instanceof FencedCodeBlock code) {
                html.line();
                html.raw(Highlight.fence(code.getInfo(), code.getLiteral(), markup,
                        context.extendAttributes(code, "div", new LinkedHashMap<>())));
                html.line();
            } else if (node instanceof DefinitionLists.DefinitionList) {
                block(node, "dl");
            } else if (node instanceof DefinitionLists.Term) {
                inline(node, "dt");
            } else if (node instanceof DefinitionLists.Description) {
                inline(node, "dd");
            } else if (node instanceof GoldmarkFootnotes.Ref r) {
                String id = "fnref" + (r.refIndex > 0 ? Integer.toString(r.refIndex) : "") + ":" + r.index;
                html.raw("<sup id=\"" + id + "\"><a href=\"#fn:" + r.index
                        + "\" class=\"footnote-ref\" role=\"doc-noteref\">" + r.index + "</a></sup>");
            } else if (node instanceof GoldmarkFootnotes.Backref b) {
                String id = "fnref" + (b.refIndex > 0 ? Integer.toString(b.refIndex) : "") + ":" + b.index;
                html.raw("&#160;<a href=\"#" + id + "\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>");
            } else if (node instanceof GoldmarkFootnotes.Section) {
                html.line();
                html.raw("<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n");
                children(node);
                html.raw("</ol>\n</div>");
                html.line();
            } else if (node instanceof GoldmarkFootnotes.Note n) {
                html.raw("<li id=\"fn:" + n.index + "\">\n");
                children(node);
                html.line();
                html.raw("</li>\n");
            }
            // GoldmarkTree.Attributes writes nothing: its element writes them
        }

        private void paragraph(Paragraph p) {
            boolean inTightList = p.getParent() != null && p.getParent().getParent() instanceof ListBlock list
                    && list.isTight();
            if (inTightList) {
                children(p);
                return;
            }
            html.line();
            html.tag("p", context.extendAttributes(p, "p", Map.of()));
            children(p);
            html.tag("/p");
            html.line();
        }

        private void block(Node node, String tag) {
            html.line();
            html.tag(tag, context.extendAttributes(node, tag, Map.of()));
            html.line();
            children(node);
            html.line();
            html.tag("/" + tag);
            html.line();
        }

        private void inline(Node node, String tag) {
            html.tag(tag, context.extendAttributes(node, tag, Map.of()));
            children(node);
            html.tag("/" + tag);
            html.line();
        }

        private void children(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
