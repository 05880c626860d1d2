package org.postdesk.ui.find;

/** The text the find bar works on (the Markdown editor, adapted in the shell). FX thread. */
public interface FindTarget {

    String text();

    int selectionStart();

    int selectionEnd();

    /** Selects the range and scrolls it into view. */
    void select(int start, int end);

    /** Replaces a range with {@code text} as one undo step. */
    void replace(int start, int end, String text);

    /** Whether the text may be changed. */
    boolean editable();

    /** Number of lines (from 1). */
    int lineCount();

    /** The file line (from 1) of the text's first line: lines are shown and typed as file lines (decision record 0031). */
    default int firstLine() {
        return 1;
    }

    /** Moves the caret to the start of {@code line} (from 0) and shows it. */
    void goToLine(int line);

    void focus();
}
