package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.postdesk.core.render.html.HtmlScanner;

/**
 * Finds the image URLs written in a body (after Liquid): Markdown images, {@code <img src>} in
 * raw HTML, and inline images that Markdown rejects because their path runs over a line break
 * (typical of paths pasted from a Windows export). Lines are 0-based body lines. Thread-safe.
 */
final class BodyImages {

    /** One image URL found in the body. */
    record Found(int line, ImageLink.Source source, String url, boolean multiLine) {
    }

    private static final int MAX_ALT = 1000;
    private static final int MAX_DEST = 2000;

    private final MarkdownRenderer markdown;

    /** Reading the body in {@code flavour}, with inline positions. */
    BodyImages(MarkdownFlavour flavour) {
        this.markdown = new MarkdownRenderer(flavour, IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Set<Long> imageStarts = new HashSet<>();
        List<int[]> paragraphs = new ArrayList<>();
        markdown.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                SourceSpan s = first(image);
                if (s != null) {
                    imageStarts.add(key(s.getLineIndex(), s.getColumnIndex()));
                    found.add(new Found(s.getLineIndex(), ImageLink.Source.MARKDOWN, image.getDestination(), false));
                }
                visitChildren(image);
            }

            @Override
            public void visit(HtmlBlock block) {
                html(block, block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                html(inline, inline.getLiteral());
            }

            @Override
            public void visit(Paragraph paragraph) {
                List<SourceSpan> spans = paragraph.getSourceSpans();
                if (!spans.isEmpty()) {
                    paragraphs.add(new int[] {spans.get(0).getLineIndex(),
                        spans.get(spans.size() - 1).getLineIndex()});
                }
                visitChildren(paragraph);
            }

            private void html(Node node, String literal) {
                SourceSpan s = first(node);
                if (s == null) {
                    return;
                }
                HtmlScanner.rewrite(literal, (tag, offset) -> {
                    if (!tag.end && tag.name.equals("img") && tag.get("src") != null) {
                        found.add(new Found(s.getLineIndex() + newlinesBefore(literal, offset),
                                ImageLink.Source.HTML, tag.get("src"), false));
                    }
                    return null;
                });
            }
        });
        lenient(text, paragraphs, imageStarts, found);
        found.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return found;
    }

    /** Inline images {@code ![alt](dest)} whose destination holds a line break. */
    private static void lenient(String text, List<int[]> paragraphs, Set<Long> imageStarts, List<Found> found) {
        int[] lineStarts = lineStarts(text);
        int i = 0;
        while ((i = text.indexOf("![", i)) >= 0) {
            int start = i;
            i += 2;
            int close = MarkdownBrackets.closing(text, start + 1, '[', ']', MAX_ALT);
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != '(') {
                continue;
            }
            int end = MarkdownBrackets.closing(text, close + 1, '(', ')', MAX_DEST);
            if (end < 0) {
                continue;
            }
            String inside = text.substring(close + 2, end).strip();
            int line = lineOf(lineStarts, start);
            int column = start - lineStarts[line];
            if (!hasBreakInPath(inside) || imageStarts.contains(key(line, column)) || !inParagraph(paragraphs, line)) {
                continue;
            }
            found.add(new Found(line, ImageLink.Source.MARKDOWN, MarkdownBrackets.unescape(inside), true));
            i = end;
        }
    }

    /** True when the destination itself (not a title after it) spans a line break. */
    private static boolean hasBreakInPath(String inside) {
        int brk = firstBreak(inside);
        if (brk < 0) {
            return false;
        }
        String rest = inside.substring(brk).strip();
        return !(rest.startsWith("\"") || rest.startsWith("'") || rest.startsWith("("));
    }

    private static int firstBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }



    private static boolean inParagraph(List<int[]> paragraphs, int line) {
        return paragraphs.stream().anyMatch(p -> line >= p[0] && line <= p[1]);
    }

    static int newlinesBefore(String s, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int idx = Arrays.binarySearch(starts, offset);
        return idx >= 0 ? idx : -idx - 2;
    }

    private static SourceSpan first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? null : spans.get(0);
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | column;
    }
}
