package org.postdesk.core.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;

/**
 * A generator's Markdown flavour (kramdown for Jekyll): how text becomes a commonmark tree, and
 * how the flavour's own nodes are written as HTML. {@link MarkdownRenderer} is generic: it takes a
 * flavour and adds the pipeline's own writers (the URL pass's marks, {@code data-line}).
 * Implementations are shared immutable instances, thread-safe; the pipeline keeps one renderer per
 * flavour instance it meets, so a flavour does not override {@code equals} (docs/decisions/0029,
 * step 3).
 */
public interface MarkdownFlavour {

    /** A short, stable, lower-case name ({@code kramdown}), for logs and notes. */
    String name();

    /**
     * A parser that keeps source spans as {@code spans} says. Built once per renderer (it may be
     * costly), then shared across threads.
     */
    TextParser parser(IncludeSourceSpans spans);

    /**
     * The commonmark extensions the HTML writer needs for this flavour's nodes and attributes, in
     * order; the pipeline's own extensions come after them.
     */
    List<Extension> rendererExtensions();

    /**
     * False only when the parser makes no footnote node from {@code markdown}: the pipeline then
     * writes the HTML without commonmark's footnotes extension, whose writer walks the whole tree
     * before writing (docs/decisions/0036). True (always the full writer) unless a flavour knows.
     */
    default boolean mayHaveFootnotes(String markdown) {
        return true;
    }

    /** Text to a commonmark tree, the flavour's way. Thread-safe. */
    interface TextParser {

        /**
         * Parses {@code markdown}. When {@code urlNodes} is not null, adds to it the links, images
         * and raw HTML ({@code HtmlInline}, {@code HtmlBlock}) of the result in the order a
         * visitor resolving them meets them (a link after its children; nothing inside an
         * image's alt text), so that the URL pass needs no walk of its own.
         */
        Node parse(String markdown, List<Node> urlNodes);
    }
}
