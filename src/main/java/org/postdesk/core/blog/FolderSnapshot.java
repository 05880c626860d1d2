package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.postdesk.core.site.PostNames;

/**
 * The post files under a blog's {@code _posts/} and {@code _drafts/} (sub-folders too) with size,
 * modification time and file key (the inode where the system has one), read without opening
 * any file. Folders starting with a dot and Postdesk's temporary files are left out. Immutable.
 */
final class FolderSnapshot {
    static final String TEMP_SUFFIX = ".postdesk-tmp";

    record Mark(long size, long modified, Object fileKey) {
        boolean sameStat(Mark o) {
            return size == o.size && modified == o.modified && Objects.equals(fileKey, o.fileKey);
        }
    }

    final Map<Path, Mark> files;
    final Set<Path> folders;

    private FolderSnapshot(Map<Path, Mark> files, Set<Path> folders) {
        this.files = files;
        this.folders = folders;
    }

    /** The files and folders below the site's post and draft folders ({@code folders}, relative to {@code root}). */
    static FolderSnapshot scan(Path root, PostNames naming, List<String> contentFolders) {
        Map<Path, Mark> files = new HashMap<>();
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(root);
        for (String top : contentFolders) {
            Path dir = root.resolve(top);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        folders.add(d);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        String name = f.getFileName().toString();
                        if (attrs.isRegularFile() && !name.endsWith(TEMP_SUFFIX) && naming.isCandidate(name)) {
                            files.put(f, new Mark(attrs.size(), attrs.lastModifiedTime().toMillis(), attrs.fileKey()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // a folder that vanished mid-walk: what was seen stands, the next scan sees the rest
            }
        }
        return new FolderSnapshot(Map.copyOf(files), Set.copyOf(folders));
    }

    boolean sameAs(FolderSnapshot other) {
        if (files.size() != other.files.size()) {
            return false;
        }
        for (Map.Entry<Path, Mark> e : files.entrySet()) {
            Mark m = other.files.get(e.getKey());
            if (m == null || !m.sameStat(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
