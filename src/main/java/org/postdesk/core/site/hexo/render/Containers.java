package org.postdesk.core.site.hexo.render;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * markdown-it-container blocks, for the names the blog's {@code markdown.plugins} list
 * ({@code ::: info} ... {@code :::} becomes {@code <div class="info">} around Markdown): three or
 * more colons, the name as the first word; closed by a line of at least as many colons
 * (docs/decisions/0039). Stateless factory; one parser per block.
 */
final class Containers extends AbstractBlockParserFactory {

    private static final Pattern OPEN = Pattern.compile(" {0,3}(:{3,})(.*)");

    private final Set<String> names;

    Containers(List<String> names) {
        this.names = Set.copyOf(names);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        Matcher m = OPEN.matcher(state.getLine().getContent());
        if (!m.matches()) {
            return BlockStart.none();
        }
        String name = m.group(2).strip().split(" ", 2)[0];
        if (!names.contains(name)) {
            return BlockStart.none();
        }
        return BlockStart.of(new Parser(name, m.group(1).length())).atIndex(state.getLine().getContent().length());
    }

    /** A container: a {@code div} with the container's name as its class. */
    static final class Container extends CustomBlock {
        final String name;

        Container(String name) {
            this.name = name;
        }
    }

    private static final class Parser extends AbstractBlockParser {
        private final Container block;
        private final int colons;
        private boolean closed;

        Parser(String name, int colons) {
            this.block = new Container(name);
            this.colons = colons;
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
            if (closed) {
                return BlockContinue.none();
            }
            CharSequence line = state.getLine().getContent();
            if (state.getIndent() < 4) {
                String rest = line.toString().substring(state.getNextNonSpaceIndex());
                int c = 0;
                while (c < rest.length() && rest.charAt(c) == ':') {
                    c++;
                }
                if (c >= colons && rest.substring(c).isBlank()) {
                    closed = true;
                    return BlockContinue.finished();
                }
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    /** Writes a container as {@code <div class="NAME">}. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Container.class);
        }

        @Override
        public void render(Node node) {
            html.line();
            html.tag("div", context.extendAttributes(node, "div", java.util.Map.of("class", ((Container) node).name)));
            html.line();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.line();
            html.tag("/div");
            html.line();
        }
    }
}
