package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * GFM pipe tables as marked and markdown-it read them, which differs from commonmark's table
 * extension in two ways that change what a post shows (docs/decisions/0039): a table may start
 * right under a paragraph line (its header is that line: the paragraph keeps the lines above), and
 * a header with another number of cells than the delimiter row is no table at all. Body rows run
 * to a blank line or a line that starts another block; short rows are padded, long ones cut.
 * Writes commonmark's table nodes, so the tables extension's HTML writer renders them.
 */
final class PipeTables extends AbstractBlockParserFactory {

    private static final Pattern DELIMITER = Pattern.compile(" {0,3}(?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?");
    /** What ends a table's body: a heading, quote, fence, list item, HTML block, rule (marked's list). */
    private static final Pattern INTERRUPT = Pattern.compile(" {0,3}(?:#{1,6}(?:\\s|$)|>|```|~~~|[*+-] |1[.)] |<[/!A-Za-z]"
            + "|(?:(?:- *){3,}|(?:\\* *){3,}|(?:_ *){3,})$)");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        List<SourceLine> paragraph = matched.getParagraphLines().getLines();
        if (paragraph.isEmpty() || state.getIndent() >= 4) {
            return BlockStart.none();
        }
        CharSequence line = state.getLine().getContent();
        String delimiter = line.toString();
        if (!DELIMITER.matcher(delimiter).matches() || (delimiter.indexOf('|') < 0 && delimiter.indexOf(':') < 0)) {
            return BlockStart.none();
        }
        SourceLine header = paragraph.get(paragraph.size() - 1);
        List<int[]> headerCells = cells(header.getContent());
        List<TableCell.Alignment> aligns = alignments(delimiter);
        if (headerCells.size() != aligns.size()) {
            return BlockStart.none();
        }
        return BlockStart.of(new Parser(header, aligns)).atIndex(line.length()).replaceParagraphLines(1);
    }

    private static List<TableCell.Alignment> alignments(String delimiter) {
        String d = delimiter.strip();
        d = d.startsWith("|") ? d.substring(1) : d;
        d = d.endsWith("|") ? d.substring(0, d.length() - 1) : d;
        List<TableCell.Alignment> out = new ArrayList<>();
        for (String part : d.split("\\|", -1)) {
            String p = part.strip();
            boolean left = p.startsWith(":");
            boolean right = p.endsWith(":");
            out.add(left && right ? TableCell.Alignment.CENTER : right ? TableCell.Alignment.RIGHT
                    : left ? TableCell.Alignment.LEFT : null);
        }
        return out;
    }

    /**
     * The cells of a row as [start, end) ranges of {@code row}, trimmed: split at pipes not escaped
     * by a backslash, an empty first and last cell (the outer pipes) dropped.
     */
    static List<int[]> cells(CharSequence row) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= row.length(); i++) {
            if (i == row.length() || (row.charAt(i) == '|' && !escaped(row, i))) {
                out.add(trim(row, start, i));
                start = i + 1;
            }
        }
        if (!out.isEmpty() && out.get(0)[0] == out.get(0)[1]) {
            out.remove(0);
        }
        if (!out.isEmpty() && out.get(out.size() - 1)[0] == out.get(out.size() - 1)[1]) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean escaped(CharSequence s, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int[] trim(CharSequence s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** One table: the header line taken from the paragraph, then its body lines. */
    private static final class Parser extends AbstractBlockParser {
        private final TableBlock block = new TableBlock();
        private final SourceLine header;
        private final List<TableCell.Alignment> aligns;
        private final List<SourceLine> rows = new ArrayList<>();

        Parser(SourceLine header, List<TableCell.Alignment> aligns) {
            this.header = header;
            this.aligns = aligns;
            if (header.getSourceSpan() != null) {
                block.addSourceSpan(header.getSourceSpan());
            }
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence line = state.getLine().getContent();
            if (state.isBlank() || state.getIndent() >= 4 || INTERRUPT.matcher(line).lookingAt()) {
                return BlockContinue.none();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            rows.add(line);
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            TableHead head = new TableHead();
            block.appendChild(head);
            head.appendChild(row(header, true, inlineParser));
            // the first line given is the delimiter row itself
            if (rows.size() > 1) {
                TableBody body = new TableBody();
                block.appendChild(body);
                for (SourceLine line : rows.subList(1, rows.size())) {
                    body.appendChild(row(line, false, inlineParser));
                }
            }
        }

        private TableRow row(SourceLine line, boolean isHeader, InlineParser inlineParser) {
            TableRow row = new TableRow();
            if (line.getSourceSpan() != null) {
                row.addSourceSpan(line.getSourceSpan());
            }
            List<int[]> ranges = cells(line.getContent());
            for (int i = 0; i < aligns.size(); i++) {
                TableCell cell = new TableCell();
                cell.setHeader(isHeader);
                cell.setAlignment(aligns.get(i));
                if (i < ranges.size() && ranges.get(i)[1] > ranges.get(i)[0]) {
                    SourceLine text = line.substring(ranges.get(i)[0], ranges.get(i)[1]);
                    inlineParser.parse(SourceLines.of(unescapePipes(text)), cell);
                }
                row.appendChild(cell);
            }
            return row;
        }

        /** {@code \|} in a cell is a pipe (in code spans too, as GFM says). */
        private static SourceLine unescapePipes(SourceLine text) {
            String s = text.getContent().toString();
            if (!s.contains("\\|")) {
                return text;
            }
            SourceSpan span = text.getSourceSpan();
            return SourceLine.of(s.replace("\\|", "|"), span == null ? null
                    : SourceSpan.of(span.getLineIndex(), span.getColumnIndex(), s.length()));
        }
    }
}
