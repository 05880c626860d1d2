package org.postdesk.core.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.renderer.html.HtmlRenderer;
import org.postdesk.core.render.kramdown.KramdownExtension;
import org.postdesk.core.render.kramdown.KramdownParsers;
import org.postdesk.core.render.kramdown.ParseOptions;

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
 * <p>The parsers and the renderer are built once from extensions only (commonmark's, then
 * {@link KramdownExtension}, the URL pass's {@link MarkedNodes} and {@link DataLineExtension}), immutable, and shared across threads;
 * the parse's speed choices are {@link ParseOptions}, chosen in {@link KramdownParsers}
 * (docs/decisions/0027).
 */
public final class MarkdownRenderer {

    /** The HTML attribute that carries the source line. */
    public static final String LINE_ATTRIBUTE = "data-line";

    /** The parsers and the choice of one per text (the speed choices' seam). */
    private final KramdownParsers parsers;
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
        this.parsers = new KramdownParsers(spans, extensions());
        List<Extension> extensions = new ArrayList<>(extensions());
        extensions.add(KramdownExtension.create());
        extensions.add(MarkedNodes.EXTENSION);
        if (lineAttributes) {
            extensions.add(new DataLineExtension()); // after kramdown's: its attributes go first
        }
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /**
     * The commonmark extensions the preview uses, pinned at 0.30.0 (the benchmark builds its
     * baseline with them), in the order of {@link KramdownParsers}' subset bits (tables,
     * strikethrough, task items, footnotes).
     */
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
        return parse(markdown, urlNodes, ParseOptions.FASTEST);
    }

    /** As {@link #parse(String, List)} with other speed choices (tests compare them with {@link ParseOptions#REFERENCE}). */
    Node parse(String markdown, List<Node> urlNodes, ParseOptions options) {
        return parsers.parse(markdown, urlNodes, options);
    }

    public String render(Node document) {
        return renderer.render(document);
    }

    /** Appends the HTML of {@code document} to {@code out} (size it with {@link #expectedHtmlLength}). */
    void render(Node document, StringBuilder out) {
        renderer.render(document, out);
    }

    /**
     * A buffer size that holds the HTML of {@code markdown} in most posts without growing: tags,
     * {@code data-line} attributes and escapes make the HTML 1.5 to 2 times as long as its text.
     */
    static int expectedHtmlLength(String markdown) {
        return 2 * markdown.length() + 256;
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
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            List<SourceSpan> spans = node.getSourceSpans();
            if (!spans.isEmpty()) {
                List<SourceSpan> mapped = new ArrayList<>(spans.size());
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
}
