package org.postdesk.core.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML in a generator's {@link MarkdownFlavour} (kramdown for Jekyll): the flavour
 * parses and writes its own nodes; this class adds the pipeline's writers (the URL pass's
 * {@link MarkedNodes}, then {@link DataLineExtension}) and knows no flavour by name
 * (docs/decisions/0029, step 3).
 *
 * <p>Every block element gets {@code data-line="N"}: the <b>0-based</b> index of its first
 * source line in the text given to {@link #parse} (the editor's body text; 0-based like
 * RichTextFX paragraph indexes). Table rows get one too. Raw HTML blocks are written as they
 * are, so they carry none. Task-list checkboxes are disabled inputs.
 *
 * <p>The parser and the renderer are built once from the flavour and extensions only,
 * immutable, and shared across threads (docs/decisions/0027).
 */
public final class MarkdownRenderer {

    /** The HTML attribute that carries the source line. */
    public static final String LINE_ATTRIBUTE = "data-line";

    private final MarkdownFlavour flavour;
    private final MarkdownFlavour.TextParser parser;
    private final HtmlRenderer renderer;
    /** The same writer without commonmark's footnotes extension, or null when the flavour has none. */
    private final HtmlRenderer withoutFootnotes;

    /** With block source spans and {@code data-line} (the editor's preview). */
    public MarkdownRenderer(MarkdownFlavour flavour) {
        this(flavour, IncludeSourceSpans.BLOCKS);
    }

    /** With {@link IncludeSourceSpans#BLOCKS_AND_INLINES} for tools that need inline positions. */
    MarkdownRenderer(MarkdownFlavour flavour, IncludeSourceSpans spans) {
        this(flavour, spans, true);
    }

    /** With {@code lineAttributes} false, no {@code data-line} (for Markdown that is not the editor's text). */
    MarkdownRenderer(MarkdownFlavour flavour, IncludeSourceSpans spans, boolean lineAttributes) {
        this.flavour = flavour;
        this.parser = flavour.parser(spans);
        List<Extension> extensions = new ArrayList<>(flavour.rendererExtensions());
        extensions.add(MarkedNodes.EXTENSION);
        if (lineAttributes) {
            extensions.add(new DataLineExtension()); // after the flavour's: its attributes go first
        }
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
        List<Extension> noFootnotes = extensions.stream().filter(e -> !(e instanceof FootnotesExtension)).toList();
        this.withoutFootnotes = noFootnotes.size() < extensions.size()
                ? HtmlRenderer.builder().extensions(noFootnotes).build() : null;
    }

    /** The flavour this renderer reads. */
    public MarkdownFlavour flavour() {
        return flavour;
    }

    /** Parses {@code markdown} the flavour's way. */
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
        return parser.parse(markdown, urlNodes);
    }

    public String render(Node document) {
        return renderer.render(document);
    }

    /**
     * Appends the HTML of {@code document}, parsed from {@code markdown}, to {@code out} (size it
     * with {@link #expectedHtmlLength}). When the flavour says the text holds no footnote, the
     * footnotes extension's writer is left out: it writes nothing for such a tree, but walks all of
     * it first to collect definitions (docs/decisions/0036).
     */
    void render(Node document, String markdown, StringBuilder out) {
        HtmlRenderer writer = withoutFootnotes != null && !flavour.mayHaveFootnotes(markdown) ? withoutFootnotes
                : renderer;
        writer.render(document, out);
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
