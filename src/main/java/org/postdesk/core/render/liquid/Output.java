package org.postdesk.core.render.liquid;

import java.util.Arrays;
import java.util.List;
import org.postdesk.core.render.LineMap;
import org.postdesk.core.render.TemplatePass;

/**
 * What one text renders to, and the source line of every output line. Text is copied from the
 * source as the scan passes it, dropped, or replaced; until something changes the line count,
 * output line N is source line N and nothing about lines is recorded, so a text without control
 * flow pays no line bookkeeping.
 */
final class Output {

    private final String text;
    private StringBuilder out;
    /** For each line break written to {@code out}: the source line of the line after it. */
    private int[] breaks = new int[64];
    private int breakCount;
    /** True once anything was replaced or dropped: the output is no longer the text itself. */
    private boolean changed;
    /** How far the source has been written or dropped. */
    private int copied;
    /** The source line of {@code copied} (kept only once {@code aligned} is false). */
    private int sourceLine;
    /** True while output line N is still source line N. */
    private boolean aligned = true;
    /** While above -1, every line written maps to this source line (loop bodies). */
    private int anchor = -1;

    /** What {@link #aside} put away, for {@link #restore}. */
    record Saved(StringBuilder out, int[] breaks, int breakCount, int copied, int sourceLine) {
    }

    Output(String text) {
        this.text = text;
        this.out = new StringBuilder(text.length() + 64);
    }

    /** The result: the text itself when nothing changed, else the output and its line map. */
    TemplatePass.Result result(List<String> notes) {
        if (!changed) {
            return new TemplatePass.Result(text, notes);
        }
        copyTo(text.length());
        if (aligned) {
            return new TemplatePass.Result(out.toString(), notes);
        }
        int[] lines = new int[breakCount + 1];
        System.arraycopy(breaks, 0, lines, 1, breakCount);
        return new TemplatePass.Result(out.toString(), notes, LineMap.of(lines));
    }

    /** The whole output as text (for an included file): the source itself when nothing changed. */
    String whole() {
        copyTo(text.length());
        return changed ? out.toString() : text;
    }

    void markChanged() {
        changed = true;
    }

    int length() {
        return out.length();
    }

    int copied() {
        return copied;
    }

    int sourceLine() {
        return sourceLine;
    }

    int anchor() {
        return anchor;
    }

    void anchor(int line) {
        anchor = line;
    }

    int breakCount() {
        return breakCount;
    }

    /** Sets the line after the last line break written (the line after a loop is its end tag's). */
    void lastBreak(int line) {
        breaks[breakCount - 1] = line;
    }

    /** Goes back to source position {@code pos} at {@code line} without writing (a loop's next pass). */
    void rewind(int pos, int line) {
        copied = pos;
        sourceLine = line;
    }

    /** The source line of position {@code b} at or after {@code copied}. */
    int lineAt(int b) {
        return aligned ? TagScanner.lineBreaks(text, 0, b) : sourceLine + TagScanner.lineBreaks(text, copied, b);
    }

    /** The source line of position {@code b}, knowing {@code line} is the line of {@code copied} >= b. */
    int lineBefore(int b, int line) {
        return line - TagScanner.lineBreaks(text, b, copied);
    }

    /** Writes source [copied, pos) as it is. */
    void copyTo(int pos) {
        if (pos <= copied) {
            return;
        }
        out.append(text, copied, pos);
        if (aligned) {
            copied = pos;
            return;
        }
        for (int i = copied; i < pos; i++) {
            if (TagScanner.isBreak(text, i)) {
                sourceLine++;
                addBreak(anchor >= 0 ? anchor : sourceLine);
            }
        }
        copied = pos;
    }

    /** Drops source [copied, pos) from the output. */
    void skipTo(int pos) {
        if (pos <= copied) {
            return;
        }
        unalign();
        sourceLine += TagScanner.lineBreaks(text, copied, pos);
        copied = pos;
    }

    /** Writes source up to {@code start}, then {@code replacement} for source [start, end). */
    void replace(int start, int end, String replacement) {
        replace(start, end, replacement, false);
    }

    /**
     * As {@link #replace(int, int, String)}; with {@code collapse}, the replacement's lines all map
     * to the first source line even when it has as many lines as the source.
     */
    void replace(int start, int end, String replacement, boolean collapse) {
        copyTo(start);
        changed = true;
        out.append(replacement);
        int k = TagScanner.lineBreaks(replacement, 0, replacement.length());
        int m = TagScanner.lineBreaks(text, start, end);
        boolean lineForLine = k == m && !(collapse && k > 0);
        if (aligned && lineForLine && anchor < 0) {
            copied = end;
            return;
        }
        unalign();
        for (int j = 1; j <= k; j++) {
            addBreak(anchor >= 0 ? anchor : lineForLine ? sourceLine + j : j == k ? sourceLine + m : sourceLine);
        }
        sourceLine += m;
        copied = end;
    }

    /** Starts recording lines: until {@code copied}, output lines were the source lines. */
    void unalign() {
        if (!aligned) {
            return;
        }
        aligned = false;
        // the output written so far has as many line breaks as the source up to copied
        int lines = TagScanner.lineBreaks(text, 0, copied);
        breaks = new int[Math.max(64, lines * 2)];
        for (int i = 0; i < lines; i++) {
            breaks[i] = i + 1;
        }
        breakCount = lines;
        sourceLine = lines;
    }

    /** Starts a buffer of its own at source {@code from} (a capture, a table cell); {@link #restore} ends it. */
    Saved aside(int from) {
        Saved saved = new Saved(out, breaks, breakCount, copied, sourceLine);
        out = new StringBuilder();
        breaks = new int[16];
        breakCount = 0;
        copied = from;
        return saved;
    }

    /** The text of the buffer started by {@link #aside}. */
    String asideText() {
        return out.toString();
    }

    void restore(Saved saved) {
        out = saved.out();
        breaks = saved.breaks();
        breakCount = saved.breakCount();
        copied = saved.copied();
        sourceLine = saved.sourceLine();
    }

    private void addBreak(int line) {
        if (breakCount == breaks.length) {
            breaks = Arrays.copyOf(breaks, breaks.length * 2);
        }
        breaks[breakCount++] = line;
    }
}
