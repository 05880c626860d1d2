package org.postdesk.core.convert;

import static org.postdesk.core.convert.HtmlToMarkdown.BLOCKS;
import static org.postdesk.core.convert.HtmlToMarkdown.SKIPPED;
import static org.postdesk.core.convert.HtmlToMarkdown.escapeLineStart;
import static org.postdesk.core.convert.HtmlToMarkdown.finish;
import static org.postdesk.core.convert.HtmlToMarkdown.hidden;
import static org.postdesk.core.convert.HtmlToMarkdown.oneLine;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Writes block-level Markdown; one instance per conversion. */
final class BlockWriter {
    private final List<String> blocks = new ArrayList<>();
    private final InlineWriter inline = new InlineWriter();
    private StringBuilder paragraph = new StringBuilder();

    List<String> blocks(Element container) {
        children(container);
        flush();
        return blocks;
    }

    void children(Element parent) {
        for (Node child : parent.childNodes()) {
            node(child);
        }
    }

    void node(Node node) {
        if (node instanceof TextNode t) {
            paragraph.append(InlineWriter.text(t.getWholeText()));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || hidden(e)) {
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                String text = oneLine(inline.of(e));
                if (!text.isEmpty()) {
                    blocks.add("#".repeat(tag.charAt(1) - '0') + " " + text);
                }
            }
            case "p" -> {
                flush();
                children(e);
                flush();
            }
            case "br" -> paragraph.append("  \n");
            case "hr" -> {
                flush();
                blocks.add("---");
            }
            case "pre" -> {
                flush();
                blocks.add(CodeBlocks.fenced(e));
            }
            case "ul", "ol" -> {
                flush();
                String list = Lists.write(e);
                if (!list.isBlank()) {
                    blocks.add(list);
                }
            }
            case "blockquote" -> {
                flush();
                String inner = String.join("\n\n", new BlockWriter().blocks(e));
                if (!inner.isBlank()) {
                    blocks.add(inner.lines().map(l -> l.isEmpty() ? ">" : "> " + l)
                            .reduce((a, b) -> a + "\n" + b).orElse(""));
                }
            }
            case "table" -> {
                flush();
                String table = Tables.write(e);
                if (!table.isBlank()) {
                    blocks.add(table);
                }
            }
            case "li" -> {
                flush();
                children(e);
                flush();
            }
            default -> {
                if (BLOCKS.contains(tag)) {
                    flush();
                    children(e);
                    flush();
                } else {
                    paragraph.append(inline.element(e));
                }
            }
        }
    }

    void flush() {
        String text = finish(paragraph.toString());
        paragraph = new StringBuilder();
        if (!text.isEmpty()) {
            blocks.add(escapeLineStart(text));
        }
    }
}

