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

    /** Moves the caret to the start of {@code line} (from 0) and shows it. */
    void goToLine(int line);

    void focus();
}
