package org.postdesk.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.post.LineDiff;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.text.DisplayDates;

/**
 * The recovery journal: one file per (blog, post) holding the text the author has not saved yet,
 * in a folder outside every blog ({@link JournalLocation}). Each write is atomic, so a crash
 * leaves either the previous text or the new one. Thread-safe (each call works on whole files).
 */
public final class Journal {
    static final String SUFFIX = ".journal";

    /**
     * An entry whose text is not what the file on disk holds.
     *
     * @param entry         the journal's text and where it belongs
     * @param diskText      the file's text now (decoded), or null when the file is gone
     * @param changedOnDisk true when the file also changed on disk after editing started
     */
    public record Pending(JournalEntry entry, String diskText, boolean changedOnDisk) {
        public boolean fileGone() {
            return diskText == null;
        }

        /** What the window says when it offers the text back, with the time in the system's zone. */
        public String sentence() {
            return sentence(ZoneId.systemDefault());
        }

        /** {@link #sentence()} with the time the text was kept shown in {@code zone}. */
        public String sentence(ZoneId zone) {
            String name = entry.postPath();
            String when = DisplayDates.local(entry.savedAt(), zone);
            if (fileGone()) {
                return name + " is no longer on disk, but Postdesk kept the text you had not saved ("
                        + when + "). Restore it to save it again, or discard it.";
            }
            return "Postdesk kept text of " + name + " that you had not saved (" + when + ")"
                    + (changedOnDisk ? "; the file on disk has changed since you started editing it" : "")
                    + ". Restore it, compare it with the file, or discard it.";
        }

        /** The line differences from the file on disk to the journal's text. */
        public LineDiff diff() {
            return LineDiff.compare(diskText == null ? "" : diskText, entry.text());
        }
    }

    private final Path root;

    /** A journal in {@code root} (created when the first entry is written). */
    public Journal(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The journal of this user ({@link JournalLocation#forCurrentUser()}). */
    public static Journal forCurrentUser() {
        return new Journal(JournalLocation.forCurrentUser());
    }

    public Path root() {
        return root;
    }

    /** Writes (or replaces) the entry for its post, atomically. */
    public void record(JournalEntry entry) throws IOException {
        Files.createDirectories(root);
        AtomicFiles.write(fileFor(entry.blogRoot(), entry.postPath()), JournalFormat.write(entry));
    }

    /** Forgets the entry for a post (after a save, or when the author discards it). */
    public void drop(Path blogRoot, String postPath) throws IOException {
        Files.deleteIfExists(fileFor(blogRoot, postPath));
    }

    /** The entry for one post, whatever the disk says. */
    public Optional<JournalEntry> find(Path blogRoot, String postPath) throws IOException {
        try {
            return Optional.ofNullable(JournalFormat.read(Files.readAllBytes(fileFor(blogRoot, postPath))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Entries, oldest first, whose text differs from their file on disk or whose file is gone.
     * Entries whose text is already on disk are dropped on the way; unreadable journal files are
     * left where they are.
     */
    public List<Pending> pending() throws IOException {
        List<Pending> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*" + SUFFIX)) {
            for (Path f : files) {
                JournalEntry e = readQuietly(f);
                if (e != null) {
                    pendingFor(e, f).ifPresent(out::add);
                }
            }
        }
        out.sort(Comparator.comparing((Pending p) -> p.entry().savedAt()));
        return out;
    }

    /** {@link #pending()} for one blog. */
    public List<Pending> pending(Path blogRoot) throws IOException {
        Path blog = blogRoot.toAbsolutePath().normalize();
        return pending().stream().filter(p -> p.entry().blogRoot().equals(blog)).toList();
    }

    private Optional<Pending> pendingFor(JournalEntry e, Path journalFile) throws IOException {
        byte[] disk;
        try {
            disk = Files.readAllBytes(e.file());
        } catch (NoSuchFileException gone) {
            return Optional.of(new Pending(e, null, e.startedFrom() != null));
        } catch (IOException unreadable) {
            return Optional.of(new Pending(e, null, true));
        }
        String diskText = PostDocument.parse(disk).text();
        if (diskText.equals(e.text())) {
            Files.deleteIfExists(journalFile);
            return Optional.empty();
        }
        boolean changed = e.startedFrom() == null || !e.startedFrom().matches(disk);
        return Optional.of(new Pending(e, diskText, changed));
    }

    private static JournalEntry readQuietly(Path f) {
        try {
            return JournalFormat.read(Files.readAllBytes(f));
        } catch (IOException e) {
            return null;
        }
    }

    Path fileFor(Path blogRoot, String postPath) {
        String key = blogRoot.toAbsolutePath().normalize() + "\n" + postPath.replace('\\', '/');
        String hash = DiskState.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        return root.resolve(hash + SUFFIX);
    }
}
