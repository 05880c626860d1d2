package org.postdesk.core.render;

import org.commonmark.parser.IncludeSourceSpans;

/**
 * What a template pass (core.render.liquid) borrows from the renderer: HTML escaping, loose URL
 * encoding and Markdown for a filter, without reaching into this package's internals.
 */
public final class TemplateSupport {

    private TemplateSupport() {
    }

    public static String escapeHtml(String s) {
        return UrlText.escapeHtml(s);
    }

    public static String encodeLoosely(String path) {
        return UrlText.encodeLoosely(path);
    }

    /** Markdown as HTML, without source lines. */
    public static String markdownify(String markdown) {
        return Plain.MARKDOWN.toHtml(markdown);
    }

    /** Made on first use: no {@code data-line} (the text is not the editor's). Immutable, shared. */
    private static final class Plain {
        static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(IncludeSourceSpans.NONE, false);
    }
}
