package org.postdesk.ui.images;

/**
 * The text an image gesture writes into (the shell adapts the Markdown editor to it, see
 * {@link CodeAreaTarget}). All methods are called on the FX thread.
 */
public interface ImageInsertTarget {

    /** Where the caret is, as an offset into {@link #text()}. */
    int caretOffset();

    /** The whole text. */
    String text();

    /**
     * Replaces {@code [from, to)} with {@code text} as one undo step and puts the caret after the
     * new text.
     */
    void replace(int from, int to, String text);

    /** Inserts {@code text} at {@code offset} as one undo step. */
    default void insertAt(int offset, String text) {
        replace(offset, offset, text);
    }

    /** Inserts at the caret, replacing nothing, as one undo step. */
    default void insertAtCaret(String text) {
        insertAt(caretOffset(), text);
    }
}
