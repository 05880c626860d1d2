package org.postdesk.core.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one preview render needs.
 *
 * @param body     the post body as the editor holds it (line 0 is the first body line)
 * @param page     the front matter as a map (title, and anything {@code {{ page.X }}} reads)
 * @param site     the blog's {@code _config.yml} as a map ({@code baseurl}, {@code url}, ...)
 * @param blogRoot the blog folder; only used as a value to build {@code file:} URLs
 * @param files    existence lookups in the blog folder
 * @param links    resolution of {@code post_url} and {@code link} tags
 * @param template the site's template pass before Markdown; null for the renderer's own
 * @param flavour  the site's Markdown flavour; null for the renderer's own (a file outside any blog)
 */
public record RenderRequest(String body, Map<String, ?> page, Map<String, ?> site, Path blogRoot,
        BlogFiles files, SiteLinks links, TemplatePass template, MarkdownFlavour flavour) {

    public RenderRequest {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(blogRoot, "blogRoot");
        page = page == null ? Map.of() : page;
        site = site == null ? Map.of() : site;
        files = files == null ? BlogFiles.NONE : files;
        links = links == null ? SiteLinks.NONE : links;
    }

    public RenderRequest(String body, Map<String, ?> page, Map<String, ?> site, Path blogRoot, BlogFiles files,
            SiteLinks links) {
        this(body, page, site, blogRoot, files, links, null, null);
    }

    public RenderRequest(String body, Map<String, ?> page, Map<String, ?> site, Path blogRoot, BlogFiles files) {
        this(body, page, site, blogRoot, files, SiteLinks.NONE);
    }
}
