package org.postdesk.attack;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingStream;

/**
 * Records every file the JVM reads or writes through Java I/O, with Flight Recorder's
 * {@code jdk.FileRead} and {@code jdk.FileWrite} events (threshold 0, stack traces on).
 * JavaFX's WebKit loads every {@code file:} resource of a page (images, style sheets, fonts,
 * frames) through {@code com.sun.webkit.network.URLLoader}, that is through a Java
 * {@code FileInputStream}, so each such load is one or more events here; those (and the reads
 * of the media player WebKit starts for {@code <video>} and {@code <audio>}) are marked
 * {@link Read#byPage()}. WebKit keeps what it loaded in a memory cache: a URL a page of the same
 * WebView has loaded before is not read again.
 *
 * <p>What it cannot see (docs/decisions/0025, checked against strace): reads done by native code
 * (fontconfig's font files, libc's {@code /etc/passwd} lookup at JVM start), metadata calls
 * ({@code stat}, {@code readlink}), files opened but never read (a {@code file:} URL of a folder
 * makes WebKit list the folder and open every file in it, reading none), and the path of some
 * reads from inside jars (the class loader's). Tests therefore also check every URL in the page's
 * DOM.
 *
 * <p>Events reach the stream about once a second; {@link #sync()} waits until everything up
 * to now has arrived.
 */
public final class FileReadRecorder implements AutoCloseable {

    /** One read or write: when, which file ({@code null} when Flight Recorder did not say), by whom. */
    public record Read(Instant at, String path, String thread, boolean byPage, boolean write, String origin) {
        @Override
        public String toString() {
            return (write ? "write " : "read ") + path + " (" + thread + ", " + (byPage ? "page load" : "runtime")
                    + ", in " + origin + ")";
        }
    }

    private final RecordingStream stream = new RecordingStream();
    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private final Path marker;

    private FileReadRecorder(Path marker) {
        this.marker = marker;
        stream.enable("jdk.FileRead").withThreshold(Duration.ZERO).withStackTrace();
        stream.enable("jdk.FileWrite").withThreshold(Duration.ZERO).withStackTrace();
        stream.setMaxAge(Duration.ofMinutes(1));
        stream.onEvent("jdk.FileRead", e -> reads.add(read(e, false)));
        stream.onEvent("jdk.FileWrite", e -> reads.add(read(e, true)));
    }

    /** Starts recording; {@code scratch} is a folder for the recorder's own marker file. */
    public static FileReadRecorder start(Path scratch) throws IOException {
        Path marker = Files.writeString(scratch.resolve("recorder-marker.txt"), "marker\n");
        FileReadRecorder recorder = new FileReadRecorder(marker.toRealPath());
        recorder.stream.startAsync();
        recorder.sync();
        return recorder;
    }

    /**
     * Reads the marker file and waits until that read has been delivered: then every event that
     * happened before it has been delivered too (the recorder flushes all threads' buffers at once).
     */
    public void sync() {
        Instant before = Instant.now();
        try (FileInputStream in = new FileInputStream(marker.toFile())) {
            in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (reads.stream().noneMatch(r -> marker.toString().equals(r.path()) && !r.at().isBefore(before))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Flight Recorder did not deliver the marker read within 15 s");
            }
            sleep(20);
        }
    }

    /** Everything recorded so far, the recorder's own marker reads left out. */
    public List<Read> reads() {
        List<Read> out = new ArrayList<>();
        for (Read r : reads) {
            if (!marker.toString().equals(r.path())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The reads recorded at or after {@code from}. */
    public List<Read> readsSince(Instant from) {
        return reads().stream().filter(r -> !r.at().isBefore(from)).toList();
    }

    @Override
    public void close() {
        stream.close();
    }

    private static Read read(RecordedEvent e, boolean write) {
        String thread = e.getThread() == null ? "?" : e.getThread().getJavaName();
        return new Read(e.getStartTime(), e.getString("path"), thread, isPageLoad(e.getStackTrace()), write,
                origin(e.getStackTrace()));
    }

    /** The innermost frame of the stack outside the JDK's I/O: who read. */
    private static String origin(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod() == null ? "" : frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("sun.") && !type.startsWith("jdk.")) {
                return type + "." + frame.getMethod().getName();
            }
        }
        return "the JDK";
    }

    /**
     * Whether WebKit (its resource loader, its media player) is on the stack, and no class loader above
     * it: the page asked for this file (a class or native library loaded on the way is the runtime's own read).
     */
    private static boolean isPageLoad(RecordedStackTrace stack) {
        if (stack == null) {
            return false;
        }
        for (RecordedFrame frame : stack.getFrames()) { // innermost first
            String type = frame.getMethod() == null ? "" : frame.getMethod().getType().getName();
            if (type.equals("java.lang.ClassLoader") || type.startsWith("jdk.internal.loader.")
                    || type.equals("com.sun.glass.utils.NativeLibLoader")) {
                return false;
            }
            if (type.startsWith("com.sun.webkit.") || type.startsWith("com.sun.javafx.webkit.")
                    || type.startsWith("com.sun.media.")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
