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
 *
 * <p>A long restyle (a long post's first round) goes on screen first where the author looks:
 * the paragraphs in view are restyled at once, the rest in pieces after the next frame, one
 * piece per FX event, so the window paints and answers in between (docs/decisions/0035). An
 * edit meanwhile drops the pieces left; the next round then restyles everything.
 */
final class HighlightLoop {

    private static final System.Logger LOG = System.getLogger(HighlightLoop.class.getName());
    private static final long MAX_PAUSE_NANOS = 1_000_000_000L;
    /** A restyle longer than this many characters shows the paragraphs in view first. */
    static final int VIEW_FIRST_CHARS = 64 * 1024;
    /** Characters restyled per FX event after the view (a few milliseconds each). */
    static final int PIECE_CHARS = 32 * 1024;
    /** Paragraphs counted as "in view" before the area has laid any out. */
    private static final int UNLAID_VIEW_PARAGRAPHS = 120;

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
    private Restyle restyling;
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
        if (restyling != null) {
            dropRestyle(); // the pieces left no longer fit the text
        }
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
        restyling = null;
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
        restyling = null;
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
        if (restyling != null) {
            wanted = true; // after the pieces left: this round would compare with a half-restyled area
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
        editStart = Integer.MAX_VALUE;
        editTail = Integer.MAX_VALUE;
        if (result.spans != null && result.spans.length() > VIEW_FIRST_CHARS) {
            restyleViewFirst(result);
            lastApplyNanos = System.nanoTime() - t0;
            return;
        }
        if (result.spans != null) {
            area.setStyleSpans(result.window.start(), result.spans);
        }
        lastApplyNanos = System.nanoTime() - t0;
        applied = result.highlighting;
        appliedCount++;
    }

    /** Restyles the paragraphs in view now and queues the rest in pieces (see the class comment). */
    private void restyleViewFirst(Result result) {
        int from = result.window.start();
        int to = result.window.end();
        int[] view = viewRange(from, to);
        if (view[1] > view[0]) {
            area.setStyleSpans(view[0], result.spans.subView(view[0] - from, view[1] - from));
        }
        java.util.ArrayDeque<int[]> pieces = new java.util.ArrayDeque<>();
        for (int start = view[1]; start < to; start += PIECE_CHARS) { // below the view first: where reading goes
            pieces.add(new int[] {start, Math.min(to, start + PIECE_CHARS)});
        }
        for (int end = view[0]; end > from; end -= PIECE_CHARS) {
            pieces.add(new int[] {Math.max(from, end - PIECE_CHARS), end});
        }
        Restyle restyle = new Restyle(result, pieces);
        restyling = restyle;
        afterNextFrame(() -> restyleStep(restyle));
    }

    private void restyleStep(Restyle restyle) {
        if (restyling != restyle) {
            return; // dropped: an edit, new text, highlighting off
        }
        int[] piece = restyle.pieces.poll();
        if (piece != null) {
            int from = restyle.result.window.start();
            area.setStyleSpans(piece[0], restyle.result.spans.subView(piece[0] - from, piece[1] - from));
            Platform.runLater(() -> restyleStep(restyle));
            return;
        }
        restyling = null;
        applied = restyle.result.highlighting;
        appliedCount++;
        if (wanted) {
            wanted = false;
            waitForPause();
        }
    }

    /** The area now shows neither the old styles nor the new ones everywhere: the next round restyles all. */
    private void dropRestyle() {
        restyling = null;
        applied = null;
        if (computing) {
            wanted = true;
        }
    }

    /** The characters of the paragraphs in view (or, before any layout, from the caret's paragraph on), within [from, to). */
    private int[] viewRange(int from, int to) {
        int paragraphs = area.getParagraphs().size();
        int first;
        int last;
        if (area.getVisibleParagraphs().isEmpty()) {
            first = area.getCurrentParagraph();
            last = Math.min(paragraphs - 1, first + UNLAID_VIEW_PARAGRAPHS);
        } else {
            first = area.firstVisibleParToAllParIndex();
            last = area.lastVisibleParToAllParIndex();
        }
        int start = Math.max(from, Math.min(to, area.getAbsolutePosition(first, 0)));
        int end = Math.max(start, Math.min(to, area.getAbsolutePosition(last, area.getParagraphLength(last))));
        return new int[] {start, end};
    }

    /** Runs {@code action} after the next frame has been laid out, so what was restyled is painted first. */
    private void afterNextFrame(Runnable action) {
        javafx.scene.Scene scene = area.getScene();
        if (scene == null) {
            Platform.runLater(action);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
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

    /** A long restyle under way: the round's result and the pieces not yet in the area. */
    private record Restyle(Result result, java.util.ArrayDeque<int[]> pieces) { }

    private record Result(Highlighting highlighting, Highlighting.Window window,
                          StyleSpans<Collection<String>> spans, long nanos) { }
}
