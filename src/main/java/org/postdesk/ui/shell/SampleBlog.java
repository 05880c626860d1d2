package org.postdesk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample blog shipped on the class path ({@code assets/sample-blog} in the sources, put at
 * {@value #RESOURCE} by the build), copied out file by file into a writable folder. Works from
 * {@code target/classes} and from inside the jar.
 */
final class SampleBlog {

    static final String RESOURCE = "/org/postdesk/sample-blog";
    static final String FOLDER_NAME = "Postdesk Sample Blog";

    private SampleBlog() {
    }

    /**
     * Copies the sample blog into {@code target} unless a blog is already there; returns
     * {@code target}.
     */
    static Path copyTo(Path target) throws IOException {
        if (Files.isRegularFile(target.resolve("_config.yml"))) {
            return target;
        }
        URL marker = SampleBlog.class.getResource(RESOURCE + "/_config.yml");
        if (marker == null) {
            throw new IOException("the sample blog is missing from the application");
        }
        URI uri;
        try {
            uri = marker.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem zip;
            boolean opened = false;
            try {
                zip = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                zip = FileSystems.getFileSystem(uri);
            }
            try {
                copyTree(zip.getPath(RESOURCE), target);
            } finally {
                if (opened) {
                    zip.close();
                }
            }
        } else {
            copyTree(Path.of(uri).getParent(), target);
        }
        return target;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(partial);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            // relativize across file systems by names: the jar's paths are not the disk's
            Path out = partial;
            for (Path name : source.relativize(file)) {
                out = out.resolve(name.toString());
            }
            Files.createDirectories(out.getParent());
            try (InputStream in = Files.newInputStream(file)) {
                Files.copy(in, out);
            }
        }
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(target)) {
            try (Stream<Path> inside = Files.list(target)) {
                if (inside.findAny().isEmpty()) {
                    Files.delete(target);
                }
            }
        }
        Files.move(partial, target);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
