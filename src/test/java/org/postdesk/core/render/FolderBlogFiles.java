package org.postdesk.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test-side {@link BlogFiles} over a real folder: lists it once, like the blog layer's cache. */
final class FolderBlogFiles {

    private FolderBlogFiles() {
    }

    static ListBlogFiles of(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> paths = walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList();
            return new ListBlogFiles(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
