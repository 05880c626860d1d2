package org.postdesk.core.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with commonmark 0.30 and the extensions Jekyll posts need: GFM tables,
 * strikethrough (two tildes only, so {@code 1~3天} stays text), task lists, footnotes. Bare
 * {@code www.}/{@code http://} text is not linked: kramdown's GFM parser does not do it (only
 * {@code <http://...>} is a link), so the preview does not either (docs/decisions/0015).
 *
 * <p>Every block element gets {@code data-line="N"}: the <b>0-based</b> index of its first
 * source line in the text given to {@link #parse} (the editor's body text; 0-based like
 * RichTextFX paragraph indexes). Table rows get one too. Raw HTML blocks are written as they
 * are, so they carry none. Task-list checkboxes are disabled inputs.
 *
 * <p>The parser and renderer are built once, immutable, and shared across threads.
 */
public final class MarkdownRenderer {

    /** The HTML attribute that carries the source line. */
    public static final String LINE_ATTRIBUTE = "data-line";

    private static final AttributeProvider LINE_NUMBERS = MarkdownRenderer::addLine;
    private static final AttributeProvider NO_LINES = MarkdownRenderer::addAttributes;
    private static final Set<String> LINE_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "hr", "table", "tr", "section", "article", "aside", "figure", "figcaption", "header",
            "footer", "nav", "main", "details", "summary", "dd");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        this(IncludeSourceSpans.BLOCKS);
    }

    /** With {@link IncludeSourceSpans#BLOCKS_AND_INLINES} for tools that need inline positions. */
    MarkdownRenderer(IncludeSourceSpans spans) {
        this(spans, true);
    }

    /** With {@code lineAttributes} false, no {@code data-line} (for Markdown that is not the editor's text). */
    MarkdownRenderer(IncludeSourceSpans spans, boolean lineAttributes) {
        List<Extension> extensions = extensions();
        AttributeProvider attributes = lineAttributes ? LINE_NUMBERS : NO_LINES;
        this.parser = Parser.builder().extensions(extensions).includeSourceSpans(spans)
                .customInlineContentParserFactory(KramdownMath.PARSER)
                .customBlockParserFactory(KramdownHtml.FACTORY).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> attributes)
                .nodeRendererFactory(MarkedNodes.Renderer::new)
                .nodeRendererFactory(context -> IalAttributes.RENDERER)
                .nodeRendererFactory(KramdownMath.Renderer::new)
                .nodeRendererFactory(KramdownHtml.Renderer::new)
                .build();
    }

    /** The commonmark extensions the preview uses, pinned at 0.30.0 (the benchmark builds its baseline with them). */
    public static List<Extension> extensions() {
        return List.of(TablesExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build(),
                TaskListItemsExtension.create(),
                FootnotesExtension.create());
    }

    /**
     * Parses as kramdown would read it: block attribute lists are taken out line by line (no
     * line moves), then the tree gets their attributes, span attribute lists, heading ids, and
     * the table of contents.
     */
    public Node parse(String markdown) {
        return parse(markdown, null);
    }

    /**
     * As {@link #parse(String)}, and when {@code urlNodes} is not null, adds to it the links,
     * images and raw HTML of the result in the order a visitor resolving them meets them (a link
     * after its children; nothing inside an image's alt text), so that {@link PreviewUrls} needs
     * no walk of its own.
     */
    Node parse(String markdown, List<Node> urlNodes) {
        KramdownLines.Result lines = KramdownLines.apply(markdown);
        Node document = parser.parse(lines.text());
        KramdownTree.apply(document, lines.text(), lines.ials(), lines.text().contains("{:"), urlNodes);
        return document;
    }

    public String render(Node document) {
        return renderer.render(document);
    }

    /** Parse and render in one step (no URL resolution, no sanitizing). */
    public String toHtml(String markdown) {
        return render(parse(markdown));
    }

    /**
     * Gives every block the editor line {@code lines} maps its output line to, when the Liquid
     * step changed lines (a loop, a capture, a removed branch). Walks the tree once.
     */
    static void mapLines(Node document, LineMap lines) {
        if (lines.isIdentity()) {
            return;
        }
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            List<SourceSpan> spans = node.getSourceSpans();
            if (!spans.isEmpty()) {
                List<SourceSpan> mapped = new java.util.ArrayList<>(spans.size());
                for (SourceSpan s : spans) {
                    mapped.add(SourceSpan.of(lines.sourceLine(s.getLineIndex()), s.getColumnIndex(), s.getLength()));
                }
                node.setSourceSpans(mapped);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Block || child instanceof TableRow || child.getFirstChild() != null) {
                    todo.push(child);
                }
            }
        }
    }

    private static void addAttributes(Node node, String tagName, Map<String, String> attributes) {
        IalAttributes ial = IalAttributes.of(node);
        if (ial != null && !(tagName.equals("code") && node instanceof Block)) {
            ial.applyTo(attributes);
        }
    }

    private static void addLine(Node node, String tagName, Map<String, String> attributes) {
        addAttributes(node, tagName, attributes);
        if (!(node instanceof Block || node instanceof TableRow) || node instanceof Document) {
            return;
        }
        if (!LINE_TAGS.contains(tagName)) {
            return; // e.g. the code inside pre, or the footnote section and back-links
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
            attributes.put(LINE_ATTRIBUTE, Integer.toString(spans.get(0).getLineIndex()));
        }
    }
}
