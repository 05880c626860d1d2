package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes unsaved text to the {@link Journal} without slowing typing down. Each
 * {@link #textChanged} replaces the text waiting for its post; the waiting texts are written
 * {@code quietMillis} after the last change, and at the latest {@code maxWaitMillis} after the
 * first unwritten change (never sooner than the quiet delay), so steady typing is journaled too.
 * The quiet delay can change while the writer runs ({@link #setQuietDelay}, the author's
 * "autosave delay"). Writes run on the scheduler's thread; {@link #flush()} writes now on the
 * caller's thread. Thread-safe.
 *
 * <p>Call {@link #saved} after a successful save: it drops what is waiting and the journal entry.
 * A failed save calls nothing, so the text stays in the journal.
 */
public final class JournalWriter implements AutoCloseable {
    /** Written within this long after the last keystroke. */
    public static final long DEFAULT_QUIET_MILLIS = 1000;
    public static final long DEFAULT_MAX_WAIT_MILLIS = 5000;

    private record Key(Path blog, String post) {
    }

    private record Waiting(String text, DiskState startedFrom) {
    }

    private final Journal journal;
    private final Scheduler scheduler;
    private final long baseMaxWaitMillis;
    private long quietMillis;
    private long maxWaitMillis;
    private final Consumer<String> problems;
    private final Object ioLock = new Object();
    private final Map<Key, Waiting> waiting = new LinkedHashMap<>();
    private Scheduler.Task task;
    private long firstChangeAt = -1;
    private long lastChangeAt = -1;

    /**
     * @param problems receives a sentence when the journal cannot be written (on the scheduler's thread)
     */
    public JournalWriter(Journal journal, Scheduler scheduler, long quietMillis, long maxWaitMillis,
            Consumer<String> problems) {
        this.journal = journal;
        this.scheduler = scheduler;
        this.baseMaxWaitMillis = maxWaitMillis;
        this.quietMillis = Math.max(0, quietMillis);
        this.maxWaitMillis = Math.max(this.quietMillis, maxWaitMillis);
        this.problems = problems;
    }

    /** A writer with the default delays on its own background thread. */
    public static JournalWriter start(Journal journal, Consumer<String> problems) {
        return new JournalWriter(journal, Scheduler.background("postdesk-journal"), DEFAULT_QUIET_MILLIS,
                DEFAULT_MAX_WAIT_MILLIS, problems);
    }

    /** A writer that journals {@code quiet} after the last change, on its own background thread. */
    public static JournalWriter start(Journal journal, Consumer<String> problems, Duration quiet) {
        return new JournalWriter(journal, Scheduler.background("postdesk-journal"), quiet.toMillis(),
                DEFAULT_MAX_WAIT_MILLIS, problems);
    }

    /**
     * Changes how long after the last change the waiting texts are written. Applies at once: a
     * write already planned is moved to the new time (the maximum wait grows with a long delay).
     */
    public synchronized void setQuietDelay(Duration quiet) {
        quietMillis = Math.max(0, quiet.toMillis());
        maxWaitMillis = Math.max(quietMillis, baseMaxWaitMillis);
        if (task != null && lastChangeAt >= 0) {
            task.cancel();
            long now = scheduler.nowMillis();
            long due = Math.min(lastChangeAt + quietMillis, firstChangeAt + maxWaitMillis);
            task = scheduler.schedule(this::flushQuietly, Math.max(0, due - now));
        }
    }

    /** The current quiet delay. */
    public synchronized Duration quietDelay() {
        return Duration.ofMillis(quietMillis);
    }

    /**
     * The post's text changed (call at each edit; cheap).
     *
     * @param text        the whole text as it would be saved ({@code PostDocument.text()})
     * @param startedFrom the file when editing started ({@link DiskState#read}), null for a new file
     */
    public synchronized void textChanged(Path blogRoot, String postPath, String text, DiskState startedFrom) {
        waiting.put(key(blogRoot, postPath), new Waiting(text, startedFrom));
        long now = scheduler.nowMillis();
        if (firstChangeAt < 0) {
            firstChangeAt = now;
        }
        lastChangeAt = now;
        if (task != null) {
            task.cancel();
        }
        long due = Math.min(now + quietMillis, firstChangeAt + maxWaitMillis);
        task = scheduler.schedule(this::flushQuietly, Math.max(0, due - now));
    }

    /** Writes everything waiting now, on the calling thread (before closing the window, say). */
    public void flush() throws IOException {
        synchronized (ioLock) {
            Map<Key, Waiting> batch = takeWaiting();
            IOException first = null;
            for (Map.Entry<Key, Waiting> e : batch.entrySet()) {
                try {
                    Waiting w = e.getValue();
                    journal.record(new JournalEntry(e.getKey().blog(), e.getKey().post(), w.text(), w.startedFrom(),
                            Instant.ofEpochMilli(System.currentTimeMillis())));
                } catch (IOException ex) {
                    first = first == null ? ex : first;
                    requeue(e.getKey(), e.getValue());
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** The post was saved: forget its waiting text and its journal entry. */
    public void saved(Path blogRoot, String postPath) throws IOException {
        discard(blogRoot, postPath);
    }

    /** The author discarded the changes (or restored and saved elsewhere): same as {@link #saved}. */
    public void discard(Path blogRoot, String postPath) throws IOException {
        synchronized (ioLock) {
            synchronized (this) {
                waiting.remove(key(blogRoot, postPath));
            }
            journal.drop(blogRoot, postPath);
        }
    }

    /** Texts not yet written (for tests and the status bar). */
    public synchronized int waitingCount() {
        return waiting.size();
    }

    /** Writes what is waiting and stops the background thread. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            scheduler.close();
        }
    }

    private synchronized Map<Key, Waiting> takeWaiting() {
        Map<Key, Waiting> batch = new LinkedHashMap<>(waiting);
        waiting.clear();
        firstChangeAt = -1;
        lastChangeAt = -1;
        if (task != null) {
            task.cancel();
            task = null;
        }
        return batch;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            problems.accept("Postdesk could not write its recovery copy to " + journal.root() + " ("
                    + PostFiles.reason(e) + "); your text is still in the editor, save it to keep it.");
        }
    }

    private static Key key(Path blogRoot, String postPath) {
        return new Key(blogRoot.toAbsolutePath().normalize(), postPath.replace('\\', '/'));
    }

    /** A text that could not be written waits for the next attempt, unless newer text came meanwhile. */
    private synchronized void requeue(Key key, Waiting w) {
        waiting.putIfAbsent(key, w);
    }
}
