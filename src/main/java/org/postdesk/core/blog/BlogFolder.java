package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;
import org.postdesk.core.site.SiteConfig;
import org.postdesk.core.site.PostNames;

/**
 * An open blog folder: its root, its config, its layouts, the site it is. Its generator's
 * adapter makes it ({@link #of}); {@link #open} asks the standard generators which one. Paths
 * shown to the author are relative to the root with {@code /} separators ({@link #relativize}).
 * Immutable; open it again to see a changed config.
 */
public final class BlogFolder {
    private static final long SAFE_AGE_MILLIS = WriteGuard.STALE_TEMPORARY_AGE_MILLIS;

    private final Site site;
    private final Path root;
    private final SiteConfig config;
    private final PostNames naming;
    private final List<String> layouts;
    private final List<String> problems;
    private final WriteGuard writes;

    private BlogFolder(Site site, Path root, SiteConfig config, PostNames naming, List<String> layouts,
            List<String> problems, WriteGuard writes) {
        this.site = site;
        this.root = root;
        this.writes = writes;
        this.config = config;
        this.naming = naming;
        this.layouts = List.copyOf(layouts);
        this.problems = List.copyOf(problems);
    }

    /**
     * Opens a folder as the site the standard generators take it for ({@link Generators#open}).
     * A missing or broken config is not fatal: it becomes one of {@link #problems()} and the
     * config falls back to the generator's defaults.
     *
     * @throws IOException when {@code dir} is not a readable folder
     */
    public static BlogFolder open(Path dir) throws IOException {
        return Generators.standard().open(dir).folder();
    }

    /**
     * The folder of a site a generator's adapter opens: removes stale temporary files left in the
     * root and the post and draft folders, and reads the layout names. Called by the adapter while
     * it builds {@code site}, once {@link Site#folders()} answers.
     *
     * @param root     the absolute, normalized root
     * @param problems sentences about what could not be read
     * @throws IOException when {@code root} is not a folder
     */
    public static BlogFolder of(Site site, Path root, SiteConfig config, PostNames naming, List<String> problems)
            throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        WriteGuard writes = WriteGuard.forBlog(root);
        long now = System.currentTimeMillis();
        writes.removeStaleTemporaryFiles(root, 1, SAFE_AGE_MILLIS, now);
        for (String folder : site.folders().postsAndDrafts()) {
            writes.removeStaleTemporaryFiles(root.resolve(folder), 8, SAFE_AGE_MILLIS, now);
        }
        List<String> layouts = new ArrayList<>();
        for (String folder : site.folders().layouts()) {
            layouts.addAll(readLayouts(root.resolve(folder)));
        }
        return new BlogFolder(site, root, config, naming, layouts, problems, writes);
    }

    /** The site this folder is: what its generator decides. */
    public Site site() {
        return site;
    }

    /**
     * The door every write into this blog goes through: nothing lands outside the blog's real
     * root, links are written through or refused, a file's own permissions are honoured.
     */
    public WriteGuard writes() {
        return writes;
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

    public SiteConfig config() {
        return config;
    }

    /** The naming rules with this blog's Markdown extensions. */
    public PostNames naming() {
        return naming;
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
