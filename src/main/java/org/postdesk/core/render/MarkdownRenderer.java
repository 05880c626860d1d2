package org.postdesk.core.render;

import java.util.ArrayList;
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
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
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

    /** The {@code data-line} values of the first lines, made once (not a new string per block and render). */
    private static final List<String> LINE_TEXTS = lineTexts(8192);

    /** Bits of {@link #parsers}' index: which extensions a parser has. */
    private static final int TABLES = 1;
    private static final int STRIKETHROUGH = 2;
    private static final int TASKS = 4;
    private static final int FOOTNOTES = 8;
    /** Not an extension: the parser runs the kramdown walk on each block as it parses its inlines. */
    private static final int INLINE_WALK = 16;
    /** With {@link #INLINE_WALK}: the walk also reads span attribute lists. */
    private static final int SPAN_IALS = 32;

    /**
     * One parser per subset of the extensions, indexed by the bits above. Each extension costs
     * time on every post (block starts tried on every line, a delimiter character, a walk of the
     * tree), so a text gets a parser with only those whose syntax it can contain: the same tree
     * at less cost (see {@link #extensionsFor}). Each also comes with the kramdown walk done
     * while parsing ({@code INLINE_WALK}), with or without span attribute lists.
     */
    private final List<Parser> parsers;

    /** Named entities (after the {@code &}) for the characters of a task marker other than x. */
    private static final List<String> BRACKET_ENTITIES = List.of("lsqb;", "lbrack;", "rsqb;", "rbrack;", "Tab;",
            "NewLine;");
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
        List<Parser> byBits = new ArrayList<>();
        for (int bits = 0; bits < 64; bits++) {
            List<Extension> subset = new ArrayList<>();
            for (int i = 0; i < extensions.size(); i++) {
                if ((bits & (1 << i)) != 0) {
                    subset.add(extensions.get(i));
                }
            }
            Parser.Builder builder = Parser.builder().extensions(subset).includeSourceSpans(spans)
                    .customInlineContentParserFactory(KramdownMath.PARSER)
                    .customBlockParserFactory(KramdownHtml.FACTORY);
            boolean spanIals = (bits & SPAN_IALS) != 0;
            if ((bits & INLINE_WALK) != 0) {
                builder.inlineParserFactory(context -> new KramdownTree.Inlines(context, spanIals));
            }
            byBits.add(builder.build());
        }
        this.parsers = List.copyOf(byBits);
        HtmlRenderer.Builder html = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> attributes);
        if (lineAttributes) {
            html.nodeRendererFactory(LineTags::new);
        }
        this.renderer = html
                .nodeRendererFactory(MarkedNodes.Renderer::new)
                .nodeRendererFactory(context -> IalAttributes.RENDERER)
                .nodeRendererFactory(KramdownMath.Renderer::new)
                .nodeRendererFactory(KramdownHtml.Renderer::new)
                .build();
    }

    /**
     * The commonmark extensions the preview uses, pinned at 0.30.0 (the benchmark builds its
     * baseline with them), in the order of the bits {@code TABLES}, {@code STRIKETHROUGH},
     * {@code TASKS}, {@code FOOTNOTES}.
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
        return parse(markdown, urlNodes, false);
    }

    /** As {@link #parse(String, List)}; {@code allExtensions} parses with every extension, whatever the text holds. */
    Node parse(String markdown, List<Node> urlNodes, boolean allExtensions) {
        return parse(markdown, urlNodes, allExtensions, false);
    }

    /** As {@link #parse(String, List, boolean)}; {@code walkAfter} always walks the whole tree after the parse (the reference the walk while parsing must equal). */
    Node parse(String markdown, List<Node> urlNodes, boolean allExtensions, boolean walkAfter) {
        KramdownLines.Result lines = KramdownLines.apply(markdown);
        int bits = allExtensions ? TABLES | STRIKETHROUGH | TASKS | FOOTNOTES : extensionsFor(lines.text());
        boolean spanIals = lines.text().contains("{:");
        // The walk while parsing needs a text without block attribute lists (they are attached
        // after the parse) and no task items (their markers are taken out after the parse), and
        // a paragraph or heading to hand its result over (see KramdownTree.takeWalk).
        if (!walkAfter && lines.ials().isEmpty() && (bits & TASKS) == 0) {
            Node document = parsers.get(bits | INLINE_WALK | (spanIals ? SPAN_IALS : 0)).parse(lines.text());
            KramdownTree.Walk walk = KramdownTree.takeWalk(document);
            if (walk != null) {
                KramdownTree.finishInlineWalk(document, walk, lines.text(), urlNodes);
                return document;
            }
        }
        Node document = parsers.get(bits).parse(lines.text());
        KramdownTree.apply(document, lines.text(), lines.ials(), spanIals, urlNodes);
        return document;
    }

    /**
     * The extensions whose syntax can occur in {@code text}, as bits. A table needs a {@code |}
     * in its header row; strikethrough two tildes; a footnote {@code [^} in its definition; a
     * task item a text starting with {@code [x]}, {@code [X]} or {@code [} whitespace {@code ]},
     * which escaped brackets and entities can also spell (numeric ones, and the named ones for
     * brackets, tab and newline).
     */
    static int extensionsFor(String text) {
        // one indexOf scan (vectorized) per trigger character, looking around each occurrence
        int bits = text.indexOf('|') >= 0 ? TABLES : 0;
        for (int i = text.indexOf('~'); i >= 0; i = text.indexOf('~', i + 2)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '~') {
                bits |= STRIKETHROUGH;
                break;
            }
        }
        for (int i = text.indexOf('['); i >= 0 && i + 1 < text.length(); i = text.indexOf('[', i + 1)) {
            char c = text.charAt(i + 1);
            if (c == '^') {
                bits |= FOOTNOTES;
            } else if (i + 2 < text.length() && text.charAt(i + 2) == ']' && (c == 'x' || c == 'X' || c == ' '
                    || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\n')) {
                bits |= TASKS;
            }
            if ((bits & (TASKS | FOOTNOTES)) == (TASKS | FOOTNOTES)) {
                break;
            }
        }
        if ((bits & TASKS) == 0 && (hasEscapedBracket(text) || hasBracketEntity(text))) {
            bits |= TASKS;
        }
        return bits;
    }

    private static boolean hasEscapedBracket(String text) {
        for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 2)) {
            char c = text.charAt(i + 1);
            if (c == '[' || c == ']') {
                return true;
            }
        }
        return false;
    }

    /** An entity that can spell a bracket or a whitespace of a task marker: numeric, or named for those. */
    private static boolean hasBracketEntity(String text) {
        for (int i = text.indexOf('&'); i >= 0 && i + 1 < text.length(); i = text.indexOf('&', i + 1)) {
            if (text.charAt(i + 1) == '#') {
                return true;
            }
            for (String name : BRACKET_ENTITIES) {
                if (text.startsWith(name, i + 1)) {
                    return true;
                }
            }
        }
        return false;
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
            int line = spans.get(0).getLineIndex();
            attributes.put(LINE_ATTRIBUTE, line < LINE_TEXTS.size() ? LINE_TEXTS.get(line) : Integer.toString(line));
        }
    }
}
