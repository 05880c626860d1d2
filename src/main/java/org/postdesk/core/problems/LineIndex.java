package org.postdesk.core.problems;

import java.util.Arrays;

/** Offsets to file lines and columns (both from 1); {@code \n}, {@code \r\n} and a lone {@code \r} end a line. */
final class LineIndex {
    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    int lineCount() {
        return starts.length;
    }

    /** The file line (from 1) holding {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    /** Offset of the start of file line {@code line} (clamped to the text). */
    int lineStart(int line) {
        return starts[Math.max(0, Math.min(line, starts.length) - 1)];
    }

    /** Offset of the end of file line {@code line}, before its line ending. */
    int lineEnd(int line) {
        int l = Math.max(1, Math.min(line, starts.length));
        int end = l < starts.length ? starts[l] : text.length();
        while (end > starts[l - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
