package org.postdesk.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * The sweep behind {@link WriteGuard#removeStaleTemporaryFiles}: our temporary files only
 * ({@code .NAME.} + a UUID + {@code .postdesk-tmp}, regular files, not links), old enough that no
 * save can still be writing them, and not locked by a writer that is alive.
 */
final class StaleTemporaryFiles {
    /** A save writes its temporary file in well under a minute; ten leave room for a slow disk. */
    static final long SAFE_AGE_MILLIS = 10 * 60 * 1000L;

    private static final Pattern OURS = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + Pattern.quote(AtomicFiles.TEMP_SUFFIX));

    private StaleTemporaryFiles() {
    }

    static boolean isOurs(String name) {
        return OURS.matcher(name).matches();
    }

    static int remove(WriteGuard guard, Path folder, int depth, long minAgeMillis, long nowMillis) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            return 0;
        }
        if (!guard.inside(real) || !Files.isDirectory(real)) {
            return 0;
        }
        return sweep(real, depth, minAgeMillis, nowMillis);
    }

    private static int sweep(Path dir, int depth, long minAgeMillis, long nowMillis) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isDirectory() && depth > 1) {
                    removed += sweep(p, depth - 1, minAgeMillis, nowMillis);
                } else if (a.isRegularFile() && isOurs(p.getFileName().toString())
                        && nowMillis - a.lastModifiedTime().toMillis() >= minAgeMillis && unlocked(p)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        } catch (IOException e) {
            // a folder we cannot read or clean keeps its files; nothing else depends on the sweep
        }
        return removed;
    }

    private static boolean unlocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this very process is writing it
        } catch (IOException e) {
            return false;
        }
    }
}
