package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.postdesk.core.io.WriteGuard;

/**
 * An open blog folder: its root, its {@code _config.yml}, its layouts. Paths shown to the author
 * are relative to the root with {@code /} separators ({@link #relativize}). Immutable; open it
 * again to see a changed config.
 */
public final class BlogFolder {
    private static final long MAX_CONFIG_BYTES = 2_000_000;
    private static final long SAFE_AGE_MILLIS = WriteGuard.STALE_TEMPORARY_AGE_MILLIS;

    private final Path root;
    private final BlogConfig config;
    private final List<String> layouts;
    private final List<String> problems;
    private final WriteGuard writes;

    private BlogFolder(Path root, BlogConfig config, List<String> layouts, List<String> problems, WriteGuard writes) {
        this.root = root;
        this.writes = writes;
        this.config = config;
        this.layouts = List.copyOf(layouts);
        this.problems = List.copyOf(problems);
    }

    /** True for a folder with a {@code _config.yml} file or a {@code _posts/} folder. */
    public static boolean isBlog(Path dir) {
        return Files.isDirectory(dir)
                && (Files.isRegularFile(dir.resolve("_config.yml")) || Files.isDirectory(dir.resolve("_posts")));
    }

    /** The blog a file (a post) lives in: the nearest folder above it that {@link #isBlog(Path) is a blog}. */
    public static Optional<Path> enclosing(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (isBlog(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens a folder. A missing or broken {@code _config.yml} is not fatal: it becomes one of
     * {@link #problems()} and the config falls back to Jekyll's defaults.
     *
     * @throws IOException when {@code dir} is not a readable folder
     */
    public static BlogFolder open(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        List<String> problems = new ArrayList<>();
        BlogConfig config = readConfig(root.resolve("_config.yml"));
        config.problem().ifPresent(problems::add);
        if (!isBlog(root)) {
            problems.add("This folder has neither _config.yml nor a _posts folder, so it does not look like"
                    + " a Jekyll blog; new posts will go into a new _posts folder.");
        }
        WriteGuard writes = WriteGuard.forBlog(root);
        long now = System.currentTimeMillis();
        writes.removeStaleTemporaryFiles(root, 1, SAFE_AGE_MILLIS, now);
        for (String folder : List.of("_posts", "_drafts")) {
            writes.removeStaleTemporaryFiles(root.resolve(folder), 8, SAFE_AGE_MILLIS, now);
        }
        return new BlogFolder(root, config, readLayouts(root.resolve("_layouts")), problems, writes);
    }

    /**
     * The door every write into this blog goes through: nothing lands outside the blog's real
     * root, links are written through or refused, a file's own permissions are honoured.
     */
    public WriteGuard writes() {
        return writes;
    }

    private static BlogConfig readConfig(Path file) {
        if (!Files.isRegularFile(file)) {
            return BlogConfig.missing();
        }
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                return BlogConfig.parse("").withProblem("_config.yml is larger than 2 MB, so Postdesk did not"
                        + " read it and uses Jekyll's defaults.");
            }
            return BlogConfig.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return BlogConfig.parse("").withProblem("_config.yml could not be read (" + e.getMessage()
                    + "), so Postdesk uses Jekyll's defaults.");
        }
    }

    private static List<String> readLayouts(Path dir) {
        TreeSet<String> names = new TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    String n = f.getFileName().toString();
                    int dot = n.lastIndexOf('.');
                    if (dot > 0 && !n.startsWith(".")) {
                        names.add(n.substring(0, dot));
                    }
                }
            } catch (IOException e) {
                return List.of();
            }
        }
        return new ArrayList<>(names);
    }

    /** The absolute, normalized root folder. */
    public Path root() {
        return root;
    }

    public BlogConfig config() {
        return config;
    }

    /** The naming rules with this blog's Markdown extensions. */
    public PostNaming naming() {
        return new PostNaming(config.markdownExtensions());
    }

    /** Layout names found in {@code _layouts/} (file names without extension), sorted. */
    public List<String> layouts() {
        return layouts;
    }

    /** Sentences about what could not be read; empty when all is well. */
    public List<String> problems() {
        return problems;
    }

    /** {@code path} relative to the root with {@code /} separators; the path as given when it is outside. */
    public String relativize(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return path.toString();
        }
        return root.relativize(abs).toString().replace('\\', '/');
    }

    /** A {@code /}-separated path relative to the root, as a file system path. */
    public Path resolve(String relativePath) {
        return root.resolve(relativePath.replace('/', root.getFileSystem().getSeparator().charAt(0))).normalize();
    }

    /** The config problem, if any. */
    public Optional<String> configProblem() {
        return config.problem();
    }
}
