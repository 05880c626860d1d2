package org.postdesk.core.render.kramdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * kramdown math: {@code $$...$$} inside a paragraph is inline math, a paragraph that is only
 * {@code $$...$$} is display math. The TeX is kept literally (no emphasis, no escapes inside) and
 * written as kramdown's MathJax output writes it, {@code \(...\)} and {@code \[...\]}, wrapped in
 * an element with class {@code math} so KaTeX can typeset it offline. A single {@code $} is text,
 * as in kramdown.
 */
final class KramdownMath {

    private KramdownMath() {
    }

    /** Inline math, or display math after {@link #promote}. */
    static final class Math extends CustomNode {
        final String tex;

        Math(String tex) {
            this.tex = tex;
        }
    }

    /** A paragraph that held only math. */
    static final class MathBlock extends CustomBlock {
        final String tex;

        MathBlock(String tex) {
            this.tex = tex;
        }
    }

    static final InlineContentParserFactory PARSER = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return KramdownMath::tryParse;
        }
    };

    private static ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        if (!scanner.next("$$")) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        while (scanner.find('$') >= 0) {
            Position contentEnd = scanner.position();
            if (scanner.next("$$")) {
                String tex = scanner.getSource(contentStart, contentEnd).getContent();
                if (tex.isBlank()) {
                    break;
                }
                return ParsedInline.of(new Math(tex.strip()), scanner.position());
            }
            scanner.next();
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }

    /** Turns a paragraph that holds only one math node into display math. */
    static void promote(Paragraph paragraph) {
        Node only = paragraph.getFirstChild();
        if (only instanceof Math math && (only.getNext() == null
                || only.getNext() instanceof SoftLineBreak && only.getNext().getNext() == null)) {
            MathBlock block = new MathBlock(math.tex);
            block.setSourceSpans(paragraph.getSourceSpans());
            paragraph.insertAfter(block);
            paragraph.unlink();
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Math.class, MathBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MathBlock block) {
                html.line();
                html.tag("div", context.extendAttributes(node, "div", Map.of("class", "math display")));
                html.text("\\[" + block.tex + "\\]");
                html.tag("/div");
                html.line();
            } else if (node instanceof Math math) {
                html.tag("span", context.extendAttributes(node, "span", Map.of("class", "math inline")));
                html.text("\\(" + math.tex + "\\)");
                html.tag("/span");
            }
        }
    }
}
