package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a file's own attributes allow us, judged from the attributes themselves and not from
 * {@link Files#isWritable} (which says yes to root for every file, and says nothing about the
 * owner an atomic replacement would give the file).
 *
 * <ul>
 * <li>A file may be replaced when its own mode grants writing to us (the owner's bit for its
 * owner and for root, who may write anything but honours a file marked read-only; the group's
 * bit for a member of its group; the others' bit otherwise) and the replacement can keep its
 * owner: a file of another user is refused unless we are root (who gives the copy the
 * original's owner).</li>
 * <li>A folder may receive new files when its mode grants writing and searching to us, by the
 * same classes.</li>
 * <li>Without POSIX attributes (Windows), the DOS read-only flag and {@link Files#isWritable}
 * decide.</li>
 * </ul>
 */
final class FileRights {
    /** Who this process is: user id, primary group and every group it belongs to. */
    record Me(long uid, long gid, Set<Long> groups) {
        boolean isRoot() {
            return uid == 0;
        }

        static Optional<Me> current() {
            try {
                com.sun.security.auth.module.UnixSystem unix = new com.sun.security.auth.module.UnixSystem();
                HashSet<Long> groups = new HashSet<>();
                groups.add(unix.getGid());
                for (long g : unix.getGroups() == null ? new long[0] : unix.getGroups()) {
                    groups.add(g);
                }
                return Optional.of(new Me(unix.getUid(), unix.getGid(), Set.copyOf(groups)));
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }
    }

    private static final Optional<Me> ME = Me.current();

    private FileRights() {
    }

    /**
     * Why {@code file} (a regular file, links already resolved) may not be replaced by us, as a
     * clause ("the file is read-only (...)"); empty when it may.
     */
    static Optional<String> whyNotReplace(Path file) throws IOException {
        if (!hasUnixAttributes(file) || ME.isEmpty()) {
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            boolean readOnly = dos != null && dos.readAttributes().isReadOnly();
            return readOnly || !Files.isWritable(file)
                    ? Optional.of("the file is read-only")
                    : Optional.empty();
        }
        Me me = ME.get();
        long owner = uid(file);
        Set<PosixFilePermission> mode = posix(file).permissions();
        String modeText = PosixFilePermissions.toString(mode);
        if (!me.isRoot() && owner != me.uid()) {
            return Optional.of(otherOwner(posix(file).owner().getName()));
        }
        if (!mode.contains(PosixFilePermission.OWNER_WRITE)) {
            return Optional.of("the file is read-only (its permissions are " + modeText + ")");
        }
        return Optional.empty();
    }

    /** Throws {@link AccessDeniedException} when the folder's own mode does not let us add or rename files in it. */
    static void checkFolderWritable(Path folder) throws IOException {
        if (!hasUnixAttributes(folder) || ME.isEmpty()) {
            return; // the operating system decides
        }
        Me me = ME.get();
        Set<PosixFilePermission> mode = posix(folder).permissions();
        long owner = uid(folder);
        long group = gid(folder);
        boolean ok;
        if (me.isRoot() || owner == me.uid()) {
            ok = mode.contains(PosixFilePermission.OWNER_WRITE) && mode.contains(PosixFilePermission.OWNER_EXECUTE);
        } else if (me.groups().contains(group)) {
            ok = mode.contains(PosixFilePermission.GROUP_WRITE) && mode.contains(PosixFilePermission.GROUP_EXECUTE);
        } else {
            ok = mode.contains(PosixFilePermission.OTHERS_WRITE) && mode.contains(PosixFilePermission.OTHERS_EXECUTE);
        }
        if (!ok) {
            throw new AccessDeniedException(folder.toString(), null, "the folder is read-only");
        }
    }

    /**
     * Gives {@code copy} the mode, group and owner of {@code original} (the file it will
     * replace), or the usual {@code rw-r--r--} for a new file.
     *
     * @throws WriteRefusedException when the copy cannot keep the original's owner
     */
    static void copyAttributes(Path original, Path copy) throws IOException {
        if (!hasUnixAttributes(copy)) {
            return;
        }
        if (!Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
            setMode(copy, PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributes was = posix(original);
        PosixFileAttributeView view = Files.getFileAttributeView(copy, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (uid(original) != uid(copy)) {
            try {
                view.setOwner(was.owner());
            } catch (IOException | UnsupportedOperationException e) {
                throw new WriteRefusedException(otherOwner(was.owner().getName()));
            }
        }
        if (gid(original) != gid(copy)) {
            try {
                view.setGroup(was.group());
            } catch (IOException | UnsupportedOperationException e) {
                // keeping the group is a courtesy when we are not a member of it; the owner and mode are kept
            }
        }
        setMode(copy, was.permissions());
    }

    static String otherOwner(String name) {
        return "the file belongs to another user (" + name + "), and saving would replace it with a copy owned by you";
    }

    private static void setMode(Path file, Set<PosixFilePermission> mode) {
        try {
            Files.setPosixFilePermissions(file, mode);
        } catch (IOException | UnsupportedOperationException e) {
            // the content is what matters; a file system without modes keeps its own
        }
    }

    static boolean hasUnixAttributes(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    private static PosixFileAttributes posix(Path file) throws IOException {
        return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static long uid(Path file) throws IOException {
        return ((Number) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    private static long gid(Path file) throws IOException {
        return ((Number) Files.getAttribute(file, "unix:gid", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

}
