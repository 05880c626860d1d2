package org.postdesk.core.render.kramdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * kramdown's tables without a separator line: a paragraph that starts a block (after a blank
 * line, or first in the post) and whose every line has a pipe outside code is a table of body
 * rows ({@code 属性 | 描述} lines; even one line {@code a | b}). CommonMark needs the
 * {@code |---|} line. Pipes in code spans and math do not split cells; a paragraph with an
 * escaped pipe ({@code \|}) stays a paragraph. Stateless.
 */
final class KramdownTables {

    private KramdownTables() {
    }

    /** Replaces the paragraph with a table when kramdown reads it as one; true if it did. */
    static boolean promote(Paragraph paragraph, String text) {
        if (!startsBlock(paragraph) || IalAttributes.of(paragraph) != null || !rawPipes(paragraph, text)) {
            return false;
        }
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        for (Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(c);
            }
        }
        lines.add(line);
        for (List<Node> l : lines) {
            if (l.stream().noneMatch(n -> n instanceof Text t && t.getLiteral().indexOf('|') >= 0)) {
                return false;
            }
        }
        TableBlock table = new TableBlock();
        TableBody body = new TableBody();
        table.appendChild(body);
        List<SourceSpan> spans = paragraph.getSourceSpans();
        for (int i = 0; i < lines.size(); i++) {
            TableRow row = row(lines.get(i));
            if (spans.size() == lines.size()) {
                row.setSourceSpans(List.of(spans.get(i)));
            }
            body.appendChild(row);
        }
        table.setSourceSpans(spans);
        body.setSourceSpans(spans);
        paragraph.insertAfter(table);
        paragraph.unlink();
        return true;
    }

    /**
     * Every source line has a pipe, none an escaped one ({@code \\|}: kramdown keeps such a line
     * text; the parsed tree no longer tells the two apart, so such paragraphs stay paragraphs).
     */
    private static boolean rawPipes(Paragraph paragraph, String text) {
        for (SourceSpan span : paragraph.getSourceSpans()) {
            int from = span.getInputIndex();
            int to = from + span.getLength();
            if (from < 0 || to > text.length()) {
                return false;
            }
            String line = text.substring(from, to);
            if (line.indexOf('|') < 0 || line.contains("\\|")) {
                return false;
            }
        }
        return true;
    }

    private static TableRow row(List<Node> nodes) {
        List<TableCell> cells = new ArrayList<>();
        TableCell cell = new TableCell();
        cells.add(cell);
        for (Node n : nodes) {
            if (n instanceof Text t && t.getLiteral().indexOf('|') >= 0) {
                String[] parts = t.getLiteral().split("\\|", -1);
                for (int p = 0; p < parts.length; p++) {
                    if (p > 0) {
                        cell = new TableCell();
                        cells.add(cell);
                    }
                    if (!parts[p].isEmpty()) {
                        cell.appendChild(new Text(parts[p]));
                    }
                }
                n.unlink();
            } else {
                n.unlink();
                cell.appendChild(n);
            }
        }
        if (cells.size() > 1 && blank(cells.get(0))) {
            cells.remove(0); // a leading pipe
        }
        if (cells.size() > 1 && blank(cells.get(cells.size() - 1))) {
            cells.remove(cells.size() - 1); // a trailing pipe
        }
        TableRow row = new TableRow();
        for (TableCell c : cells) {
            trim(c);
            row.appendChild(c);
        }
        return row;
    }

    private static boolean blank(TableCell cell) {
        for (Node n = cell.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Text t) || !t.getLiteral().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void trim(TableCell cell) {
        if (cell.getFirstChild() instanceof Text first) {
            first.setLiteral(first.getLiteral().stripLeading());
        }
        if (cell.getLastChild() instanceof Text last) {
            last.setLiteral(last.getLiteral().stripTrailing());
        }
    }

    /** First in the post, or after a blank line (a table right after any other line is text). */
    private static boolean startsBlock(Paragraph paragraph) {
        if (paragraph.getSourceSpans().isEmpty()) {
            return false;
        }
        Node previous = paragraph.getPrevious();
        while (previous != null && previous.getSourceSpans().isEmpty()) {
            previous = previous.getPrevious();
        }
        if (previous == null) {
            return paragraph.getParent() instanceof Document;
        }
        List<SourceSpan> before = previous.getSourceSpans();
        return paragraph.getSourceSpans().get(0).getLineIndex() > before.get(before.size() - 1).getLineIndex() + 1;
    }
}
