package org.postdesk.core.render.kramdown;

import java.util.Map;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * kramdown's rules (Jekyll's Markdown) as one commonmark extension: everything kramdown adds to
 * commonmark's parser and HTML renderer is registered here and nowhere else
 * (docs/decisions/0013, 0027).
 *
 * <p>Parser: kramdown's HTML blocks ({@link KramdownHtml#FACTORY}, tried before commonmark's own),
 * {@code $$} math ({@link KramdownMath#PARSER}) and, for {@link InlineWalk#WHILE_PARSING}, the
 * inline parser that does the kramdown walk while parsing ({@link KramdownInlineWalk}). Renderer:
 * the nodes the kramdown rules make ({@link KramdownParagraphs}, {@link IalAttributes}, math,
 * {@code markdown="1"} elements) and the attributes of attribute lists and heading ids.
 *
 * <p>Two steps are not commonmark's to run, and {@link KramdownParsers} runs them around the
 * parse: {@link KramdownLines} before it (it rewrites lines of the text, and commonmark has no
 * hook before block parsing), and {@link KramdownTree} after it (a commonmark 0.30
 * {@code PostProcessor} gets only the document, while this step needs the block attribute lists
 * {@link KramdownLines} took out of the text and the caller's list of URL nodes).
 */
public final class KramdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** When the kramdown walk over inline containers runs. */
    enum InlineWalk {
        /** After the parse, by {@link KramdownTree#apply} (commonmark's own inline parser). */
        AFTER_PARSE,
        /** While parsing, without span attribute lists. */
        WHILE_PARSING,
        /** While parsing, reading span attribute lists ({@code {:...}}) too. */
        WHILE_PARSING_WITH_SPAN_IALS
    }

    private final InlineWalk inlineWalk;

    private KramdownExtension(InlineWalk inlineWalk) {
        this.inlineWalk = inlineWalk;
    }

    /** kramdown's rules, with the walk after the parse. */
    public static KramdownExtension create() {
        return new KramdownExtension(InlineWalk.AFTER_PARSE);
    }

    static KramdownExtension create(InlineWalk inlineWalk) {
        return new KramdownExtension(inlineWalk);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customInlineContentParserFactory(KramdownMath.PARSER)
                .customBlockParserFactory(KramdownHtml.FACTORY);
        if (inlineWalk != InlineWalk.AFTER_PARSE) {
            boolean spanIals = inlineWalk == InlineWalk.WHILE_PARSING_WITH_SPAN_IALS;
            parser.inlineParserFactory(context -> new KramdownInlineWalk.Inlines(context, spanIals));
        }
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.attributeProviderFactory(context -> KramdownExtension::addAttributes)
                .nodeRendererFactory(KramdownParagraphs.Renderer::new)
                .nodeRendererFactory(context -> IalAttributes.RENDERER)
                .nodeRendererFactory(KramdownMath.Renderer::new)
                .nodeRendererFactory(KramdownHtml.Renderer::new);
    }

    /** The attributes of an element's attribute list or heading id (not on a code block's inner {@code code}). */
    private static void addAttributes(Node node, String tagName, Map<String, String> attributes) {
        IalAttributes ial = IalAttributes.of(node);
        if (ial != null && !(tagName.equals("code") && node instanceof Block)) {
            ial.applyTo(attributes);
        }
    }
}
