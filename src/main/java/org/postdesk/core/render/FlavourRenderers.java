package org.postdesk.core.render;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.commonmark.parser.IncludeSourceSpans;

/**
 * One {@link MarkdownRenderer} per {@link MarkdownFlavour} instance met, all with the same span
 * and {@code data-line} settings. Flavours are shared instances without {@code equals}, so the
 * map is keyed by identity; a lookup allocates nothing once the flavour's renderer is built (a
 * renderer builds its parsers once, which costs milliseconds). Thread-safe.
 */
final class FlavourRenderers {

    private final IncludeSourceSpans spans;
    private final boolean lineAttributes;
    private final MarkdownRenderer fallback;
    private final ConcurrentMap<MarkdownFlavour, MarkdownRenderer> others = new ConcurrentHashMap<>();

    /** With {@code fallback} built now: the flavour of a request that brings none. */
    FlavourRenderers(MarkdownFlavour fallback, IncludeSourceSpans spans, boolean lineAttributes) {
        this.spans = spans;
        this.lineAttributes = lineAttributes;
        this.fallback = new MarkdownRenderer(fallback, spans, lineAttributes);
    }

    /** The renderer of {@code flavour}; the fallback's when it is null. */
    MarkdownRenderer of(MarkdownFlavour flavour) {
        if (flavour == null || flavour == fallback.flavour()) {
            return fallback;
        }
        MarkdownRenderer known = others.get(flavour);
        return known != null ? known
                : others.computeIfAbsent(flavour, f -> new MarkdownRenderer(f, spans, lineAttributes));
    }
}
