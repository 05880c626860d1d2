package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.site.PostNames;

/**
 * Finds the files the post list shows: everything under {@code _posts/} and {@code _drafts/}
 * (sub-folders too) that {@link PostNames#isCandidate} accepts, at the root and under category
 * folders ({@code travel/_posts/}) as Jekyll does. Folders Jekyll skips ({@code .x}, {@code _x},
 * {@code exclude}d ones, {@code node_modules}, ...) are not entered.
 */
final class PostFiles {
    /** A found file with the attributes read while listing. */
    record Found(Path file, String relativePath, long size, long modified) {
    }

    private static final List<String> DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
            "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems", "vendor/ruby");

    private PostFiles() {
    }

    static List<Found> find(BlogFolder blog) throws IOException {
        Path root = blog.root();
        PostNames naming = blog.naming();
        List<String> excludes = new ArrayList<>(DEFAULT_EXCLUDES);
        for (String e : blog.config().exclude()) {
            String clean = e.strip().replaceAll("^/+", "").replaceAll("/+$", "");
            if (!clean.isEmpty()) {
                excludes.add(clean);
            }
        }
        List<Found> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = blog.relativize(dir);
                String name = dir.getFileName().toString();
                if (name.startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (naming.inContentFolder(rel + "/") || naming.isContentFolder(name)) {
                    return FileVisitResult.CONTINUE;
                }
                char c = name.charAt(0);
                if (c == '_' || c == '#' || c == '~' || excluded(rel, excludes)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && naming.isCandidate(file.getFileName().toString())) {
                    String rel = blog.relativize(file);
                    if (naming.inContentFolder(rel)) {
                        out.add(new Found(file, rel, attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static boolean excluded(String rel, List<String> excludes) {
        for (String e : excludes) {
            if (rel.equals(e) || rel.startsWith(e + "/")) {
                return true;
            }
        }
        return false;
    }
}
