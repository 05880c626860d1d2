package org.postdesk.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.reactfx.Subscription;

/**
 * What the window's tools need of the editor's text, so they never pry into its nodes
 * (decision record 0028): the find bar's target (text, selection, replace as one undo step,
 * lines), where an insertion goes (the caret), and the caret's place for the status bar.
 * The features (recovery, disk changes, images) also watch edits, snapshot the text for a
 * worker, keep the view across a reload and guard the editor's node (decision record 0030).
 * Offsets are UTF-16 indexes into the editor text; lines and columns count from 0. FX thread.
 */
public interface EditorText {

    String text();

    int selectionStart();

    int selectionEnd();

    /** Selects this range and scrolls it into view. */
    void select(int start, int end);

    /**
     * Selects from {@code anchor} to {@code caret} and shows the caret's line in the middle of the
     * view (a jump to a place the author asked for, like Go to Line), not at the nearest edge.
     */
    void selectCentred(int anchor, int caret);

    /** Replaces this range as one undo step of its own and scrolls to it. */
    void replace(int start, int end, String text);

    boolean isEditable();

    int lineCount();

    /** Puts the caret at the start of this line (clamped) and shows it in the middle of the view. */
    void goToLine(int line);

    void focus();

    int caretPosition();

    /** The caret's offset; changes as it moves. */
    ObservableValue<Integer> caretPositionProperty();

    /** The caret's line and column (both from 0), as {@code {line, column}}. */
    int[] caretLineColumn();

    /**
     * The file line (from 1) of the editor's first line: the editor holds the body, which starts
     * after the front matter; everything that shows a line number adds this (decision record 0031).
     */
    default int firstLine() {
        return 1;
    }

    /** The text as it is now, to be read later from any thread (O(1) on the FX thread). */
    Supplier<String> textSnapshot();

    /** Runs {@code action} after every change of the text; a chunked load counts as one change. */
    Subscription onEdit(Runnable action);

    /** The paragraph (from 0) shown at the top of the view. */
    int firstVisibleParagraph();

    /** Puts the caret at {@code caret} and paragraph {@code paragraph} at the top of the view (both clamped). */
    void restoreView(int caret, int paragraph);

    /** The editor's node, for event filters above the text (not to look inside). */
    Node node();
}
