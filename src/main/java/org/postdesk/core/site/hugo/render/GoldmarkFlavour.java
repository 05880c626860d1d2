package org.postdesk.core.site.hugo.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.postdesk.core.render.MarkdownFlavour;

/**
 * Goldmark as Hugo 0.111 runs it, with a site's {@code markup.goldmark} settings
 * ({@link HugoMarkup}): commonmark-java 0.30 (the same CommonMark version as Goldmark 1.5) with its
 * GFM table, strikethrough (two tildes), task-list and footnote parsers as the settings choose, then
 * {@link GoldmarkTree}'s steps (shortcode placeholders back to HTML, raw HTML omitted unless
 * {@code unsafe}, heading ids and attributes, linkify, typographer, definition lists, footnotes as
 * Goldmark numbers them) and {@link GoldmarkHtml}'s writers. One immutable instance per settings
 * value, shared across threads (docs/decisions/0041).
 */
public final class GoldmarkFlavour implements MarkdownFlavour {

    private final HugoMarkup markup;

    public GoldmarkFlavour(HugoMarkup markup) {
        this.markup = markup;
    }

    public HugoMarkup markup() {
        return markup;
    }

    @Override
    public String name() {
        return "goldmark";
    }

    @Override
    public TextParser parser(IncludeSourceSpans spans) {
        Parser parser = Parser.builder().extensions(parserExtensions()).includeSourceSpans(spans).build();
        return (text, urlNodes) -> {
            Node document = parser.parse(text);
            new GoldmarkTree(markup).apply(document);
            if (urlNodes != null) {
                document.accept(new UrlNodes(urlNodes));
            }
            return document;
        };
    }

    private List<Extension> parserExtensions() {
        List<Extension> extensions = new ArrayList<>();
        if (markup.table()) {
            extensions.add(TablesExtension.create());
        }
        if (markup.strikethrough()) {
            extensions.add(StrikethroughExtension.builder().requireTwoTildes(true).build());
        }
        if (markup.taskList()) {
            extensions.add(TaskListItemsExtension.create());
        }
        if (markup.footnote()) {
            extensions.add(FootnotesExtension.create());
        }
        return extensions;
    }

    /** The GFM writers (footnotes are {@link GoldmarkHtml}'s: Goldmark writes them its own way), then Goldmark's. */
    @Override
    public List<Extension> rendererExtensions() {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(new GoldmarkHtml(markup)); // first: its writers win over the GFM ones and the pipeline's
        extensions.add(TablesExtension.create());
        extensions.add(StrikethroughExtension.create());
        extensions.add(TaskListItemsExtension.create());
        return List.copyOf(extensions);
    }

    /** The links, images and raw HTML in the order the URL pass resolves them (a link after its children). */
    private static final class UrlNodes extends AbstractVisitor {
        private final List<Node> out;

        UrlNodes(List<Node> out) {
            this.out = out;
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            out.add(link);
        }

        @Override
        public void visit(Image image) {
            out.add(image); // nothing inside an image's alt text
        }

        @Override
        public void visit(HtmlInline html) {
            out.add(html);
        }

        @Override
        public void visit(HtmlBlock html) {
            out.add(html);
        }
    }
}
