package org.postdesk.core.render.kramdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The kramdown meaning of a CommonMark tree: block attribute lists found by
 * {@link KramdownLines} go to the block before or after them, span attribute lists
 * ({@code [a](x){:target="_blank"}}) to the element before them, headings get kramdown-GFM's
 * automatic ids (GitHub style, Chinese kept, punctuation dropped, {@code -1} for repeats), and a
 * list marked {@code {:toc}} becomes the table of contents. Stateless.
 */
final class KramdownTree {


    private KramdownTree() {
    }

    /** {@code text} is what was parsed (source spans index it). Also lists links, images and raw HTML in {@code urlNodes} when it is not null (see KramdownParsers#parse). */
    static void apply(Node document, String text, List<KramdownLines.BlockIal> ials, boolean spanIals,
                      List<Node> urlNodes) {
        if (!ials.isEmpty()) {
            attachBlockIals(document, ials);
        }
        Walk walk = new Walk(text, spanIals, urlNodes);
        document.accept(walk);
        finish(walk, urlNodes);
    }

    /**
     * What {@link #apply} does, for a tree whose inline containers (paragraphs, headings, table
     * cells) were each given to {@code walk} right after commonmark parsed their inlines (see
     * {@link KramdownInlineWalk}), for a text without block attribute lists: raw HTML blocks are listed from a
     * walk of the blocks alone, then heading ids as in {@link #apply}. Span attribute lists
     * only touch the text and the node before it, so the walk reads them too. The nodes come in another
     * order than {@link #apply} lists them (raw HTML blocks last); each is resolved on its own.
     * What needs the parsed {@code text} or whole blocks (tables kramdown reads in a paragraph,
     * list items' paragraphs) is done here, after the parse, in the order {@link #apply} does it.
     */
    static void finishInlineWalk(Node document, Walk walk, String text, List<Node> urlNodes) {
        // (span attribute lists were read by the walk; block ones make the caller use apply)
        for (Paragraph paragraph : walk.pipeParagraphs) {
            KramdownTables.promote(paragraph, text);
        }
        if (urlNodes != null) {
            urlNodes.addAll(walk.urlNodes);
        }
        walkBlocks(document, urlNodes);
        finish(walk, urlNodes);
    }

    /** Raw HTML blocks to {@code urlNodes} (when not null) and list items' paragraphs as kramdown wraps them. */
    private static void walkBlocks(Node parent, List<Node> urlNodes) {
        for (Node b = parent.getFirstChild(); b != null; ) {
            Node next = b.getNext();
            if (b instanceof HtmlBlock) {
                if (urlNodes != null) {
                    urlNodes.add(b);
                }
            } else if (b instanceof Block && !(b instanceof Paragraph || b instanceof Heading
                    || b instanceof FencedCodeBlock || b instanceof IndentedCodeBlock
                    || b instanceof TableBlock)) {
                walkBlocks(b, urlNodes);
                if (b instanceof ListItem item) {
                    bareFirstParagraph(item);
                }
            }
            b = next;
        }
    }

    private static void finish(Walk walk, List<Node> urlNodes) {
        assignIds(walk.headings);
        for (ListBlock list : walk.tocs) {
            ListBlock toc = KramdownToc.build(walk.headings, list instanceof BulletList);
            list.insertAfter(toc);
            list.unlink();
            if (urlNodes != null) {
                toc.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Link link) {
                        urlNodes.add(link);
                    }
                });
            }
        }
    }

    /** The walk of {@link #apply}: kramdown text, span attribute lists, math, headings, tocs, URL nodes. */
    static final class Walk extends AbstractVisitor {
        final List<Heading> headings = new ArrayList<>();
        final List<ListBlock> tocs = new ArrayList<>();
        /** Without the text (walking while parsing): paragraphs with a pipe, for {@link KramdownTables} after the parse. */
        final List<Paragraph> pipeParagraphs = new ArrayList<>();
        private final String text;
        private final boolean spanIals;
        final List<Node> urlNodes;
        private int inImage;

        /** {@code text}: what was parsed, or null while parsing (tables are then read after it). */
        Walk(String text, boolean spanIals, List<Node> urlNodes) {
            this.text = text;
            this.spanIals = spanIals;
            this.urlNodes = urlNodes;
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            collect(link);
        }

        @Override
        public void visit(Image image) {
            collect(image);
            inImage++; // alt text: typography yes, URL passes no
            visitChildren(image);
            inImage--;
        }

        @Override
        public void visit(HtmlBlock block) {
            collect(block);
        }

        @Override
        public void visit(HtmlInline inline) {
            collect(inline);
        }

        private void collect(Node node) {
            if (urlNodes != null && inImage == 0) {
                urlNodes.add(node);
            }
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
        }

        @Override
        public void visit(Text text) {
            if (spanIals) {
                spanIal(text);
            }
            if (text.getParent() != null) {
                KramdownText.apply(text);
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            if (paragraph.getFirstChild() instanceof KramdownMath.Math) {
                KramdownMath.promote(paragraph);
            } else if (text != null) {
                KramdownTables.promote(paragraph, text);
            } else if (hasPipe(paragraph)) {
                pipeParagraphs.add(paragraph);
            }
        }

        private static boolean hasPipe(Paragraph paragraph) {
            for (Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t && t.getLiteral().indexOf('|') >= 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
            bareFirstParagraph(item);
        }

        @Override
        public void visit(BulletList list) {
            markToc(list);
        }

        @Override
        public void visit(OrderedList list) {
            markToc(list);
        }

        private void markToc(ListBlock list) {
            IalAttributes a = IalAttributes.of(list);
            if (a != null && a.toc) {
                tocs.add(list);
            } else {
                visitChildren(list);
            }
        }
    }

    /**
     * kramdown wraps a list item's first paragraph in {@code <p>} only when a blank line follows
     * it inside the item or separates the item from the next one, and the last item of several
     * only when an earlier one is bare; CommonMark decides for the whole list. Any later
     * paragraph of an item has {@code <p>}, also in a tight list ({@link KramdownParagraphs.WrappedParagraph}). In a loose list, the items kramdown leaves bare get a {@link KramdownParagraphs.BareParagraph}.
     */
    private static void bareFirstParagraph(ListItem item) {
        if (item.getParent() instanceof ListBlock tight && tight.isTight()) {
            boolean afterBlock = false;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p && afterBlock) {
                    c = new KramdownParagraphs.WrappedParagraph();
                    NodeSwap.replace(p, c);
                }
                afterBlock |= c instanceof Block;
            }
            return;
        }
        if (!(item.getParent() instanceof ListBlock list) || list.isTight()
                || !(item.getFirstChild() instanceof Paragraph paragraph) || IalAttributes.of(paragraph) != null
                || paragraph.getSourceSpans().isEmpty()) {
            return;
        }
        int end = lastLine(paragraph);
        Node after = nextWithSpans(paragraph.getNext());
        if (after != null && firstLine(after) != end + 1) {
            return;
        }
        Node nextItem = nextWithSpans(item.getNext());
        if (nextItem != null && firstLine(nextItem) != lastContentLine(item) + 1) {
            return;
        }
        if (nextItem == null && list.getFirstChild() != item && !earlierItemBare(item)) {
            return; // the last item follows the others when they all have <p>
        }
        NodeSwap.replace(paragraph, new KramdownParagraphs.BareParagraph());
    }

    private static boolean earlierItemBare(ListItem last) {
        for (Node i = last.getPrevious(); i != null; i = i.getPrevious()) {
            if (i instanceof ListItem && !(i.getFirstChild() instanceof Paragraph)) {
                return true;
            }
        }
        return false;
    }

    private static Node nextWithSpans(Node node) {
        Node n = node;
        while (n != null && n.getSourceSpans().isEmpty()) {
            n = n.getNext();
        }
        return n;
    }

    private static int firstLine(Node node) {
        return node.getSourceSpans().get(0).getLineIndex();
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.get(spans.size() - 1).getLineIndex();
    }

    /** The last line of the last block inside {@code node} (a container's own spans may take in blank lines). */
    private static int lastContentLine(Node node) {
        for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
            if (!c.getSourceSpans().isEmpty()) {
                return lastContentLine(c);
            }
        }
        return lastLine(node);
    }

    private static void attachBlockIals(Node document, List<KramdownLines.BlockIal> ials) {
        List<Node> blocks = new ArrayList<>();
        for (Node b = document.getFirstChild(); b != null; b = b.getNext()) {
            if (!b.getSourceSpans().isEmpty()) {
                blocks.add(b);
            }
        }
        for (KramdownLines.BlockIal ial : ials) {
            Node target = null;
            if (!ial.blankBefore()) {
                target = blockEndingAt(blocks, ial.line() - 1);
            }
            if (target == null) {
                target = firstBlockAfter(blocks, ial.line());
            }
            if (target != null) {
                IalAttributes.on(target).parse(ial.list());
            }
        }
    }

    private static Node blockEndingAt(List<Node> blocks, int line) {
        for (Node b : blocks) {
            List<SourceSpan> spans = b.getSourceSpans();
            if (spans.get(spans.size() - 1).getLineIndex() == line) {
                return b;
            }
        }
        return null;
    }

    private static Node firstBlockAfter(List<Node> blocks, int line) {
        for (Node b : blocks) {
            if (b.getSourceSpans().get(0).getLineIndex() > line) {
                return b;
            }
        }
        return null;
    }

    /** {@code {: ...}} at the start of a text right after a link, image, code or emphasis. */
    private static void spanIal(Text text) {
        String s = text.getLiteral();
        if (!s.startsWith("{:") || s.startsWith("{::")) {
            return;
        }
        Node previous = text.getPrevious();
        if (!(previous instanceof Link || previous instanceof Image || previous instanceof Code
                || previous instanceof Emphasis || previous instanceof StrongEmphasis
                || previous instanceof Strikethrough)) {
            return;
        }
        int close = s.indexOf('}');
        if (close < 0) {
            return;
        }
        IalAttributes.on(previous).parse(s.substring(2, close));
        if (close + 1 == s.length()) {
            text.unlink();
        } else {
            text.setLiteral(s.substring(close + 1));
        }
    }

    private static void assignIds(List<Heading> headings) {
        Map<String, Integer> seen = new HashMap<>();
        for (Heading h : headings) {
            IalAttributes existing = IalAttributes.of(h);
            if (existing != null && existing.attributes.containsKey("id")) {
                continue;
            }
            String id = idText(plainText(h).toLowerCase(Locale.ROOT));
            int count = seen.merge(id, 1, Integer::sum) - 1;
            IalAttributes.on(h).attributes.put("id", count > 0 ? id + "-" + count : id);
        }
    }

    /**
     * A heading's lower-cased text as an id: letters, marks, decimal digits, connector
     * punctuation and {@code -} kept, spaces and tabs made {@code -}, everything else dropped
     * (the character classes of {@code [^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]}, by code point, without a regex).
     */
    static String idText(String lower) {
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\t') {
                sb.append('-');
            } else if (cp == '-' || keptInId(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean keptInId(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.CONNECTOR_PUNCTUATION -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The text of a node as kramdown's raw text for ids: text and code, no markup. */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }

    /** The id a heading got, or null. */
    static String idOf(Node heading) {
        IalAttributes a = IalAttributes.of(heading);
        return a == null ? null : a.attributes.get("id");
    }

    static Paragraph paragraphOf(Node child) {
        Paragraph p = new Paragraph();
        p.appendChild(child);
        return p;
    }

    static ListItem item(Node content) {
        ListItem li = new ListItem();
        li.appendChild(content);
        return li;
    }
}
