package org.postdesk.core.render;

import java.util.Map;

/**
 * One post for {@link LocalLinkChecker}.
 *
 * @param frontMatter          the front-matter text between the fences ("" when none)
 * @param frontMatterFirstLine 1-based file line of the first front-matter line (2 usually)
 * @param page                 the front matter as a map
 * @param body                 the body text
 * @param bodyFirstLine        1-based file line of the first body line
 * @param site                 the site config as a map
 * @param files                existence lookups in the blog folder
 */
public record CheckRequest(String frontMatter, int frontMatterFirstLine, Map<String, ?> page, String body,
        int bodyFirstLine, Map<String, ?> site, BlogFiles files) {

    public CheckRequest {
        frontMatter = frontMatter == null ? "" : frontMatter;
        page = page == null ? Map.of() : page;
        body = body == null ? "" : body;
        site = site == null ? Map.of() : site;
        files = files == null ? BlogFiles.NONE : files;
    }
}
