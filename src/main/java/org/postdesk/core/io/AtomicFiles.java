package org.postdesk.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Writes that either happen whole or not at all: the bytes go to a temporary file in the
 * same folder, are forced to disk, and the temporary file is moved over the target in one
 * step. A failure leaves the target as it was and removes the temporary file.
 */
public final class AtomicFiles {
    /** How the bytes reach the temporary file; tests pass one that fails as a full disk does. */
    @FunctionalInterface
    public interface Sink {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    /** The real sink: writes until every byte is in the channel. */
    public static final Sink CHANNEL = (channel, buffer) -> {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    };

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true, CHANNEL);
    }

    /** As {@link #write(Path, byte[])}, with the bytes going through {@code sink}. */
    public static void write(Path target, byte[] bytes, Sink sink) throws IOException {
        write(target, bytes, true, sink);
    }

    /** Creates {@code target} with {@code bytes}; fails with {@link FileAlreadyExistsException} if it exists. */
    public static void create(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false, CHANNEL);
    }

    private static void write(Path target, byte[] bytes, boolean replace, Sink sink) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".postdesk-tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                sink.write(channel, ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            copyPermissions(target, temp);
            if (!replace && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves a file in one step (publish, rename); never replaces an existing file. */
    public static void move(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        Files.createDirectories(to.toAbsolutePath().getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from) && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            } else if (Files.getFileAttributeView(to, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // permissions are a courtesy; the content is what matters
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a directory; the move itself is already atomic
        }
    }
}
