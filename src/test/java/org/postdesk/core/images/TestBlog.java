package org.postdesk.core.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A blog folder (and the author's desktop beside it) in a temporary directory. */
final class TestBlog {
    final Path root;
    final Path images;
    final Path desktop;

    TestBlog(Path temp, String imageFolder) {
        this.root = temp.resolve("blog");
        this.images = root.resolve(imageFolder);
        this.desktop = temp.resolve("desktop");
        try {
            Files.createDirectories(root); // a blog exists; its image folder may not yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestBlog(Path temp) {
        this(temp, "postimg");
    }

    ImageImporter importer() {
        return importer(ImportSettings.defaults());
    }

    ImageImporter importer(ImportSettings settings) {
        return new ImageImporter(root, images, LinkTemplate.of("{{site.baseurl}}/postimg/{name}"), settings);
    }

    /** Writes {@code bytes} to a file outside the image folder (the author's desktop). */
    Path desktopFile(String name, byte[] bytes) {
        try {
            Files.createDirectories(desktop);
            return Files.write(desktop.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(String name, byte[] bytes) throws IOException {
        Files.createDirectories(images);
        Files.write(images.resolve(name), bytes);
    }

    /** The names of all files in the image folder, hidden ones included. */
    List<String> files() {
        if (!Files.isDirectory(images)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(images)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(String name) throws IOException {
        return Files.readAllBytes(images.resolve(name));
    }
}
