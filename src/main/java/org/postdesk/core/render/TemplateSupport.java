package org.postdesk.core.render;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

    /**
     * Markdown as HTML in {@code flavour} (the template pass's generator's), without source lines
     * and without {@code data-line} (the text is not the editor's).
     */
    public static String markdownify(String markdown, MarkdownFlavour flavour) {
        MarkdownRenderer renderer = PLAIN.get(flavour);
        if (renderer == null) {
            renderer = PLAIN.computeIfAbsent(flavour, f -> new MarkdownRenderer(f, IncludeSourceSpans.NONE, false));
        }
        return renderer.toHtml(markdown);
    }

    /** One renderer per flavour instance, made on first use (see {@link FlavourRenderers}). Shared. */
    private static final ConcurrentMap<MarkdownFlavour, MarkdownRenderer> PLAIN = new ConcurrentHashMap<>();
}
