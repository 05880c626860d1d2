package org.postdesk.core.render.kramdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one seam of the parse's speed choices ({@link ParseOptions}): the immutable commonmark
 * parsers, each built from extensions only (the commonmark ones given, the four of
 * {@link KramdownFlavour#gfmExtensions()}, and {@link KramdownExtension}), and the choice of one per text. Around the parse it runs kramdown's
 * two steps that are not commonmark's ({@link KramdownLines} before, {@link KramdownTree} after; see
 * {@link KramdownExtension}). Shared across threads.
 *
 * <p>One parser per subset of the four commonmark extensions and per kind of kramdown walk
 * ({@link KramdownExtension.InlineWalk}). Each extension costs time on every post (block starts tried
 * on every line, a delimiter character, a walk of the tree), so with
 * {@link ParseOptions#extensionSubset()} a text gets a parser with only those whose syntax it can
 * contain: the same tree at less cost (see {@link #extensionsFor}). docs/decisions/0018.
 */
public final class KramdownParsers {

    /** Bits of a subset of the commonmark extensions, in their order. */
    private static final int TABLES = 1;
    private static final int STRIKETHROUGH = 2;
    private static final int TASKS = 4;
    private static final int FOOTNOTES = 8;
    private static final int ALL = TABLES | STRIKETHROUGH | TASKS | FOOTNOTES;
    private static final int SUBSETS = ALL + 1;

    /** Named entities (after the {@code &}) for the characters of a task marker other than x. */
    private static final List<String> BRACKET_ENTITIES = List.of("lsqb;", "lbrack;", "rsqb;", "rbrack;", "Tab;",
            "NewLine;");

    /** Indexed by subset bits + {@link #SUBSETS} times the walk's ordinal. */
    private final List<Parser> parsers;

    /**
     * With {@code extensions} the commonmark extensions a text may use, in the order of the
     * subset bits (tables, strikethrough, task items, footnotes).
     */
    public KramdownParsers(IncludeSourceSpans spans, List<Extension> extensions) {
        List<Parser> all = new ArrayList<>();
        for (KramdownExtension.InlineWalk walk : KramdownExtension.InlineWalk.values()) {
            for (int bits = 0; bits < SUBSETS; bits++) {
                List<Extension> subset = new ArrayList<>();
                for (int i = 0; i < extensions.size(); i++) {
                    if ((bits & (1 << i)) != 0) {
                        subset.add(extensions.get(i));
                    }
                }
                subset.add(KramdownExtension.create(walk));
                all.add(Parser.builder().extensions(subset).includeSourceSpans(spans).build());
            }
        }
        this.parsers = List.copyOf(all);
    }

    private Parser parser(int bits, KramdownExtension.InlineWalk walk) {
        return parsers.get(bits + SUBSETS * walk.ordinal());
    }

    /**
     * Parses as kramdown would read it: block attribute lists are taken out line by line (no line
     * moves), then the tree gets their attributes, span attribute lists, heading ids and the table
     * of contents. When {@code urlNodes} is not null, adds to it the links, images and raw HTML of
     * the result in the order a visitor resolving them meets them (a link after its children;
     * nothing inside an image's alt text), so that the URL pass ({@code PreviewUrls}) needs no walk of its
     * own.
     */
    public Node parse(String markdown, List<Node> urlNodes, ParseOptions options) {
        KramdownLines.Result lines = KramdownLines.apply(markdown);
        int bits = options.extensionSubset() ? extensionsFor(lines.text()) : ALL;
        boolean spanIals = lines.text().contains("{:");
        // The walk while parsing needs a text without block attribute lists (they are attached
        // after the parse) and no task items (their markers are taken out after the parse), and
        // a paragraph or heading to hand its result over (see KramdownInlineWalk.takeWalk).
        if (options.walkWhileParsing() && lines.ials().isEmpty() && (bits & TASKS) == 0) {
            KramdownExtension.InlineWalk walk = spanIals ? KramdownExtension.InlineWalk.WHILE_PARSING_WITH_SPAN_IALS
                    : KramdownExtension.InlineWalk.WHILE_PARSING;
            Node document = parser(bits, walk).parse(lines.text());
            KramdownTree.Walk state = KramdownInlineWalk.takeWalk(document);
            if (state != null) {
                KramdownTree.finishInlineWalk(document, state, lines.text(), urlNodes);
                return document;
            }
        }
        Node document = parser(bits, KramdownExtension.InlineWalk.AFTER_PARSE).parse(lines.text());
        KramdownTree.apply(document, lines.text(), lines.ials(), spanIals, urlNodes);
        return document;
    }

    /**
     * The extensions whose syntax can occur in {@code text}, as bits. A table needs a {@code |}
     * in its header row; strikethrough two tildes; a footnote {@code [^} in its definition; a
     * task item a text starting with {@code [x]}, {@code [X]} or {@code [} whitespace {@code ]},
     * which escaped brackets and entities can also spell (numeric ones, and the named ones for
     * brackets, tab and newline).
     */
    static int extensionsFor(String text) {
        // one indexOf scan (vectorized) per trigger character, looking around each occurrence
        int bits = text.indexOf('|') >= 0 ? TABLES : 0;
        for (int i = text.indexOf('~'); i >= 0; i = text.indexOf('~', i + 2)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '~') {
                bits |= STRIKETHROUGH;
                break;
            }
        }
        for (int i = text.indexOf('['); i >= 0 && i + 1 < text.length(); i = text.indexOf('[', i + 1)) {
            char c = text.charAt(i + 1);
            if (c == '^') {
                bits |= FOOTNOTES;
            } else if (i + 2 < text.length() && text.charAt(i + 2) == ']' && (c == 'x' || c == 'X' || c == ' '
                    || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\n')) {
                bits |= TASKS;
            }
            if ((bits & (TASKS | FOOTNOTES)) == (TASKS | FOOTNOTES)) {
                break;
            }
        }
        if ((bits & TASKS) == 0 && (hasEscapedBracket(text) || hasBracketEntity(text))) {
            bits |= TASKS;
        }
        return bits;
    }

    private static boolean hasEscapedBracket(String text) {
        for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 2)) {
            char c = text.charAt(i + 1);
            if (c == '[' || c == ']') {
                return true;
            }
        }
        return false;
    }

    /** An entity that can spell a bracket or a whitespace of a task marker: numeric, or named for those. */
    private static boolean hasBracketEntity(String text) {
        for (int i = text.indexOf('&'); i >= 0 && i + 1 < text.length(); i = text.indexOf('&', i + 1)) {
            if (text.charAt(i + 1) == '#') {
                return true;
            }
            for (String name : BRACKET_ENTITIES) {
                if (text.startsWith(name, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
