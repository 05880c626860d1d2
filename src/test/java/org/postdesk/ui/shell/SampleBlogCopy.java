package org.postdesk.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies {@code assets/sample-blog} of the project into a temporary folder for a test. */
public final class SampleBlogCopy {

    public static final Path SOURCE = Path.of("assets/sample-blog");

    private SampleBlogCopy() {
    }

    public static Path into(Path parent) {
        Path target = parent.resolve("blog");
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            for (Path p : walk.toList()) {
                Path out = target.resolve(SOURCE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else {
                    Files.copy(p, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
