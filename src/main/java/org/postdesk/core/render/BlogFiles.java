package org.postdesk.core.render;

import java.util.List;
import java.util.Optional;

/**
 * The render package's only view of the blog folder: "is there a file at this path?". The blog
 * layer implements it (with a cache); tests implement it over a temp folder or a file list.
 *
 * <p>Paths are relative to the blog root, use {@code /}, have no leading slash, no {@code .} or
 * {@code ..} segments and are already percent-decoded ({@code postimg/图 1.png}).
 */
public interface BlogFiles {

    /**
     * The path of the file as it is really spelled on disk, when a file matches {@code relPath}
     * ignoring letter case; empty when no file matches at all. A result that differs from
     * {@code relPath} only in case means the link works on Windows and macOS but not on a Linux
     * server.
     */
    Optional<String> realPath(String relPath);

    /** True when a file exists at exactly this path, letter case included. */
    default boolean exists(String relPath) {
        return realPath(relPath).filter(relPath::equals).isPresent();
    }

    /**
     * True when the file at {@code relPath} (or, when it does not exist, its nearest existing
     * folder) really lies outside the blog's real root: a symbolic link inside the blog that
     * points out. The preview never loads such a path. Implementations over a real folder must
     * resolve links; lists of names have none.
     */
    default boolean leavesBlog(String relPath) {
        return false;
    }

    /** Paths of files with this exact file name anywhere in the blog (for hints); may be empty. */
    default List<String> findByFileName(String fileName) {
        return List.of();
    }

    /**
     * The path, relative to the root, of the source file a written link path is served from:
     * {@code path} is percent-decoded, has no query or fragment and no base URL, and starts with
     * {@code /} when the link was written from the site's root. The default (Jekyll copies files
     * to the same place) is the path itself; a site whose pages live elsewhere than their files
     * (Hugo's {@code static/} served at {@code /}, a bundle's resources beside its page) maps it
     * (docs/decisions/0040). The result is normalized by the caller.
     */
    default String sourceOf(String path) {
        return path;
    }

    /** A blog with no files: every local link is missing. */
    BlogFiles NONE = relPath -> Optional.empty();
}
