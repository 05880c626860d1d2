package org.postdesk.core.render;

import java.util.List;
import java.util.Map;

/**
 * The Liquid step that runs before Markdown, as in Jekyll. Behind an interface so that a real
 * engine can replace {@link LiquidLite} later.
 *
 * <p>Contract: the output has exactly as many lines as the input (a tag is replaced on its own
 * lines, padded with the line breaks it spanned), so that Markdown source lines still match the
 * editor's lines. Implementations never throw for bad template text; they leave it visible.
 */
public interface TemplatePass {

    Result apply(String text, Context context);

    /** What a template can see: the page's front matter, the site config, and link lookups. */
    record Context(Map<String, ?> page, Map<String, ?> site, SiteLinks links) {
        public Context {
            page = page == null ? Map.of() : page;
            site = site == null ? Map.of() : site;
            links = links == null ? SiteLinks.NONE : links;
        }
    }

    /** The processed text and sentences about anything left unprocessed. */
    record Result(String text, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }
}
