package org.postdesk.ui.editor;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;

/**
 * Keeps the area's highlighting up to date without blocking the FX thread: edits -> a pause ->
 * highlight the whole text on the executor -> compare with what the area shows -> back on the
 * FX thread, restyle only the changed window, and only if nothing was typed since. One round
 * runs at a time, and the pause grows with what the last round cost (on a long post a round
 * copies and scans the whole text, so it waits for a longer pause in typing instead of
 * computing results that typing has already made stale).
 *
 * <p>Per keystroke the FX thread does O(1) work here (it widens the "edited" window). The area
 * shows {@link #applied} everywhere outside that window, which is what lets the background side
 * compute the smallest range to restyle.
 */
final class HighlightLoop {

    private static final System.Logger LOG = System.getLogger(HighlightLoop.class.getName());
    private static final long MAX_PAUSE_NANOS = 1_000_000_000L;

    private final CodeArea area;
    private final Executor executor;
    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();
    private final Subscription subscription;
    private final PauseTransition pause = new PauseTransition();
    private final long basePauseNanos;

    // FX thread only
    private Highlighting applied;
    private long edits;
    private int knownLength;
    private int editStart = Integer.MAX_VALUE;
    private int editTail = Integer.MAX_VALUE;
    private long appliedCount;
    private long lastRefreshNanos;
    private long lastApplyNanos;
    private boolean enabled = true;
    private boolean computing;
    private boolean wanted;
    private long lastComputeNanos;
    private volatile ProblemMarks marks = ProblemMarks.NONE;

    HighlightLoop(CodeArea area, Executor executor, Duration pause) {
        this.area = area;
        this.executor = executor;
        this.knownLength = area.getLength();
        this.basePauseNanos = pause.toNanos();
        this.pause.setOnFinished(event -> refresh());
        this.subscription = area.plainTextChanges().subscribe(this::recordEdit);
    }

    /** The pause in typing before a round: the base pause, or 1.5 times the last round's cost, at most a second. */
    static long pauseNanos(long basePauseNanos, long lastComputeNanos) {
        return Math.min(MAX_PAUSE_NANOS, Math.max(basePauseNanos, lastComputeNanos + lastComputeNanos / 2));
    }

    private void recordEdit(PlainTextChange change) {
        edits++;
        knownLength += change.getNetLength();
        editStart = Math.min(editStart, change.getPosition());
        editTail = Math.min(editTail, knownLength - change.getInsertionEnd());
        if (computing) {
            wanted = true; // the round under way is stale; the next starts when it is back
        } else if (enabled) {
            waitForPause();
        }
    }

    private void waitForPause() {
        pause.setDuration(javafx.util.Duration.millis(pauseNanos(basePauseNanos, lastComputeNanos) / 1e6));
        pause.playFromStart();
    }

    /** The area's styles are no longer known (new text loaded): the next result restyles all. */
    void forgetStyles() {
        applied = null;
    }

    /**
     * Turns highlighting on or off (a very large post is shown plain). Off: no rounds run and
     * results on their way are dropped; the styles already in the area stay (callers switch
     * before putting a new text in). On: a round starts at once.
     */
    void setEnabled(boolean on) {
        if (on == enabled) {
            return;
        }
        enabled = on;
        applied = null;
        if (on) {
            refresh();
        }
    }

    boolean isEnabled() {
        return enabled;
    }

    /** Starts one highlighting round for the current text (nothing while highlighting is off). */
    void refresh() {
        pause.stop();
        if (!enabled) {
            return;
        }
        wanted = false;
        computing = true;
        long t0 = System.nanoTime();
        ReadOnlyStyledDocument<?, ?, ?> snapshot = area.getContent().snapshot(); // immutable, O(1)
        long stamp = edits;
        Highlighting base = applied;
        int start = editStart;
        int tail = editTail;
        try {
            CompletableFuture.supplyAsync(() -> compute(snapshot.getText(), base, start, tail), executor)
                    .whenComplete((result, error) -> Platform.runLater(() -> apply(result, error, stamp, base)));
        } catch (RejectedExecutionException shuttingDown) {
            computing = false;
            LOG.log(Level.DEBUG, "highlighting skipped: executor shut down");
        }
        lastRefreshNanos = System.nanoTime() - t0;
    }

    /**
     * New problem underlines (decision record 0031): merged into the next round's styles, so the
     * area is restyled once, only where styles differ. A round starts after the usual pause.
     */
    void setMarks(ProblemMarks next) {
        marks = next;
        if (computing) {
            wanted = true;
        } else if (enabled) {
            waitForPause();
        }
    }

    private Result compute(String text, Highlighting base, int start, int tail) {
        long t0 = System.nanoTime();
        Highlighting next = highlighter.highlight(text).withProblems(marks.rangesFor(text));
        Highlighting.Window window = next.changedWindow(base, start, tail);
        return new Result(next, window, window.isEmpty() ? null : spans(next, window), System.nanoTime() - t0);
    }

    private void apply(Result result, Throwable error, long stamp, Highlighting base) {
        computing = false;
        if (result != null) {
            lastComputeNanos = result.nanos;
        }
        if (wanted) {
            wanted = false;
            if (enabled) {
                waitForPause();
            }
        }
        if (error != null) {
            LOG.log(Level.WARNING, "highlighting failed", error);
            return;
        }
        if (!enabled || stamp != edits || base != applied) {
            return; // stale: the text changed meanwhile, a newer round is on its way
        }
        long t0 = System.nanoTime();
        if (result.spans != null) {
            area.setStyleSpans(result.window.start(), result.spans);
        }
        lastApplyNanos = System.nanoTime() - t0;
        applied = result.highlighting;
        editStart = Integer.MAX_VALUE;
        editTail = Integer.MAX_VALUE;
        appliedCount++;
    }

    /** How many rounds reached the area; lets tests and benchmarks wait for a fresh one. */
    long appliedCount() {
        return appliedCount;
    }

    /** FX-thread time of the last round's start (reading the text, handing it off). */
    long lastRefreshNanos() {
        return lastRefreshNanos;
    }

    /** FX-thread time of the last round's restyling. */
    long lastApplyNanos() {
        return lastApplyNanos;
    }

    void dispose() {
        pause.stop();
        subscription.unsubscribe();
    }

    private static StyleSpans<Collection<String>> spans(Highlighting h, Highlighting.Window window) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        h.forEachRun(window.start(), window.end(), (length, classes) -> builder.add(classes, length));
        return builder.create();
    }

    private record Result(Highlighting highlighting, Highlighting.Window window,
                          StyleSpans<Collection<String>> spans, long nanos) { }
}
