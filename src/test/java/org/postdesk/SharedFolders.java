package org.postdesk;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real blogs beside the project, in {@code ../shared}: the corpus (1,199 posts of public
 * Jekyll blogs) and the seed blog. Tests that read them are skipped where the folder is absent
 * (a fresh clone), and fail with a sentence instead in the run meant to read them:
 * {@code mvn -Pcorpus test}, which sets {@value #REQUIRED}.
 */
public final class SharedFolders {

    /** The system property that turns a missing shared folder from a skip into a failure. */
    public static final String REQUIRED = "postdesk.shared.required";

    private SharedFolders() {
    }

    /** {@code -Dpostdesk.corpus=DIR}, or {@code ../shared/corpus}. */
    public static Path corpus() {
        return Path.of(System.getProperty("postdesk.corpus", "../shared/corpus"));
    }

    /** {@code -Dpostdesk.seedBlog=DIR}, or {@code ../shared/seed-blog}. */
    public static Path seedBlog() {
        return Path.of(System.getProperty("postdesk.seedBlog", "../shared/seed-blog"));
    }

    /** Whether a missing shared folder fails the test ({@code -Pcorpus}) rather than skipping it. */
    public static boolean required() {
        return Boolean.getBoolean(REQUIRED);
    }

    /** Skips the calling test when {@code present} is false, or fails it under {@code -Pcorpus}. */
    public static void assumePresent(boolean present, Path folder) {
        if (present) {
            return;
        }
        if (required()) {
            fail(folder.toAbsolutePath().normalize() + " is missing, and this run (-Pcorpus) is meant to read it:"
                    + " put the shared folder beside the project, or name it with -Dpostdesk.corpus=DIR"
                    + " (-Dpostdesk.seedBlog=DIR for the seed blog).");
        }
        assumeTrue(false, folder + " is not here, so this test was skipped (mvn -Pcorpus test makes it fail)");
    }

    /**
     * A copy of a shared blog the test may change: the shared folders are kept read-only, and a
     * copy made with their permissions would open read-only.
     */
    public static Path writableCopy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(to)) {
            walk.forEach(p -> p.toFile().setWritable(true));
        }
        return to;
    }
}
