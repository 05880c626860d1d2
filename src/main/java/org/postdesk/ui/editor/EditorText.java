package org.postdesk.ui.editor;

import javafx.beans.value.ObservableValue;

/**
 * What the window's tools need of the editor's text, so they never pry into its nodes
 * (decision record 0028): the find bar's target (text, selection, replace as one undo step,
 * lines), where an insertion goes (the caret), and the caret's place for the status bar.
 * Offsets are UTF-16 indexes into the editor text; lines and columns count from 0. FX thread.
 */
public interface EditorText {

    String text();

    int selectionStart();

    int selectionEnd();

    /** Selects this range and scrolls it into view. */
    void select(int start, int end);

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
}
