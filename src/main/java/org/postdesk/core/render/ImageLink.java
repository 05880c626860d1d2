package org.postdesk.core.render;

/**
 * One local image reference in a post.
 *
 * @param line      1-based line in the file
 * @param source    where it was written
 * @param written   the URL as written, after Liquid
 * @param target    where it leads
 * @param multiLine true when the Markdown image is split across lines (so it does not render)
 */
public record ImageLink(int line, Source source, String written, SiteTarget target, boolean multiLine) {

    public enum Source { MARKDOWN, HTML, FRONT_MATTER }
}
