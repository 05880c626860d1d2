package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postdesk.core.io.DiskState;
import org.postdesk.core.site.PostNames;

/**
 * Tells the window about post files that changed on disk behind its back: created, modified,
 * deleted, renamed, under {@code _posts/} and {@code _drafts/} (sub-folders too) of the blog root.
 *
 * <p>Events only wake it up; what changed is found by comparing stat-only snapshots, so lost or
 * overflowing events, editors' own temp-file dances and a {@code git checkout} all come out as
 * the same few changes. After a wake-up it waits until the folders are quiet ({@value #QUIET_MILLIS}
 * ms without change, at most {@value #MAX_SETTLE_MILLIS} ms), then reports one batch: about a
 * second after a single change. Where the JDK's watch service only polls slowly (macOS), or
 * cannot watch (too many folders), it rescans every {@value #POLL_MILLIS} ms instead.
 *
 * <p>Runs on its own daemon thread and calls the listener there, one batch at a time; the
 * window hops to its own thread. Call {@link #remember} with the bytes of every save (and of
 * every open), so Postdesk's own writes are not reported.
 */
public final class PostWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 250;
    static final long MAX_SETTLE_MILLIS = 1200;
    static final long POLL_MILLIS = 1000;
    private static final long BACKSTOP_MILLIS = 10_000;

    private final Path root;
    private final PostNames naming;
    private final List<String> folders;
    private final Consumer<List<DiskChange>> listener;
    private final Map<Path, String> known = new ConcurrentHashMap<>();
    private final WatchService service;
    private final Set<Path> registered = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean polling;

    private PostWatcher(BlogFolder blog, boolean forcePolling, Consumer<List<DiskChange>> listener) throws IOException {
        this.root = blog.root();
        this.naming = blog.naming();
        this.folders = blog.site().folders().postsAndDrafts();
        this.listener = listener;
        this.polling = forcePolling;
        this.service = forcePolling ? null : FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::loop, "postdesk-watcher " + root.getFileName());
        thread.setDaemon(true);
    }

    /** Starts watching; the first scan happens on the watcher's thread. */
    public static PostWatcher start(BlogFolder blog, Consumer<List<DiskChange>> listener) throws IOException {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
        return start(blog, mac, listener);
    }

    /** As {@link #start(BlogFolder, Consumer)}, choosing polling ({@code true}) or the system's events. */
    public static PostWatcher start(BlogFolder blog, boolean polling, Consumer<List<DiskChange>> listener)
            throws IOException {
        PostWatcher w = new PostWatcher(blog, polling, listener);
        w.thread.start();
        return w;
    }

    /**
     * Postdesk wrote (or read) these bytes at {@code file}: a change to exactly this content is
     * not reported. Call it right before saving, and when opening a post.
     */
    public void remember(Path file, byte[] bytes) {
        known.put(file.toAbsolutePath().normalize(), DiskState.sha256(bytes));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private void loop() {
        FolderSnapshot current = FolderSnapshot.scan(root, naming, folders);
        SnapshotDiff differ = new SnapshotDiff(known);
        try {
            // inside the try: the watcher may be closed (blog switched) before the first registration
            register(current);
            while (running) {
                if (!waitForWakeUp()) {
                    continue;
                }
                FolderSnapshot settled = settle(current);
                List<DiskChange> changes = differ.diff(current, settled);
                current = settled;
                register(current);
                if (!changes.isEmpty()) {
                    deliver(changes);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for an event (or the poll interval); false when the wait ended with nothing to look at. */
    private boolean waitForWakeUp() throws InterruptedException {
        if (polling) {
            Thread.sleep(POLL_MILLIS);
            return true;
        }
        WatchKey key = service.poll(BACKSTOP_MILLIS, TimeUnit.MILLISECONDS);
        if (key == null) {
            return true;
        }
        drain(key);
        return true;
    }

    /** Rescans until two scans {@value #QUIET_MILLIS} ms apart agree, or the settle time is up. */
    private FolderSnapshot settle(FolderSnapshot before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_SETTLE_MILLIS);
        FolderSnapshot last = FolderSnapshot.scan(root, naming, folders);
        if (last.sameAs(before)) {
            return last;
        }
        while (System.nanoTime() < deadline) {
            Thread.sleep(QUIET_MILLIS);
            if (!polling) {
                WatchKey key;
                while ((key = service.poll()) != null) {
                    drain(key);
                }
            }
            FolderSnapshot next = FolderSnapshot.scan(root, naming, folders);
            if (next.sameAs(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void register(FolderSnapshot snapshot) {
        if (polling) {
            return;
        }
        registered.retainAll(snapshot.folders);
        for (Path dir : snapshot.folders) {
            if (registered.add(dir)) {
                try {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (IOException e) {
                    polling = true;
                    return;
                }
            }
        }
    }

    private void deliver(List<DiskChange> changes) {
        try {
            listener.accept(List.copyOf(changes));
        } catch (RuntimeException e) {
            // a failing listener must not stop the watching
        }
    }
}
