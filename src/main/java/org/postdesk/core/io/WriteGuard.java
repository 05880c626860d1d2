package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one door every write goes through (decision record 0023). A guard belongs to one folder
 * (a blog, or the journal's or the cache's own folder) and writes only where the real path, every
 * symbolic link resolved, lies inside that folder's real path:
 *
 * <ul>
 * <li>a target whose folder leads outside (a linked {@code _drafts/linked/}, an image folder
 * that is a link out, {@code ..} in a name) is refused with a sentence, nothing written;</li>
 * <li>a target that is itself a symbolic link to a file inside the folder is written through
 * the link: the link stays a link and its target is replaced atomically in its own folder;
 * a link that leads outside, or to nothing, is refused; a link is never silently replaced;</li>
 * <li>an existing file is replaced only when its own permissions and owner allow it
 * ({@link FileRights}); the copy keeps its mode, owner and group;</li>
 * <li>folders are created only for a write that then happens; a failed write removes them.</li>
 * </ul>
 *
 * The check and the write are two steps, so a link swapped in between can still redirect a write;
 * the temporary file is written in the checked real folder, that folder is checked again before
 * the rename, and the rename never follows a link, which leaves a window of a few system calls.
 */
public final class WriteGuard {
    /** A temporary file of ours this old is left over from a save that was killed: no save takes this long. */
    public static final long STALE_TEMPORARY_AGE_MILLIS = StaleTemporaryFiles.SAFE_AGE_MILLIS;

    private final Path root;
    private final Path realRoot;
    private final String place;

    private WriteGuard(Path root, Path realRoot, String place) {
        this.root = root;
        this.realRoot = realRoot;
        this.place = place;
    }

    /** The guard of a blog: writes stay inside {@code blogRoot}'s real path. */
    public static WriteGuard forBlog(Path blogRoot) throws IOException {
        Path root = blogRoot.toAbsolutePath().normalize();
        return new WriteGuard(root, root.toRealPath(), "the blog");
    }

    /** The guard of one of our own folders (journal, cache): created if missing, writes stay inside it. */
    public static WriteGuard forOwnFolder(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        return new WriteGuard(root, root.toRealPath(), "its folder " + root);
    }

    /** The folder as given (absolute, normalized). */
    public Path root() {
        return root;
    }

    /** The folder's real path. */
    public Path realRoot() {
        return realRoot;
    }

    /** Replaces or creates {@code file} atomically (see the class comment for what is refused). */
    public void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, AtomicFiles.CHANNEL);
    }

    /** As {@link #write(Path, byte[])}, the bytes going through {@code sink} (tests simulate a full disk). */
    public void write(Path file, byte[] bytes, AtomicFiles.Sink sink) throws IOException {
        Path real = replaceable(file);
        AtomicFiles.write(real, bytes, sink);
    }

    /**
     * Creates {@code file} with {@code bytes}, never replacing anything (not even a dangling link);
     * missing folders are created and removed again when the write fails.
     */
    public void create(Path file, byte[] bytes) throws IOException {
        create(file, bytes, AtomicFiles.CHANNEL);
    }

    /** As {@link #create(Path, byte[])}, the bytes going through {@code sink} (tests simulate a full disk). */
    public void create(Path file, byte[] bytes, AtomicFiles.Sink sink) throws IOException {
        Path abs = LexicalPaths.absolute(file);
        List<Path> made = createDirectories(abs.getParent());
        try {
            Path target = realFolder(abs.getParent(), abs).resolve(abs.getFileName());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            FileRights.checkFolderWritable(target.getParent());
            AtomicFiles.create(target, bytes, sink);
        } catch (IOException | RuntimeException e) {
            removeEmpty(made);
            throw e;
        }
    }

    /**
     * Moves {@code from} to {@code to} in one step, never replacing a file; a link moves as the
     * link. Missing folders of {@code to} are created and removed again when the move fails.
     */
    public void move(Path from, Path to) throws IOException {
        Path src = LexicalPaths.absolute(from);
        Path source = realFolder(src.getParent(), src).resolve(src.getFileName());
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(from.toString());
        }
        FileRights.checkFolderWritable(source.getParent());
        Path dst = LexicalPaths.absolute(to);
        List<Path> made = createDirectories(dst.getParent());
        try {
            Path target = realFolder(dst.getParent(), dst).resolve(dst.getFileName());
            FileRights.checkFolderWritable(target.getParent());
            AtomicFiles.move(source, target);
        } catch (IOException | RuntimeException e) {
            removeEmpty(made);
            throw e;
        }
    }

    /**
     * Creates {@code dir} and its missing parents inside the folder.
     *
     * @return the folders created, outermost first (empty when it existed)
     */
    public List<Path> createDirectories(Path dir) throws IOException {
        Path abs = LexicalPaths.absolute(dir);
        List<Path> missing = new ArrayList<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            if (Files.isSymbolicLink(existing)) {
                throw new WriteRefusedException(shown(existing) + " is a symbolic link to a folder that does not"
                        + " exist, and Postdesk does not replace a link with a folder");
            }
            missing.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new NoSuchFileException(dir.toString());
        }
        Path real = existing.toRealPath();
        if (!inside(real)) {
            throw outside(abs, real.resolve(String.join("/", missing.stream().map(Path::toString).toList())));
        }
        if (!Files.isDirectory(real)) {
            throw new NotDirectoryException(shown(existing) + " is a file, not a folder");
        }
        List<Path> made = new ArrayList<>();
        Path at = real;
        try {
            for (Path name : missing) {
                FileRights.checkFolderWritable(at);
                at = at.resolve(name);
                Files.createDirectory(at);
                made.add(at);
            }
        } catch (IOException | RuntimeException e) {
            removeEmpty(made);
            throw e;
        }
        return made;
    }

    /**
     * Refuses a folder whose real path (of its nearest existing part, links resolved) lies
     * outside, before anything is read from it or written to it (an image folder that is a link
     * out: not even an identical file there is reused).
     */
    public void checkFolder(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new NoSuchFileException(dir.toString());
        }
        Path real = existing.toRealPath();
        if (!inside(real)) {
            throw new WriteRefusedException(shown(abs) + " leads to " + real.resolve(existing.relativize(abs))
                    + ", outside " + place + " (through a symbolic link), and Postdesk writes only inside " + place);
        }
    }

    /**
     * Why a save of {@code file} would be refused, as a clause ("the file is read-only (...)");
     * empty when it would be written. The window opens such a post read-only with this reason.
     */
    public Optional<String> whyNotWritable(Path file) {
        try {
            replaceable(file);
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty(); // a post that vanished is a disk change, not a refusal
        } catch (IOException e) {
            return Optional.of(PostFiles.reason(e));
        }
    }

    /**
     * Removes temporary files of ours ({@code .NAME.UUID.postdesk-tmp}) that a save killed
     * mid-way left in {@code folder} and its sub-folders (links not followed): only that pattern,
     * only older than {@code minAgeMillis}, and only when no live writer holds its lock.
     *
     * @return how many were removed
     */
    public int removeStaleTemporaryFiles(Path folder, int depth, long minAgeMillis, long nowMillis) {
        return StaleTemporaryFiles.remove(this, folder, depth, minAgeMillis, nowMillis);
    }

    /** The real file a write to {@code file} lands on, after every check for a replacement. */
    private Path replaceable(Path file) throws IOException {
        Path abs = LexicalPaths.absolute(file);
        Path candidate = realFolder(abs.getParent(), abs).resolve(abs.getFileName());
        Path target = candidate;
        if (Files.isSymbolicLink(candidate)) {
            try {
                target = candidate.toRealPath();
            } catch (NoSuchFileException e) {
                throw new WriteRefusedException(shown(abs) + " is a symbolic link to a file that does not exist,"
                        + " and Postdesk does not replace a link with a file");
            }
            if (!inside(target)) {
                throw outside(abs, target);
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(abs.toString(), null, shown(abs) + " is a folder, not a file");
        }
        FileRights.checkFolderWritable(target.getParent());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> why = FileRights.whyNotReplace(target);
            if (why.isPresent()) {
                throw new WriteRefusedException(why.get());
            }
        }
        return target;
    }

    /** The real path of {@code folder}, refused when it lies outside (a link out, {@code ..}). */
    private Path realFolder(Path folder, Path forFile) throws IOException {
        Path real = folder.toRealPath();
        if (!inside(real)) {
            throw outside(forFile, real.resolve(forFile.getFileName()));
        }
        return real;
    }

    boolean inside(Path real) {
        return real.startsWith(realRoot);
    }

    private WriteRefusedException outside(Path abs, Path real) {
        return new WriteRefusedException(shown(abs) + " leads to " + real + ", outside " + place
                + " (through a symbolic link or ..), and Postdesk writes only inside " + place);
    }

    /** The path relative to the folder for sentences, or as given when outside it. */
    String shown(Path abs) {
        return abs.startsWith(root) && !abs.equals(root) ? root.relativize(abs).toString().replace('\\', '/')
                : abs.toString();
    }

    private static void removeEmpty(List<Path> made) {
        for (int i = made.size() - 1; i >= 0; i--) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(made.get(i))) {
                if (s.iterator().hasNext()) {
                    return;
                }
            } catch (IOException e) {
                return;
            }
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException e) {
                return; // an empty folder left behind is harmless; the failure itself is reported
            }
        }
    }
}
