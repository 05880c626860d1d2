package org.postdesk.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A replacement made through a handle on the folder ({@link SecureDirectoryStream}: {@code openat},
 * {@code renameat} on Linux), so a folder swapped for a link after the check cannot redirect it:
 * the folder is opened, found to be the one the checked real path names (same file key, same real
 * path), and from then on the temporary file, its attributes and the rename all go through the
 * handle. Platforms without such handles fall back to {@link AtomicFiles}' path-based steps.
 */
final class AnchoredReplace {
    private AnchoredReplace() {
    }

    /**
     * Replaces {@code target} (in the real folder {@code realDir}, as checked) with {@code bytes}.
     *
     * @return false when this platform offers no folder handle and nothing was done
     */
    static boolean replace(Path realDir, Path target, byte[] bytes, AtomicFiles.Sink sink) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        DirectoryStream<Path> stream = Files.newDirectoryStream(dir);
        if (!(stream instanceof SecureDirectoryStream<Path> handle)) {
            stream.close();
            return false;
        }
        try (handle) {
            Object opened = handle.getFileAttributeView(BasicFileAttributeView.class).readAttributes().fileKey();
            Object named = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            if (opened == null || !opened.equals(named) || !dir.toRealPath().equals(realDir)) {
                throw new WriteRefusedException("its folder was replaced by a symbolic link while Postdesk was"
                        + " writing, so nothing was written");
            }
            Path name = target.getFileName();
            Path temp = Path.of(AtomicFiles.temporaryName(target));
            SeekableByteChannel created = handle.newByteChannel(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
            boolean placed = false;
            try {
                if (!(created instanceof FileChannel channel)) {
                    created.close();
                    return false; // the finally below removes the empty temporary file
                }
                try (channel) {
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
                copyAttributes(handle, name, temp);
                handle.move(temp, handle, name);
                placed = true;
            } finally {
                if (!placed) {
                    try {
                        handle.deleteFile(temp);
                    } catch (NoSuchFileException e) {
                        // already gone
                    }
                }
            }
            return true;
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** As {@link FileRights#copyAttributes}, through the folder handle. */
    private static void copyAttributes(SecureDirectoryStream<Path> handle, Path original, Path copy) throws IOException {
        PosixFileAttributeView copyView = handle.getFileAttributeView(copy, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (copyView == null) {
            return;
        }
        PosixFileAttributes was;
        try {
            was = handle.getFileAttributeView(original, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .readAttributes();
        } catch (NoSuchFileException e) {
            copyView.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributes now = copyView.readAttributes();
        if (!was.owner().equals(now.owner())) {
            try {
                copyView.setOwner(was.owner());
            } catch (IOException | UnsupportedOperationException e) {
                throw new WriteRefusedException(FileRights.otherOwner(was.owner().getName()));
            }
        }
        if (!was.group().equals(now.group())) {
            try {
                copyView.setGroup(was.group());
            } catch (IOException | UnsupportedOperationException e) {
                // keeping the group is a courtesy when we are not a member of it
            }
        }
        try {
            copyView.setPermissions(was.permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without modes keeps its own
        }
    }
}
