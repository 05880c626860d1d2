package org.postdesk.core.site.hexo;

import java.util.List;
import org.commonmark.Extension;
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
import org.postdesk.core.site.Generators;

/**
 * The engines a Hexo site renders with: the tag pass before Markdown and the Markdown flavour
 * ({@code docs/decisions/0039}). The site adapter asks only these two methods; what they return
 * is the render part's choice. This first version gives the fallback generator's template pass
 * and plain CommonMark.
 */
public final class HexoRendering {

    private HexoRendering() {
    }

    /** The template pass for a site of this config. Thread-safe, may be shared. */
    public static TemplatePass templatePass(HexoConfig config) {
        return Generators.standard().fallback().templatePass();
    }

    /** The Markdown flavour for a site of this config. A shared instance per kind. */
    public static MarkdownFlavour flavour(HexoConfig config) {
        return Commonmark.INSTANCE;
    }

    /** Plain CommonMark 0.30, no extensions. */
    private static final class Commonmark implements MarkdownFlavour {
        static final Commonmark INSTANCE = new Commonmark();

        @Override
        public String name() {
            return "commonmark";
        }

        @Override
        public TextParser parser(IncludeSourceSpans spans) {
            Parser parser = Parser.builder().includeSourceSpans(spans).build();
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
            return List.of();
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
