package org.postdesk.core.render.kramdown;

import java.util.ArrayList;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLines;

/**
 * The kramdown walk done while commonmark parses (docs/decisions/0018): an inline parser that
 * wraps commonmark's own ({@link CommonmarkInternals}) and hands each inline container to a
 * {@link KramdownTree.Walk} as soon as its inlines are parsed, and the way the walk's state leaves
 * the parser ({@link #takeWalk}). Registered by {@link KramdownExtension}; chosen per text by
 * {@link KramdownParsers}.
 */
final class KramdownInlineWalk {

    private KramdownInlineWalk() {
    }

    /**
     * Builds the same tree as {@link KramdownTree#apply} with one walk less: a commonmark inline parser that
     * gives each inline container to a {@link KramdownTree.Walk} as soon as its inlines are parsed, while its
     * nodes are fresh in the processor's caches. One per parse (commonmark asks for one per
     * document); {@link #takeWalk} gives the walk's state for {@link KramdownTree#finishInlineWalk}.
     */
    static final class Inlines implements InlineParser {
        private final InlineParser commonmark;
        private final KramdownTree.Walk walk;
        private boolean handedOver;

        /** With {@code spanIals}, text starting with {@code {:} is read as a span attribute list, as in {@link KramdownTree#apply}. */
        Inlines(InlineParserContext context, boolean spanIals) {
            this.commonmark = CommonmarkInternals.commonmarkInlineParser(context);
            this.walk = new KramdownTree.Walk(null, spanIals, new ArrayList<>());
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            if (!plainText(lines, block)) {
                commonmark.parse(lines, block);
            }
            block.accept(walk);
            if (!handedOver) {
                // a table cell is parsed before it joins its row: hand over from a block in the document
                Node root = block;
                while (root.getParent() != null) {
                    root = root.getParent();
                }
                if (root instanceof Document) {
                    root.appendChild(new Handover(walk));
                    handedOver = true;
                }
            }
        }
    }

    /**
     * For one line without inline syntax (a table cell such as {@code 2729}, a heading such as
     * {@code 第3节 整体成效}), adds the one {@link Text} commonmark's inline parser would make
     * and returns true, without that parser's set-up per block (its content parsers are made anew
     * for each block). Only characters no inline parser or delimiter of ours reacts to are let
     * through (letters, digits, spaces inside, a little ASCII punctuation, anything outside ASCII);
     * no trailing space or tab (commonmark trims them); lines without source spans only (with
     * inline spans, commonmark would give the text one).
     */
    static boolean plainText(SourceLines lines, Node block) {
        if (lines.getLines().size() != 1 || !lines.getSourceSpans().isEmpty()) {
            return false;
        }
        CharSequence content = lines.getLines().get(0).getContent();
        int n = content.length();
        if (n == 0 || content.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            if (c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')
                    && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        block.appendChild(new Text(content.toString()));
        return true;
    }

    /** ASCII characters besides letters and digits that mean nothing to commonmark's inline parser here. */
    private static final String PLAIN_PUNCTUATION = " .,%:;?()-/#+='\"";

    /**
     * The last child of a document parsed with {@link Inlines} (when it has any inline
     * content), carrying the walk's state out of the parser; {@link #takeWalk} removes it.
     */
    private static final class Handover extends CustomNode {
        final KramdownTree.Walk walk;

        Handover(KramdownTree.Walk walk) {
            this.walk = walk;
        }
    }

    /**
     * The walk {@link Inlines} did while parsing {@code document}, taken out of the tree; null
     * when it could not hand it over (no paragraph or heading in the document, only table
     * cells, or no inline content at all): then parse again and use {@link KramdownTree#apply}.
     */
    static KramdownTree.Walk takeWalk(Node document) {
        if (document.getLastChild() instanceof Handover handover) {
            handover.unlink();
            return handover.walk;
        }
        return null;
    }
}
