package org.postdesk.core.render;

import java.util.List;
import java.util.Map;

/**
 * The Liquid step that runs before Markdown, as in Jekyll. Behind an interface so that a real
 * engine can replace {@link org.postdesk.core.render.liquid.LiquidLite} later.
 *
 * <p>Contract: the output is what Liquid makes of the text; text around the tags is kept as
 * it is. Where tags drop or make lines (a tag written over several lines, a loop, a capture, a
 * branch not taken), {@link Result#lines()} says which editor line each output line came from,
 * so that {@code data-line} and scroll sync still follow the editor. Implementations never throw
 * for bad template text; they leave it visible or mark it.
 */
public interface TemplatePass {

    Result apply(String text, Context context);

    /**
     * What a template can see: the page's front matter, the site config, link lookups, and which
     * files the blog has (Hexo's asset tags name a file only when it is there).
     */
    record Context(Map<String, ?> page, Map<String, ?> site, SiteLinks links, BlogFiles files) {
        public Context {
            page = page == null ? Map.of() : page;
            site = site == null ? Map.of() : site;
            links = links == null ? SiteLinks.NONE : links;
            files = files == null ? BlogFiles.NONE : files;
        }

        /** Without file lookups (every file missing). */
        public Context(Map<String, ?> page, Map<String, ?> site, SiteLinks links) {
            this(page, site, links, BlogFiles.NONE);
        }
    }

    /**
     * The processed text, sentences about anything left unprocessed or wrong, and the source line
     * of each output line.
     */
    record Result(String text, List<String> notes, LineMap lines) {
        public Result {
            notes = List.copyOf(notes);
            lines = lines == null ? LineMap.IDENTITY : lines;
        }

        public Result(String text, List<String> notes) {
            this(text, notes, LineMap.IDENTITY);
        }
    }
}
