package org.postdesk.core.site.hugo;

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
import org.postdesk.core.render.TemplatePass;

/**
 * How a Hugo site's text becomes HTML: the template pass (shortcodes) and the Markdown flavour
 * (Goldmark with the site's {@code markup.goldmark} settings). The one place the Hugo adapter
 * asks (docs/decisions/0040, 0041). This first version is minimal: the text passes unchanged
 * and Markdown is CommonMark with Goldmark's default extensions (tables, strikethrough, task
 * lists, footnotes); the render part of the Hugo work replaces both.
 */
public final class HugoRendering {
    private static final TemplatePass UNCHANGED = (text, context) -> new TemplatePass.Result(text, List.of());
    private static final MarkdownFlavour COMMONMARK = new Commonmark();

    private HugoRendering() {
    }

    /** The pass that runs before Markdown for a site with this config. Shared, thread-safe. */
    public static TemplatePass templatePass(HugoConfig config) {
        return UNCHANGED;
    }

    /**
     * The Markdown flavour for a site with this config. The pipeline keeps one renderer per
     * flavour instance, so a site asks once and keeps the answer.
     */
    public static MarkdownFlavour flavour(HugoConfig config) {
        return COMMONMARK;
    }

    /** CommonMark with the extensions Goldmark turns on in Hugo by default. */
    private static final class Commonmark implements MarkdownFlavour {
        private final List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListItemsExtension.create(), FootnotesExtension.create());

        @Override
        public String name() {
            return "goldmark";
        }

        @Override
        public TextParser parser(IncludeSourceSpans spans) {
            Parser parser = Parser.builder().extensions(extensions).includeSourceSpans(spans).build();
            return (markdown, urlNodes) -> {
                Node document = parser.parse(markdown);
                if (urlNodes != null) {
                    document.accept(new UrlNodes(urlNodes));
                }
                return document;
            };
        }

        @Override
        public List<Extension> rendererExtensions() {
            return extensions;
        }
    }

    /** Links after their children, images without their alt text, raw HTML: the order the URL pass wants. */
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
            out.add(image);
        }

        @Override
        public void visit(HtmlInline inline) {
            out.add(inline);
        }

        @Override
        public void visit(HtmlBlock block) {
            out.add(block);
        }
    }
}
