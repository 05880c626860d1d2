package org.postdesk.core.blog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.postdesk.core.render.BlogFiles;

/**
 * The render layer's view of a blog folder, on the live file system: an exact lookup is one
 * {@code exists} call (so an image imported a second ago shows at once); only a miss lists
 * the folders on the way to find a name that differs in letter case.
 */
public final class FolderBlogFiles implements BlogFiles {
    private static final Set<String> SKIPPED = Set.of("_site", ".git", ".jekyll-cache", "node_modules", "vendor",
            ".sass-cache", ".bundle");

    private final Path root;
    private volatile List<String> allFiles;
    private volatile Path realRoot;

    public FolderBlogFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> realPath(String relPath) {
        if (relPath.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path exact = root.resolve(relPath).normalize();
            if (!exact.startsWith(root)) {
                return Optional.empty();
            }
            if (Files.isRegularFile(exact) && sameCase(exact, relPath)) {
                return Optional.of(relPath);
            }
            return matchIgnoringCase(relPath);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Resolves the links on the way (one {@code realpath} call for the path or its nearest
     * existing folder). Verdicts are kept per blog: one is trusted for {@link #RECHECK_NANOS},
     * then kept as long as the modification time of the folder holding the path is unchanged
     * (replacing a file by a link, or a folder by a link, changes it), so a post with a hundred
     * images costs a hundred lookups once, and then one {@code stat} per folder and second.
     */
    @Override
    public boolean leavesBlog(String relPath) {
        Verdict v = verdicts.get(relPath);
        long now = System.nanoTime();
        if (v != null && now - v.checked < RECHECK_NANOS) {
            return v.leaves;
        }
        Object folderTime = folderTime(relPath);
        if (v != null && folderTime != null && folderTime.equals(v.folderTime)) {
            verdicts.put(relPath, new Verdict(v.leaves, folderTime, now));
            return v.leaves;
        }
        boolean leaves = resolveLeaves(relPath);
        if (verdicts.size() > 20_000) {
            verdicts.clear();
        }
        verdicts.put(relPath, new Verdict(leaves, folderTime, now));
        return leaves;
    }

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private record Verdict(boolean leaves, Object folderTime, long checked) {
    }

    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    /** The modification time of the folder that holds {@code relPath}, or null when it cannot be read. */
    private Object folderTime(String relPath) {
        try {
            Path folder = root.resolve(relPath).normalize().getParent();
            return folder == null ? null : Files.getLastModifiedTime(folder);
        } catch (InvalidPathException | IOException e) {
            return null;
        }
    }

    private boolean resolveLeaves(String relPath) {
        try {
            Path real = realRoot();
            Path p = root.resolve(relPath).normalize();
            if (!p.startsWith(root)) {
                return true;
            }
            while (p != null && p.startsWith(root)) {
                try {
                    return !p.toRealPath().startsWith(real);
                } catch (NoSuchFileException e) {
                    p = p.getParent();
                }
            }
            return false;
        } catch (InvalidPathException | IOException e) {
            return true;
        }
    }

    private Path realRoot() throws IOException {
        Path r = realRoot;
        if (r == null) {
            r = root.toRealPath();
            realRoot = r;
        }
        return r;
    }

    /** On a case-insensitive disk (Windows, macOS) {@code exists} ignores case; the real name decides. */
    private boolean sameCase(Path exact, String relPath) throws IOException {
        String real = realRoot().relativize(exact.toRealPath()).toString().replace('\\', '/');
        return real.equals(relPath);
    }

    private Optional<String> matchIgnoringCase(String relPath) throws IOException {
        Path dir = root;
        StringBuilder real = new StringBuilder();
        String[] segments = relPath.split("/");
        for (int i = 0; i < segments.length; i++) {
            Optional<String> name = childIgnoringCase(dir, segments[i], i == segments.length - 1);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            if (real.length() > 0) {
                real.append('/');
            }
            real.append(name.get());
            dir = dir.resolve(name.get());
        }
        return Optional.of(real.toString());
    }

    private static Optional<String> childIgnoringCase(Path dir, String segment, boolean file) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String wanted = segment.toLowerCase(Locale.ROOT);
        String found = null;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.equals(segment) && (file ? Files.isRegularFile(child) : Files.isDirectory(child))) {
                    return Optional.of(name);
                }
                if (found == null && name.toLowerCase(Locale.ROOT).equals(wanted)
                        && (file ? Files.isRegularFile(child) : Files.isDirectory(child))) {
                    found = name;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public List<String> findByFileName(String fileName) {
        List<String> out = new ArrayList<>();
        for (String p : allFiles()) {
            if (p.equals(fileName) || p.endsWith("/" + fileName)) {
                out.add(p);
            }
        }
        return out;
    }

    private List<String> allFiles() {
        List<String> files = allFiles;
        if (files == null) {
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> !skipped(p)).filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
            } catch (IOException | UncheckedIOException e) {
                files = List.of();
            }
            allFiles = files;
        }
        return files;
    }

    private boolean skipped(Path p) {
        for (Path part : root.relativize(p)) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
