package org.postdesk.core.images;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.core.io.FolderFiles;

/** The blog's image folder: what is in it, and new files written whole, never over old ones. */
final class ImageFolder {
    private final Path blogRoot;
    private final Path folder;

    ImageFolder(Path blogRoot, Path folder) {
        this.blogRoot = blogRoot.toAbsolutePath().normalize();
        this.folder = this.blogRoot.resolve(folder).normalize();
        if (!this.folder.startsWith(this.blogRoot) || this.folder.equals(this.blogRoot)) {
            throw new IllegalArgumentException("The image folder " + folder + " must be a folder inside the blog " + blogRoot);
        }
    }

    /** The folder relative to the blog, with a trailing slash, for messages ({@code postimg/}). */
    String display() {
        return blogRoot.relativize(folder).toString().replace('\\', '/') + "/";
    }

    Path relative(String name) {
        return blogRoot.relativize(folder.resolve(name));
    }

    /** The visible regular files of the folder (not hidden files, not other writers' temporary files). */
    List<FolderFiles.Entry> entries() throws IOException {
        WriteGuard guard = WriteGuard.forBlog(blogRoot);
        guard.checkFolder(folder); // a link out is refused before anything is reused
        guard.removeStaleTemporaryFiles(folder, 1, WriteGuard.STALE_TEMPORARY_AGE_MILLIS, System.currentTimeMillis());
        List<FolderFiles.Entry> visible = new ArrayList<>();
        for (FolderFiles.Entry e : FolderFiles.list(folder)) {
            if (!e.name().startsWith(".")) {
                visible.add(e);
            }
        }
        visible.sort(Comparator.comparing(FolderFiles.Entry::name));
        return visible;
    }

    /**
     * A file among {@code entries} with exactly {@code content}, preferring {@code preferred}.
     * Only files of the same size are read, so a large folder costs a listing.
     */
    Optional<String> identical(List<FolderFiles.Entry> entries, byte[] content, String preferred) throws IOException {
        List<FolderFiles.Entry> sameSize = new ArrayList<>(entries.stream().filter(e -> e.size() == content.length).toList());
        sameSize.sort(Comparator.comparing((FolderFiles.Entry e) -> !e.name().equalsIgnoreCase(preferred)));
        for (FolderFiles.Entry e : sameSize) {
            if (Arrays.equals(FolderFiles.readAll(folder.resolve(e.name())), content)) {
                return Optional.of(e.name());
            }
        }
        return Optional.empty();
    }

    /** Creates {@code name} with {@code bytes}; fails if it exists. Creates the folder if needed. */
    void create(String name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name).normalize();
        if (!folder.equals(target.getParent())) {
            throw new IllegalArgumentException("Not a plain file name: " + name);
        }
        if (!FolderFiles.isDirectory(folder) && FolderFiles.exists(folder)) {
            throw new FileSystemException(folder.toString(), null, display() + " is a file, not a folder");
        }
        // the guard creates a missing folder only for this write, and removes it again if the write fails
        WriteGuard.forBlog(blogRoot).create(target, bytes);
    }
}
