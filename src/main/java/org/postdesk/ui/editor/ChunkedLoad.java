package org.postdesk.ui.editor;

import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;

/**
 * Puts a long text into the area a piece at a time, one piece per FX event, so the window
 * repaints and answers between pieces. Cancelling (another text is shown) stops it before its
 * next piece. FX thread only.
 */
public final class ChunkedLoad {

    /** Characters per piece: appending this much costs the FX thread a few tens of milliseconds. */
    public static final int DEFAULT_CHUNK = 256 * 1024;

    private final CodeArea area;
    private final String text;
    private final int chunk;
    private final DoubleConsumer progress;
    private final Runnable finish;
    private int next;
    private boolean cancelled;
    private boolean done;

    ChunkedLoad(CodeArea area, String text, int chunk, DoubleConsumer progress, Runnable finish) {
        this.area = area;
        this.text = text;
        this.chunk = Math.max(1, chunk);
        this.progress = progress;
        this.finish = finish;
    }

    void start() {
        Platform.runLater(this::step);
    }

    private void step() {
        if (cancelled) {
            return;
        }
        int end = Math.min(text.length(), next + chunk);
        if (end < text.length() && (Character.isHighSurrogate(text.charAt(end - 1)) || text.charAt(end - 1) == '\r')) {
            end--; // never split a surrogate pair or a CR LF
        }
        area.appendText(text.substring(next, end));
        next = end;
        if (next < text.length()) {
            progress.accept((double) next / text.length());
            Platform.runLater(this::step);
        } else {
            done = true;
            progress.accept(1);
            finish.run();
        }
    }

    /** Stops the load before its next piece; the area keeps what it has so far. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether the whole text is in the area. */
    public boolean isDone() {
        return done;
    }

    /** Whether the load is still putting text in (neither done nor cancelled). */
    public boolean isRunning() {
        return !done && !cancelled;
    }
}
