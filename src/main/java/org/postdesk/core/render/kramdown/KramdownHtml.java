package org.postdesk.core.render.kramdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.postdesk.core.render.html.HtmlElements;
import org.postdesk.core.render.html.HtmlScanner;
import org.postdesk.core.render.html.HtmlTag;

/**
 * HTML blocks as kramdown reads them. A line starting with the start tag of an element that is
 * not a span element ({@code <div>}, {@code <p>}, {@code <table>}, {@code <center>}...) opens
 * a block that runs to the line holding the matching end tag, blank lines included (nested
 * elements of the same name are counted), or to the end of the text when it is never closed.
 * CommonMark instead ends such a block at the first blank line and reads the rest as Markdown.
 * Start tags split over lines, {@code <pre>}, {@code <script>}, {@code <style>},
 * {@code <textarea>} and comments are left to CommonMark, whose rules agree there. The result
 * is an ordinary {@link HtmlBlock}, so URL resolution and sanitizing see it as before. An
 * element marked {@code markdown="1"} ({@code <div class="notice" markdown="1">}) holds
 * Markdown instead and becomes a {@link MarkdownElement}.
 */
final class KramdownHtml {

    /** kramdown's span elements: a line starting with one of these is a paragraph. */
    private static final Set<String> SPAN = Set.of("a", "abbr", "acronym", "b", "big", "bdo", "br", "button",
            "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q",
            "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup",
            "tt", "u", "var");
    /** Elements without content as kramdown reads them: the block is their line (the shared table's kramdown exception). */
    private static final Set<String> VOID = HtmlElements.KRAMDOWN_WITHOUT_BODY;
    /** Left to CommonMark's first HTML block kind, which also ends at the end tag. */
    private static final Set<String> COMMONMARK_RAW = Set.of("pre", "script", "style", "textarea");

    /** Elements whose content kramdown reads as Markdown blocks when they say {@code markdown="1"}. */
    private static final Set<String> MARKDOWN_CONTAINERS = Set.of("div", "section", "article", "aside", "blockquote",
            "figure", "figcaption", "header", "footer", "nav", "main", "details", "summary", "dd", "li");
    /** The attributes such an element keeps in the preview; the tag is written by us, so nothing else passes. */
    private static final Set<String> CONTAINER_ATTRIBUTES = Set.of("class", "id", "title", "lang", "dir");

    /**
     * An element with {@code markdown="1"} whose lines are Markdown: rendered as its start tag
     * (only {@link #CONTAINER_ATTRIBUTES}, without {@code markdown}), its blocks, its end tag.
     */
    static final class MarkdownElement extends CustomBlock {
        final String name;
        final Map<String, String> attributes;

        MarkdownElement(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }

    /** Writes a {@link MarkdownElement}. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MarkdownElement.class);
        }

        @Override
        public void render(Node node) {
            MarkdownElement element = (MarkdownElement) node;
            html.line();
            html.tag(element.name, context.extendAttributes(node, element.name, new LinkedHashMap<>(element.attributes)));
            html.line();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.line();
            html.tag("/" + element.name);
            html.line();
        }
    }

    static final BlockParserFactory FACTORY = new AbstractBlockParserFactory() {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence content = state.getLine().getContent();
            int at = state.getNextNonSpaceIndex();
            if (at + 1 >= content.length() || content.charAt(at) != '<' || !letter(content.charAt(at + 1))) {
                return BlockStart.none();
            }
            String line = content.subSequence(at, content.length()).toString();
            int[] end = new int[1];
            HtmlTag tag = HtmlScanner.parseTag(line, 0, end);
            if (tag == null || !plainName(tag.name) || SPAN.contains(tag.name)
                    || COMMONMARK_RAW.contains(tag.name)) {
                return BlockStart.none();
            }
            String markdown = tag.get("markdown");
            if (("1".equals(markdown) || "block".equals(markdown)) && MARKDOWN_CONTAINERS.contains(tag.name)
                    && line.substring(end[0]).isBlank() && !tag.selfClosing) {
                return BlockStart.of(new ContainerParser(tag)).atIndex(content.length());
            }
            Parser parser = new Parser(tag.name, tag.selfClosing || VOID.contains(tag.name));
            return BlockStart.of(parser).atIndex(state.getIndex());
        }
    };

    private KramdownHtml() {
    }

    private static final class Parser extends AbstractBlockParser {
        private final HtmlBlock block = new HtmlBlock();
        private final String name;
        private final StringBuilder text = new StringBuilder();
        private int scanned;
        private int depth;
        private boolean closed;

        Parser(String name, boolean empty) {
            this.name = name;
            this.closed = empty;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return closed ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line.getContent());
            if (!closed) {
                scan();
            }
        }

        @Override
        public void closeBlock() {
            block.setLiteral(text.toString());
        }

        /** Reads the complete tags not read yet, counting this element's start and end tags. */
        private void scan() {
            String html = text.substring(scanned);
            int n = html.length();
            int i = 0;
            while (!closed) {
                int lt = html.indexOf('<', i);
                if (lt < 0 || lt + 1 >= n) {
                    i = lt < 0 ? n : lt;
                    break;
                }
                if (html.startsWith("<!--", lt)) {
                    int close = html.indexOf("-->", lt + 4);
                    if (close < 0) {
                        i = lt;
                        break;
                    }
                    i = close + 3;
                    continue;
                }
                char c = html.charAt(lt + 1);
                boolean endTag = c == '/' && lt + 2 < n && letter(html.charAt(lt + 2));
                if (!letter(c) && !endTag) {
                    i = lt + 1;
                    continue;
                }
                int[] end = new int[1];
                HtmlTag tag = HtmlScanner.parseTag(html, lt, end);
                if (tag == null) {
                    i = lt; // the tag goes on in the next line
                    break;
                }
                i = end[0];
                if (tag.name.equals(name) && !tag.selfClosing) {
                    depth += tag.end ? -1 : 1;
                    closed = depth <= 0;
                } else if (!tag.end && HtmlElements.TEXT_CONTENT.contains(tag.name)) {
                    int close = HtmlScanner.findEndTag(html, i, tag.name);
                    if (close < 0) {
                        i = lt;
                        break;
                    }
                    i = close + 2;
                }
            }
            scanned += i;
        }
    }

    /** The lines of a {@code markdown="1"} element up to its end tag on a line of its own. */
    private static final class ContainerParser extends AbstractBlockParser {
        private final MarkdownElement block;
        private int depth;

        ContainerParser(HtmlTag start) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (HtmlTag.Attr a : start.attrs) {
                if (CONTAINER_ATTRIBUTES.contains(a.name) && !attributes.containsKey(a.name)) {
                    attributes.put(a.name, start.get(a.name));
                }
            }
            this.block = new MarkdownElement(start.name, attributes);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence content = state.getLine().getContent();
            String line = content.subSequence(state.getNextNonSpaceIndex(), content.length()).toString().strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.equals("</" + block.name + ">")) {
                if (depth == 0) {
                    return BlockContinue.finished();
                }
                depth--;
            } else if (lower.startsWith("<" + block.name) && lower.length() > block.name.length() + 1
                    && " >\t".indexOf(lower.charAt(block.name.length() + 1)) >= 0) {
                depth++;
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    /** A name of the form {@code [a-z][a-z0-9-]*}, checked by hand (a regex here was compiled on every HTML line). */
    private static boolean plainName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
