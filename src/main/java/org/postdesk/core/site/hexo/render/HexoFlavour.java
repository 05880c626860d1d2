package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.postdesk.core.render.MarkdownFlavour;

/**
 * Markdown as a Hexo blog's renderer plugin writes it (hexo-renderer-marked by default,
 * hexo-renderer-markdown-it when the blog uses it), on commonmark 0.30 and its own extensions
 * (docs/decisions/0039): GFM pipe tables by marked's rules ({@link PipeTables}), strikethrough
 * (marked: one tilde or two; markdown-it: two), task lists (marked only), footnotes only where
 * markdown-it-footnote is on, a newline as {@code <br>} with {@code breaks}, dashes and quotes
 * ({@link Typography}), heading ids ({@link HeadingIds}). It also puts back the outputs of
 * Hexo's tags that {@link HexoTagPass} left as placeholders. Immutable and thread-safe.
 */
public final class HexoFlavour implements MarkdownFlavour {

    private final HexoMarkdown settings;

    public HexoFlavour(HexoMarkdown settings) {
        this.settings = settings;
    }

    public HexoMarkdown settings() {
        return settings;
    }

    @Override
    public String name() {
        return settings.markdownIt() ? "markdown-it" : "marked";
    }

    @Override
    public TextParser parser(IncludeSourceSpans spans) {
        Parser.Builder builder = Parser.builder();
        if (!settings.containers().isEmpty()) {
            builder.customBlockParserFactory(new Containers(settings.containers()));
        }
        Parser parser = builder
                .extensions(parserExtensions())
                .customBlockParserFactory(new PipeTables())
                .includeSourceSpans(spans)
                .postProcessor(settings.smartQuotes() ? new Typography(settings.markdownIt(), settings.quotes())
                        : node -> node)
                .build();
        return (markdown, urlNodes) -> {
            Node document = parser.parse(markdown);
            TreeTouches.encodeUrls(document); // the author's addresses; a tag's are written as Hexo's url_for writes them
            putBackTags(document);
            if (settings.markdownIt() && settings.footnotes()) {
                TreeTouches.bracketFootnoteReferences(document);
            }
            if (urlNodes != null) {
                collectUrlNodes(document, urlNodes);
            }
            return document;
        };
    }

    private List<Extension> parserExtensions() {
        List<Extension> list = new ArrayList<>();
        list.add(StrikethroughExtension.builder().requireTwoTildes(settings.markdownIt()).build());
        if (!settings.markdownIt()) {
            list.add(TaskListItemsExtension.create());
        }
        if (settings.footnotes()) {
            list.add(FootnotesExtension.create());
        }
        return list;
    }

    @Override
    public List<Extension> rendererExtensions() {
        List<Extension> list = new ArrayList<>(parserExtensions());
        list.add(TablesExtension.create());
        list.add((HtmlRenderer.HtmlRendererExtension) builder -> {
            if (settings.breaks()) {
                builder.softbreak("<br>\n");
            }
            if (settings.headingIds()) {
                builder.attributeProviderFactory(context -> new HeadingIds(settings));
            }
            builder.nodeRendererFactory(TagBlockRenderer::new);
            builder.nodeRendererFactory(Containers.Renderer::new);
        });
        return List.copyOf(list);
    }

    /**
     * The tag outputs back in place: in raw HTML, the HTML the tag made (a link to a post alone
     * becomes a Markdown link, so the preview opens that post on click); in code, the tag's own
     * text, as Hexo leaves tags inside code.
     */
    static void putBackTags(Node document) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock b) {
                add(b, b.getLiteral());
            }

            @Override
            public void visit(HtmlInline i) {
                add(i, i.getLiteral());
            }

            @Override
            public void visit(Code c) {
                add(c, c.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock c) {
                add(c, c.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock c) {
                add(c, c.getLiteral());
            }

            @Override
            public void visit(Text t) {
                add(t, t.getLiteral());
            }

            private void add(Node n, String literal) {
                if (literal != null && literal.contains(TagPlaceholder.START)) {
                    found.add(n);
                }
            }
        });
        for (Node n : found) {
            if (n instanceof HtmlInline i) {
                Node link = postLink(i.getLiteral().strip());
                if (link != null) {
                    i.insertBefore(link);
                    i.unlink();
                } else {
                    i.setLiteral(TagPlaceholder.replaceAll(i.getLiteral(), false));
                }
            } else if (n instanceof HtmlBlock b) {
                Node link = postLink(b.getLiteral().strip());
                if (link != null) {
                    TagBlock block = new TagBlock();
                    block.setSourceSpans(b.getSourceSpans());
                    block.appendChild(link);
                    b.insertBefore(block);
                    b.unlink();
                } else {
                    b.setLiteral(TagPlaceholder.replaceAll(b.getLiteral(), false));
                }
            } else if (n instanceof Code c) {
                c.setLiteral(TagPlaceholder.replaceAll(c.getLiteral(), true));
            } else if (n instanceof FencedCodeBlock c) {
                c.setLiteral(TagPlaceholder.replaceAll(c.getLiteral(), true));
            } else if (n instanceof IndentedCodeBlock c) {
                c.setLiteral(TagPlaceholder.replaceAll(c.getLiteral(), true));
            } else if (n instanceof Text t) {
                t.setLiteral(TagPlaceholder.replaceAll(t.getLiteral(), true));
            }
        }
    }

    /** A Markdown link for a placeholder that is exactly one post link, else null. */
    private static Node postLink(String literal) {
        Matcher m = TagPlaceholder.PATTERN.matcher(literal);
        if (!m.matches() || m.group(1).charAt(0) != TagPlaceholder.POST_LINK) {
            return null;
        }
        String[] p = TagPlaceholder.decode(m).output().split("\n", 3);
        Link link = new Link(p[0], p.length > 1 ? p[1] : null);
        link.appendChild(new HtmlInline());
        ((HtmlInline) link.getFirstChild()).setLiteral(p.length > 2 ? p[2] : p.length > 1 ? HexoHtml.escape(p[1]) : "");
        return link;
    }

    /** Links (after their children), images and raw HTML, in the order the URL pass resolves them. */
    private static void collectUrlNodes(Node document, List<Node> urlNodes) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                visitChildren(link);
                urlNodes.add(link);
            }

            @Override
            public void visit(Image image) {
                urlNodes.add(image);
            }

            @Override
            public void visit(HtmlInline html) {
                urlNodes.add(html);
            }

            @Override
            public void visit(HtmlBlock html) {
                urlNodes.add(html);
            }
        });
    }

    /** A tag's output that stood alone on its lines: its children without a paragraph around them. */
    static final class TagBlock extends CustomBlock {
    }

    private static final class TagBlockRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        TagBlockRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TagBlock.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            context.getWriter().line();
        }
    }
}
