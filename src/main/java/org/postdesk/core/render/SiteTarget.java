package org.postdesk.core.render;

/**
 * Where a URL written in a post leads, seen from the blog folder.
 *
 * @param kind     what was found
 * @param written  the URL as it was written (after Liquid)
 * @param relPath  the site path it names, relative to the blog root and decoded, for local kinds;
 *                 otherwise null
 * @param realPath for {@link Kind#WRONG_CASE}: the file's real spelling; otherwise null
 * @param fileUrl  the {@code file:} URL to use in the preview for local kinds (null when the
 *                 resolver has no blog root, or for other kinds)
 * @param note     a sentence for a tooltip or a report; null when all is well
 */
public record SiteTarget(Kind kind, String written, String relPath, String realPath, String fileUrl,
        String note) {

    public enum Kind {
        /** Not a site URL: http(s) elsewhere, mailto:, data:, a fragment, empty. Left as written. */
        EXTERNAL,
        /** A site URL whose file exists exactly as written. */
        FILE,
        /** A site URL matching a file only when letter case is ignored. */
        WRONG_CASE,
        /** A site URL with no file behind it (normal for links to generated pages). */
        MISSING,
        /** Would leave the blog folder, or is a path on this computer: never turned into a file URL. */
        OUTSIDE,
        /** A {@code post_url} or {@code link} tag that the blog could not resolve. */
        BROKEN_TAG
    }
}
