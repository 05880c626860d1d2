package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;

/** Reading and saving post files, with failures turned into sentences for the author. */
public final class PostFiles {
    private PostFiles() {
    }

    /** Reads a Jekyll post. */
    public static PostDocument read(Path file) throws PostIoException {
        return read(file, PostDocument.JEKYLL_FORMATS);
    }

    /** Reads a post of a site that accepts the front-matter {@code formats}. */
    public static PostDocument read(Path file, List<FrontMatterFormat> formats) throws PostIoException {
        try {
            return PostDocument.parse(Files.readAllBytes(file), formats);
        } catch (IOException e) {
            throw new PostIoException("Could not read " + file + ": " + reason(e) + ".", e);
        }
    }

    /**
     * Saves a post atomically through the blog's {@code guard}. Writes nothing when the bytes on
     * disk are already the ones to write. A failure or a refusal (a link out of the blog, a file
     * whose own permissions or owner forbid replacing it) leaves the file on disk as it was.
     */
    public static void save(WriteGuard guard, Path file, PostDocument post) throws PostIoException {
        save(guard, file, post, AtomicFiles.CHANNEL);
    }

    /** As {@link #save(WriteGuard, Path, PostDocument)}, writing through {@code sink} (tests simulate a full disk). */
    public static void save(WriteGuard guard, Path file, PostDocument post, AtomicFiles.Sink sink)
            throws PostIoException {
        if (post.isReadOnly()) {
            throw new PostIoException(post.readOnlyReason().orElse("This post is read-only."), null);
        }
        byte[] bytes = post.toBytes();
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            guard.write(file, bytes, sink);
        } catch (IOException e) {
            throw new PostIoException("Could not save " + file.getFileName() + ": " + reason(e)
                    + ". The file on disk was left as it was.", e);
        }
    }

    /** A short human reason for an I/O failure. */
    public static String reason(IOException e) {
        if (e instanceof WriteRefusedException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "the file or its folder does not exist";
        }
        if (e instanceof AccessDeniedException denied) {
            // our own checks (FileRights) say which of the two is read-only; the system does not
            return denied.getReason() != null ? denied.getReason()
                    : "permission denied (the file or its folder is read-only)";
        }
        String message = e.getMessage();
        if (message != null && (message.contains("No space left") || message.contains("not enough space")
                || message.contains("Disk quota exceeded"))) {
            return "the disk is full";
        }
        if (message != null && (message.contains("used by another process") || message.contains("locked"))) {
            return "another program has locked the file";
        }
        if (message != null && message.contains("Read-only file system")) {
            return "the disk is read-only";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
