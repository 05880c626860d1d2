package org.postdesk.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes that either happen whole or not at all: the bytes go to a temporary file in the
 * same folder, are forced to disk, and the temporary file is moved over the target in one
 * step. A failure leaves the target as it was and removes the temporary file. The copy gets
 * the original's mode, owner and (where we may) group. Only {@link WriteGuard} and the journal
 * call these, with paths whose real place has been checked.
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

    /** The end of every temporary file name of ours. */
    static final String TEMP_SUFFIX = ".postdesk-tmp";

    private AtomicFiles() {
    }

    /**
     * Replaces (or creates) {@code target} with {@code bytes}. {@code target} is a real path
     * already checked by {@link WriteGuard}: callers outside this package write through a guard.
     */
    static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true, CHANNEL);
    }

    /** As {@link #write(Path, byte[])}, with the bytes going through {@code sink}. */
    static void write(Path target, byte[] bytes, Sink sink) throws IOException {
        write(target, bytes, true, sink);
    }

    /** Creates {@code target} with {@code bytes}; fails with {@link FileAlreadyExistsException} if anything is there. */
    static void create(Path target, byte[] bytes, Sink sink) throws IOException {
        write(target, bytes, false, sink);
    }

    /** The name of the temporary file for {@code target}: {@code .NAME.UUID.postdesk-tmp}. */
    static String temporaryName(Path target) {
        return "." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX;
    }

    private static void write(Path target, byte[] bytes, boolean replace, Sink sink) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path realDir = dir.toRealPath();
        if (replace && AnchoredReplace.replace(realDir, target, bytes, sink)) {
            forceDirectory(dir);
            return;
        }
        Path temp = dir.resolve(temporaryName(target));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                // held while the bytes go in, so a sweep of stale temporary files leaves a live one alone
                FileLock lock = tryLock(channel);
                try {
                    sink.write(channel, ByteBuffer.wrap(bytes));
                    channel.force(true);
                } finally {
                    if (lock != null) {
                        lock.release();
                    }
                }
            }
            FileRights.copyAttributes(target, temp);
            if (!dir.toRealPath().equals(realDir)) {
                throw new WriteRefusedException("its folder was replaced by a symbolic link while Postdesk was"
                        + " writing, so nothing was written");
            }
            if (replace) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                placeNew(temp, target);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | RuntimeException e) {
            return null; // a file system without locks (some network shares): the sweep's age rule still holds
        }
    }

    /** Puts {@code temp} at {@code target} without ever replacing what may have appeared there meanwhile. */
    private static void placeNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp); // fails when anything is at target, atomically
            return;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            // no hard links here (FAT, some network shares): check, then move
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Moves a file in one step (publish, rename); never replaces an existing file. Paths checked by {@link WriteGuard}. */
    static void move(Path from, Path to) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, LinkOption.NOFOLLOW_LINKS);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, LinkOption.NOFOLLOW_LINKS);
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
