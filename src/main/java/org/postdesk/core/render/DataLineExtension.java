package org.postdesk.core.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.postdesk.core.render.kramdown.IalAttributes;

/**
 * The editor's source lines in the HTML, as a commonmark renderer extension: every block element
 * gets {@code data-line="N"}, the 0-based index of its first source line (table rows too), for
 * scroll sync and the caret's block in the preview. Register it after {@link KramdownExtension}, so
 * an attribute list's attributes come first and a {@code data-line} of its own is replaced.
 */
final class DataLineExtension implements HtmlRenderer.HtmlRendererExtension {

    private static final String LINE_ATTRIBUTE = MarkdownRenderer.LINE_ATTRIBUTE;
    private static final Set<String> LINE_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "hr", "table", "tr", "section", "article", "aside", "figure", "figcaption", "header",
            "footer", "nav", "main", "details", "summary", "dd");

    /** The {@code data-line} values of the first lines, made once (not a new string per block and render). */
    private static final List<String> LINE_TEXTS = lineTexts(8192);

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.attributeProviderFactory(context -> DataLineExtension::addLine)
                .attributeProviderFactory(context -> DataLineExtension::addPostMark)
                .nodeRendererFactory(LineTags::new);
    }

    /**
     * Paragraphs, list items, bullet lists and quotes, the most frequent blocks, written as commonmark's core renderer
     * writes them with {@link #addLine}'s attribute, without an attribute map per tag: their
     * {@code data-line} is written straight into the tag. A block with attributes of its own (a
     * kramdown attribute list) or without a source line goes through the attribute provider.
     */
    private static final class LineTags implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        LineTags(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Paragraph.class, ListItem.class, BulletList.class, BlockQuote.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Paragraph paragraph) {
                boolean inTightList = paragraph.getParent() != null
                        && paragraph.getParent().getParent() instanceof ListBlock list && list.isTight();
                if (!inTightList) {
                    html.line();
                    open(paragraph, "p");
                }
                children(paragraph);
                if (!inTightList) {
                    html.tag("/p");
                    html.line();
                }
            } else if (node instanceof ListItem) {
                open(node, "li");
                children(node);
                html.tag("/li");
                html.line();
            } else {
                String tag = node instanceof BulletList ? "ul" : "blockquote";
                html.line();
                open(node, tag);
                html.line();
                children(node);
                html.line();
                html.tag(node instanceof BulletList ? "/ul" : "/blockquote");
                html.line();
            }
        }

        private void open(Node node, String tag) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty() || IalAttributes.of(node) != null) {
                html.tag(tag, context.extendAttributes(node, tag, Map.of()));
                return;
            }
            int line = spans.get(0).getLineIndex();
            html.raw(switch (tag) {
                case "p" -> "<p " + LINE_ATTRIBUTE + "=\"";
                case "li" -> "<li " + LINE_ATTRIBUTE + "=\"";
                case "ul" -> "<ul " + LINE_ATTRIBUTE + "=\"";
                default -> "<blockquote " + LINE_ATTRIBUTE + "=\"";
            });
            html.raw(line < LINE_TEXTS.size() ? LINE_TEXTS.get(line) : Integer.toString(line));
            html.raw("\">");
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

    private static List<String> lineTexts(int count) {
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = Integer.toString(i);
        }
        return List.of(texts);
    }

    /**
     * A link to another post keeps the URL pass's mark ({@code data-pd-post}) under every flavour:
     * kramdown's attribute writer writes it already, another flavour's does not know the carrier.
     */
    private static void addPostMark(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link && !attributes.containsKey(PreviewUrls.POST_ATTRIBUTE)) {
            IalAttributes a = IalAttributes.of(node);
            String path = a == null ? null : a.get(PreviewUrls.POST_ATTRIBUTE);
            if (path != null) {
                attributes.put(PreviewUrls.POST_ATTRIBUTE, path);
            }
        }
    }

    private static void addLine(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof Block || node instanceof TableRow) || node instanceof Document) {
            return;
        }
        if (!LINE_TAGS.contains(tagName)) {
            return; // e.g. the code inside pre, or the footnote section and back-links
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
            int line = spans.get(0).getLineIndex();
            attributes.put(LINE_ATTRIBUTE, line < LINE_TEXTS.size() ? LINE_TEXTS.get(line) : Integer.toString(line));
        }
    }
}
