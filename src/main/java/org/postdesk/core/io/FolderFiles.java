package org.postdesk.core.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The few read-side file operations that packages outside {@code core.io} need (the image
 * importer, the session layer in {@code app}, the window's pickers): sizes, kinds, modification
 * times, partial reads, whole reads and folder listings. Writes go through {@link WriteGuard}.
 */
public final class FolderFiles {
    private FolderFiles() {
    }

    /** A regular file in a folder: its name and its size in bytes. */
    public record Entry(String name, long size) {
    }

    /** The regular files directly inside {@code dir}; empty when the folder does not exist yet. */
    public static List<Entry> list(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    entries.add(new Entry(file.getFileName().toString(), Files.size(file)));
                }
            }
        }
        return entries;
    }

    public static long size(Path file) throws IOException {
        return Files.size(file);
    }

    public static boolean isDirectory(Path path) {
        return Files.isDirectory(path);
    }

    public static boolean isRegularFile(Path path) {
        return Files.isRegularFile(path);
    }

    /** The last modification time in milliseconds since the epoch. */
    public static long modifiedMillis(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toMillis();
    }

    /**
     * The regular files under {@code dir} down to {@code depth} folder levels whose path
     * {@code accept}s, at most {@code limit} of them, in the order the walk finds them.
     */
    public static List<Path> walk(Path dir, int depth, Predicate<Path> accept, long limit) throws IOException {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(Files::isRegularFile).filter(accept).limit(limit).toList();
        }
    }

    public static boolean exists(Path path) {
        return Files.exists(path);
    }

    public static byte[] readAll(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** Reads exactly {@code length} bytes at {@code offset}; fails if the file is shorter. */
    public static byte[] readRange(Path file, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = offset;
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new EOFException(file + " ends before byte " + (offset + length));
                }
                position += read;
            }
        }
        return buffer.array();
    }
}
