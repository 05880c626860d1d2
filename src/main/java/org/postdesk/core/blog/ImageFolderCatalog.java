package org.postdesk.core.blog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of a blog's image folders by file name: where a broken image link may be pointed
 * (decision record 0031). Only files that really lie inside the blog count: an image folder that
 * is a symbolic link leading out of the blog, and any file whose real path leaves it, are left
 * out, so no repair ever links outside. The listing is kept for two seconds, then read again on
 * the next question (an image imported a moment ago counts). Thread-safe.
 */
public final class ImageFolderCatalog {

    private static final long KEEP_NANOS = 2_000_000_000L;
    private static final int MAX_DEPTH = 6;
    private static final int MAX_FILES = 200_000;

    private final Path root;
    private final List<String> folders;
    private volatile Listing listing;

    /** @param folders image folders relative to the blog root ({@code postimg}); "" and odd names are ignored */
    public ImageFolderCatalog(Path root, Collection<String> folders) {
        this.root = root.toAbsolutePath().normalize();
        Set<String> clean = new LinkedHashSet<>();
        for (String f : folders) {
            String s = f == null ? "" : f.strip().replace('\\', '/');
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.isEmpty() && !s.startsWith("/") && !s.startsWith(".") && !s.startsWith("_")
                    && !s.contains("..") && !s.contains("\n")) {
                clean.add(s);
            }
        }
        this.folders = List.copyOf(clean);
    }

    /** The catalog of the folders a blog's conventions name: the body and header image folders and every folder its posts link into. */
    public static ImageFolderCatalog of(Path root, BlogConventions conventions) {
        List<String> folders = new ArrayList<>();
        folders.add(conventions.imageStyle().folder());
        folders.add(conventions.headerImageStyle().folder());
        folders.addAll(conventions.imageFolders().keySet());
        return new ImageFolderCatalog(root, folders);
    }

    public List<String> folders() {
        return folders;
    }

    /** Blog-relative paths of the files named exactly {@code fileName} in the image folders, sorted. */
    public List<String> byFileName(String fileName) {
        return current().byName.getOrDefault(fileName, List.of());
    }

    private Listing current() {
        Listing l = listing;
        long now = System.nanoTime();
        if (l == null || now - l.made > KEEP_NANOS) {
            l = read(now);
            listing = l;
        }
        return l;
    }

    private record Listing(Map<String, List<String>> byName, long made) {
    }

    private Listing read(long now) {
        Map<String, Set<String>> found = new HashMap<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return new Listing(Map.of(), now);
        }
        int[] count = {0};
        for (String folder : folders) {
            try {
                Path dir = root.resolve(folder).normalize();
                if (!dir.startsWith(root) || !Files.isDirectory(dir) || !dir.toRealPath().startsWith(realRoot)) {
                    continue; // gone, or a link leading out of the blog
                }
                try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
                    walk.filter(p -> count[0] < MAX_FILES)
                            .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || insideLink(p, realRoot))
                            .forEach(p -> {
                                count[0]++;
                                String rel = root.relativize(p).toString().replace('\\', '/');
                                found.computeIfAbsent(p.getFileName().toString(), k -> new TreeSet<>()).add(rel);
                            });
                }
            } catch (IOException | UncheckedIOException | InvalidPathException e) {
                // an unreadable folder offers no targets
            }
        }
        Map<String, List<String>> byName = new HashMap<>();
        found.forEach((name, paths) -> byName.put(name, List.copyOf(paths)));
        return new Listing(byName, now);
    }

    /** A symbolic link to a regular file that stays inside the blog. */
    private static boolean insideLink(Path p, Path realRoot) {
        if (!Files.isSymbolicLink(p) || !Files.isRegularFile(p)) {
            return false;
        }
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
