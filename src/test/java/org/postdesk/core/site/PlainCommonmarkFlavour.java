package org.postdesk.core.site;

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

/**
 * A Markdown flavour that exists only in the tests: plain CommonMark 0.30, no GFM tables, no
 * kramdown rules (an attribute list such as {@code {:.wide}} stays text). The notes generator
 * renders with it, which shows the render pipeline takes a site's flavour rather than kramdown.
 */
final class PlainCommonmarkFlavour implements MarkdownFlavour {

    static final PlainCommonmarkFlavour INSTANCE = new PlainCommonmarkFlavour();

    private PlainCommonmarkFlavour() {
    }

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
