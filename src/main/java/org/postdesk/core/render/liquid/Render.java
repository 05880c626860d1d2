package org.postdesk.core.render.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.render.TemplateSupport;

/**
 * One pass over one text (a post's body or an included file): the scan for {@code {{ }}} and
 * {@code {% %}}, the dispatch of each tag to its family, and the errors shown where they are.
 * The families ({@link VariableTags}, {@link BranchTags}, {@link LoopTags}, {@link IncludeTags},
 * {@link LiteralTags}, {@link LinkTags}) work on its {@link Output} through it.
 */
final class Render {

    /** Markup longer than this between its braces is not read (it stays as written). */
    static final int MAX_MARKUP = 4096;

    /** The tags whose whitespace control ({@code {%-}, {@code -%}}) this pass applies. */
    private static final Set<String> TRIMMING = Set.of("post_url", "link", "include", "include_relative", "assign",
            "capture", "if", "unless", "case", "for", "break", "continue", "increment", "decrement", "cycle", "tablerow",
            "comment");
    private static final Set<String> STRAY = Set.of("elsif", "else", "endif", "endunless", "when", "endcase",
            "endfor", "endcapture", "endtablerow");

    final String text;
    final Session session;
    final TemplatePass.Context context;
    final List<String> notes = new ArrayList<>();
    final Output out;
    final TagScanner tags;
    /** Set by {@code break} and {@code continue} until the loop around them takes it. */
    Interrupt interrupt = Interrupt.NONE;
    private int noExpressionEndFrom = Integer.MAX_VALUE;
    private int noTagEndFrom = Integer.MAX_VALUE;

    Render(String text, Session session) {
        this.text = text;
        this.session = session;
        this.context = session.context;
        this.out = new Output(text);
        this.tags = new TagScanner(text);
    }

    TemplatePass.Result run() {
        scan(0, text.length());
        return out.result(notes);
    }

    /** Renders the whole text (an included file) and returns it. */
    String renderWhole() {
        scan(0, text.length());
        return out.whole();
    }

    /** Renders [from, to) to the output; the output's copy position must be {@code from}. */
    void render(int from, int to) {
        scan(from, to);
        if (interrupt == Interrupt.NONE) {
            out.copyTo(to);
        } else {
            out.skipTo(to);
        }
    }

    /**
     * Renders [from, to) into a buffer of its own and returns it (capture, a table cell); the
     * output written so far, its line records and the copy position are as before afterwards.
     */
    String renderAside(int from, int to) {
        Output.Saved saved = out.aside(from);
        try {
            render(from, to);
            return out.asideText();
        } finally {
            out.restore(saved);
        }
    }

    /** Handles the tags and expressions in [from, to), leaving the text after the last one uncopied. */
    private void scan(int from, int to) {
        int i = from;
        while (i < to && interrupt == Interrupt.NONE) {
            int b = text.indexOf('{', i);
            if (b < 0 || b + 1 >= to) {
                break;
            }
            char c = text.charAt(b + 1);
            int next = -1;
            if (c == '{' && b < noExpressionEndFrom) {
                int e = tags.closing(b + 2, false);
                if (e < 0) {
                    noExpressionEndFrom = b;
                } else if (e + 2 <= to && e - b <= MAX_MARKUP) {
                    next = expression(b, e, to);
                }
            } else if (c == '%' && b < noTagEndFrom) {
                int e = tags.closing(b + 2, true);
                if (e < 0) {
                    noTagEndFrom = b;
                } else if (e + 2 <= to && e - b <= MAX_MARKUP) {
                    next = tag(b, e, to);
                }
            }
            i = next < 0 ? b + 1 : next;
        }
    }

    /** Handles {@code {{...}}} at [b, e+2); returns where scanning continues, or -1 to keep it. */
    private int expression(int b, int e, int to) {
        Optional<String> value = Expressions.evaluate(text.substring(b + 2, e), context, session);
        if (value.isEmpty()) {
            return -1;
        }
        trimBefore(b);
        int end = tags.trimsRight(b, e) ? tags.spaceForward(e + 2, to) : e + 2;
        out.replace(b, end, value.get());
        return end;
    }

    private int tag(int b, int e, int to) {
        String inner = Expressions.strip(text.substring(b + 2, e));
        int space = TagScanner.firstSpace(inner);
        String name = space < 0 ? inner : inner.substring(0, space);
        String args = space < 0 ? "" : inner.substring(space).strip();
        int end = e + 2;
        if (TRIMMING.contains(name)) {
            trimBefore(b);
            if (tags.trimsRight(b, e)) {
                end = tags.spaceForward(end, to);
            }
        }
        return switch (name) {
            case "raw" -> LiteralTags.block(this, b, end, "endraw", true);
            case "comment" -> LiteralTags.block(this, b, end, "endcomment", false);
            case "highlight" -> LiteralTags.highlight(this, b, end, args);
            case "post_url" -> LinkTags.link(this, b, end, "post_url", args, context.links().postUrl(args));
            case "link" -> LinkTags.link(this, b, end, "link", args, context.links().link(args));
            case "include", "include_relative" -> IncludeTags.include(this, b, end, name, args);
            case "assign" -> VariableTags.assign(this, b, end, args);
            case "capture" -> VariableTags.capture(this, b, end, to, args);
            case "increment", "decrement" -> VariableTags.counter(this, b, end, name, args);
            case "if", "unless" -> BranchTags.ifBlock(this, b, end, to, name, args);
            case "case" -> BranchTags.caseBlock(this, b, end, to, args);
            case "for" -> LoopTags.forBlock(this, b, end, to, args);
            case "tablerow" -> LoopTags.tablerow(this, b, end, to, args);
            case "cycle" -> LoopTags.cycle(this, b, end, args);
            case "break", "continue" -> LoopTags.interrupt(this, b, end, name);
            default -> STRAY.contains(name)
                    ? error(b, end, "{% " + name + " %} has no opening tag before it; it is left out.")
                    : -1;
        };
    }

    /** For {@code {%-} or {@code {{-} at b: drops the whitespace before it (not yet written). */
    private void trimBefore(int b) {
        if (b + 2 >= text.length() || text.charAt(b + 2) != '-') {
            return;
        }
        int w = tags.spaceBack(b, out.copied());
        if (w < b) {
            out.copyTo(w);
            out.skipTo(b);
            out.markChanged();
        }
    }

    // ------------------------------------------------------------ blocks and errors

    /**
     * The middle and end tags of the block opened at [b, end), or null when it is not closed
     * before {@code to}.
     */
    List<Tag> structure(int b, int end, int to, Set<String> middles, String endName) {
        return tags.structure(b, end, to, middles, endName);
    }

    /**
     * When blocks are nested too deep to render this one (opened at b, closed at {@code closeEnd}),
     * replaces it whole with a marked error and returns where scanning continues; else -1.
     */
    int tooDeep(int b, int closeEnd, String name) {
        if (!session.tooDeep()) {
            return -1;
        }
        return error(b, closeEnd, "{% " + name + " %} is nested too deep: more than " + LiquidLite.MAX_DEPTH
                + " blocks inside each other; it is left out with everything in it.");
    }

    int unclosed(int b, int end, String name, String endName) {
        return error(b, end, "{% " + name + " %} is never closed with {% " + endName
                + " %}; the text after it is shown as if the tag were not there.");
    }

    /** Replaces [b, end) with a visible error sentence, notes it, and continues after it. */
    int error(int b, int end, String message) {
        out.unalign(); // from here lines are counted as the text is copied, not from the start each time
        int line = out.lineAt(b);
        notes.add("Liquid error on line " + (line + 1) + ": " + message);
        out.replace(b, end, "<span class=\"" + LiquidLite.ERROR_CLASS + "\">Liquid error: "
                + TemplateSupport.escapeHtml(message) + "</span>");
        return end;
    }
}
