package org.postdesk.ui.editor;

import java.util.Arrays;

/**
 * Where the editor underlines problems (decision record 0031): ranges of editor offsets found in
 * the text {@code basis}. The text may have changed since (the author kept typing): the ranges are
 * then moved by the edit between {@code basis} and the text being styled, and a range the edit
 * touched is dropped until the next round of problems. Immutable.
 *
 * @param basis  the editor text the ranges were found in
 * @param ranges start, end pairs of editor offsets ({@code [s0, e0, s1, e1, ...]})
 */
public record ProblemMarks(String basis, int[] ranges) {

    public static final ProblemMarks NONE = new ProblemMarks("", new int[0]);

    public ProblemMarks {
        ranges = ranges.clone();
    }

    /** The ranges for {@code text}: as found when it is {@code basis}, else moved past the one edited region. */
    int[] rangesFor(String text) {
        if (ranges.length == 0 || text.equals(basis)) {
            return ranges;
        }
        int limit = Math.min(text.length(), basis.length());
        int prefix = 0;
        while (prefix < limit && text.charAt(prefix) == basis.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && text.charAt(text.length() - 1 - suffix) == basis.charAt(basis.length() - 1 - suffix)) {
            suffix++;
        }
        int editedEnd = basis.length() - suffix; // in basis
        int delta = text.length() - basis.length();
        int[] out = new int[ranges.length];
        int n = 0;
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            int s = ranges[i];
            int e = ranges[i + 1];
            if (e <= prefix) {
                out[n++] = s;
                out[n++] = e;
            } else if (s >= editedEnd) {
                out[n++] = s + delta;
                out[n++] = e + delta;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
