package org.postdesk.core.render.kramdown;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;

/**
 * The one place that uses commonmark-java's internals ({@code org.commonmark.internal..}); no other
 * class may (an ArchUnit rule, {@code RenderRoomsTest}, keeps it so). Checked against
 * commonmark 0.30.0, the version pinned in pom.xml with all its extensions (docs/decisions/0003).
 * On a commonmark upgrade, read this class first: the public API of 0.30 offers no way to reach
 * what is used here, and an internal may change or go in any release.
 *
 * <p>Used: {@link InlineParserImpl}, commonmark's own inline parser. The kramdown walk done while
 * parsing ({@link KramdownInlineWalk}, docs/decisions/0018) must give commonmark an inline parser
 * of its own, through {@code Parser.Builder.inlineParserFactory}, that parses each block exactly as
 * commonmark does and then walks it. 0.30 has no public factory for the default inline parser, so
 * the wrapper makes one here. The class is public and its constructor takes the public
 * {@link InlineParserContext}; nothing is subclassed, no reflection.
 */
final class CommonmarkInternals {

    private CommonmarkInternals() {
    }

    /** commonmark's own inline parser for one document, as the parser would make it without a factory. */
    static InlineParser commonmarkInlineParser(InlineParserContext context) {
        return new InlineParserImpl(context);
    }
}
