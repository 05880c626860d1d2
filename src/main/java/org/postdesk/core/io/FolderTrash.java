package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code .trash/} folder at the blog's root: Jekyll does not publish folders whose name starts
 * with a dot, and the file keeps its path inside it ({@code .trash/_posts/2024-01-02-x.md}), so
 * it is easy to put back. A name already in the trash gets {@code -2}, {@code -3}, ... before its
 * extension.
 */
public final class FolderTrash implements Trash {
    public static final String FOLDER = ".trash";

    private final Path blogRoot;

    public FolderTrash(Path blogRoot) {
        this.blogRoot = blogRoot.toAbsolutePath().normalize();
    }

    @Override
    public String moveToTrash(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(blogRoot)) {
            throw new IOException(file + " is not inside the blog " + blogRoot);
        }
        Path rel = blogRoot.relativize(abs);
        Path target = free(blogRoot.resolve(FOLDER).resolve(rel));
        WriteGuard.forBlog(blogRoot).move(abs, target);
        String shown = blogRoot.relativize(target).toString().replace('\\', '/');
        return "Moved " + rel.toString().replace('\\', '/') + " to " + shown
                + " in the blog; move it back from there to restore it.";
    }

    private static Path free(Path wanted) {
        if (!Files.exists(wanted)) {
            return wanted;
        }
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            Path p = wanted.resolveSibling(stem + "-" + i + ext);
            if (!Files.exists(p)) {
                return p;
            }
        }
    }
}
