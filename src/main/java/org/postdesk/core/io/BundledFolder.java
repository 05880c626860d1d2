package org.postdesk.core.io;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder shipped on the class path, copied out file by file into a folder of the author's
 * (the sample blog). Works from {@code target/classes} and from inside the jar. The copy is
 * made beside the target under a {@code .partial} name and moved into place at the end, so an
 * interrupted copy never looks finished. This writes outside any blog, before there is one,
 * so it does not go through {@link WriteGuard}.
 */
public final class BundledFolder {

    private BundledFolder() {
    }

    /**
     * Copies the folder that holds {@code marker} into {@code target}.
     *
     * @param marker       a file directly inside the bundled folder, as the class loader finds it
     * @param folderInJar  the bundled folder's absolute path inside the jar ({@code /org/...})
     * @param target       a folder that does not exist yet or is empty
     */
    public static void copy(URL marker, String folderInJar, Path target) throws IOException {
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
                copyTree(zip.getPath(folderInJar), target);
            } finally {
                if (opened) {
                    zip.close();
                }
            }
        } else {
            copyTree(Path.of(uri).getParent(), target);
        }
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
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
