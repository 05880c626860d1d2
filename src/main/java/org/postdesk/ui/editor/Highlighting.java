package org.postdesk.ui.editor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The result of highlighting one text: the set of {@link MarkdownStyle}s of every character.
 * Immutable once built; compares itself with an earlier result to find the part that changed.
 */
public final class Highlighting {

    /** A run of characters with the same classes. */
    public record Run(int length, List<String> classes) { }

    /** A half-open range [start, end) of the new text. */
    public record Window(int start, int end) {
        public boolean isEmpty() {
            return start >= end;
        }
    }

    /** Receives the runs of a range, in order. */
    @FunctionalInterface
    public interface RunConsumer {
        void accept(int length, List<String> classes);
    }

    private final short[] masks;

    Highlighting(short[] masks) {
        this.masks = masks;
    }

    /** This highlighting with {@link MarkdownStyle#PROBLEM} added on the [start, end) pairs of {@code ranges} (clamped). */
    Highlighting withProblems(int[] ranges) {
        if (ranges.length == 0) {
            return this;
        }
        short[] copy = masks.clone();
        short bit = (short) MarkdownStyle.PROBLEM.bit();
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            int end = Math.min(ranges[i + 1], copy.length);
            for (int j = Math.max(0, ranges[i]); j < end; j++) {
                copy[j] |= bit;
            }
        }
        return new Highlighting(copy);
    }

    public int length() {
        return masks.length;
    }

    public Set<MarkdownStyle> stylesAt(int index) {
        Set<MarkdownStyle> styles = EnumSet.noneOf(MarkdownStyle.class);
        for (MarkdownStyle style : MarkdownStyle.values()) {
            if ((masks[index] & style.bit()) != 0) {
                styles.add(style);
            }
        }
        return styles;
    }

    public List<String> classesAt(int index) {
        return MarkdownStyle.classesOf(masks[index]);
    }

    /** Calls {@code consumer} once per run of equal classes in [from, to). */
    public void forEachRun(int from, int to, RunConsumer consumer) {
        int i = from;
        while (i < to) {
            short mask = masks[i];
            int j = i + 1;
            while (j < to && masks[j] == mask) {
                j++;
            }
            consumer.accept(j - i, MarkdownStyle.classesOf(mask));
            i = j;
        }
    }

    /**
     * The range of this (new) highlighting that must be re-applied to a text area whose styles are
     * {@code previous} except inside the edited region. The edited region is given as its start
     * offset and its distance from the end of the text, both in the coordinates of the new text
     * ({@link Integer#MAX_VALUE} for "no edit"). A null {@code previous} means the area holds no
     * known styles: everything is re-applied.
     */
    public Window changedWindow(Highlighting previous, int editStart, int editTail) {
        int n = masks.length;
        if (previous == null) {
            return new Window(0, n);
        }
        short[] old = previous.masks;
        int limit = Math.min(n, old.length);
        int prefix = 0;
        while (prefix < limit && masks[prefix] == old[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && masks[n - 1 - suffix] == old[old.length - 1 - suffix]) {
            suffix++;
        }
        int start = Math.min(prefix, Math.max(0, editStart));
        int end = n - Math.min(suffix, Math.max(0, editTail));
        return new Window(Math.min(start, end), end);
    }
}
