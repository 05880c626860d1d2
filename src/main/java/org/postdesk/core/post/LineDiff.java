package org.postdesk.core.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines that differ between two texts (the file on disk and the journal's text, say), as
 * hunks with a few lines of context, like {@code diff -u}. Common head and tail lines are set
 * aside first; the rest is compared with Myers' algorithm. When more than {@value #MAX_EDITS}
 * lines differ, the differing middle is reported as one replaced block instead. Line endings
 * are not compared. Immutable.
 */
public final class LineDiff {
    static final int MAX_EDITS = 2000;
    private static final Pattern EOL = Pattern.compile("\r\n|\n|\r");

    public enum Kind { SAME, REMOVED, ADDED }

    /** One line; numbers are 1-based, 0 on the side the line is not in. */
    public record Line(Kind kind, String text, int oldNumber, int newNumber) {
    }

    /** A run of changes with context: {@code @@ -oldStart,oldCount +newStart,newCount @@}. */
    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {
    }

    private final List<Hunk> hunks;
    private final int added;
    private final int removed;

    private LineDiff(List<Hunk> hunks, int added, int removed) {
        this.hunks = List.copyOf(hunks);
        this.added = added;
        this.removed = removed;
    }

    public static LineDiff compare(String oldText, String newText) {
        return compare(oldText, newText, 2);
    }

    public static LineDiff compare(String oldText, String newText, int context) {
        String[] a = lines(oldText);
        String[] b = lines(newText);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        List<Line> ops = new ArrayList<>();
        for (int i = Math.max(0, head - context); i < head; i++) {
            ops.add(new Line(Kind.SAME, a[i], i + 1, i + 1));
        }
        List<Line> middle = Myers.diff(a, head, a.length - tail, b, head, b.length - tail, MAX_EDITS);
        if (middle == null) {
            middle = new ArrayList<>();
            for (int i = head; i < a.length - tail; i++) {
                middle.add(new Line(Kind.REMOVED, a[i], i + 1, 0));
            }
            for (int j = head; j < b.length - tail; j++) {
                middle.add(new Line(Kind.ADDED, b[j], 0, j + 1));
            }
        }
        ops.addAll(middle);
        for (int t = 0; t < Math.min(tail, context); t++) {
            int i = a.length - tail + t;
            int j = b.length - tail + t;
            ops.add(new Line(Kind.SAME, a[i], i + 1, j + 1));
        }
        int added = (int) middle.stream().filter(l -> l.kind() == Kind.ADDED).count();
        int removed = (int) middle.stream().filter(l -> l.kind() == Kind.REMOVED).count();
        return new LineDiff(group(ops, context), added, removed);
    }

    public List<Hunk> hunks() {
        return hunks;
    }

    public boolean isEmpty() {
        return hunks.isEmpty();
    }

    public int addedLines() {
        return added;
    }

    public int removedLines() {
        return removed;
    }

    /** A sentence such as "3 lines added and 1 line removed in 2 places." */
    public String summary() {
        if (isEmpty()) {
            return "No line differs.";
        }
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(count(added) + " added");
        }
        if (removed > 0) {
            parts.add(count(removed) + " removed");
        }
        return String.join(" and ", parts) + " in " + hunks.size() + (hunks.size() == 1 ? " place." : " places.");
    }

    /** The hunks as unified-diff text ({@code @@ -1,3 +1,4 @@}, lines prefixed with space, - or +). */
    public String unified() {
        StringBuilder sb = new StringBuilder();
        for (Hunk h : hunks) {
            sb.append("@@ -").append(h.oldStart()).append(',').append(h.oldCount())
                    .append(" +").append(h.newStart()).append(',').append(h.newCount()).append(" @@\n");
            for (Line l : h.lines()) {
                sb.append(l.kind() == Kind.SAME ? ' ' : l.kind() == Kind.ADDED ? '+' : '-').append(l.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String count(int n) {
        return n + (n == 1 ? " line" : " lines");
    }

    static String[] lines(String text) {
        if (text.isEmpty()) {
            return new String[0];
        }
        String[] parts = EOL.split(text, -1);
        if (parts[parts.length - 1].isEmpty()) {
            String[] trimmed = new String[parts.length - 1];
            System.arraycopy(parts, 0, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return parts;
    }

    private static List<Hunk> group(List<Line> ops, int context) {
        List<Hunk> out = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            while (start < i && ops.get(start).kind() != Kind.SAME) {
                start++;
            }
            int end = i;
            int sameRun = 0;
            for (int k = i; k < ops.size(); k++) {
                if (ops.get(k).kind() == Kind.SAME) {
                    sameRun++;
                    if (sameRun > 2 * context) {
                        break;
                    }
                } else {
                    sameRun = 0;
                    end = k;
                }
            }
            int stop = Math.min(ops.size(), end + 1 + context);
            out.add(hunk(ops.subList(start, stop)));
            i = stop;
        }
        return out;
    }

    private static Hunk hunk(List<Line> lines) {
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        int lastOld = 0;
        int lastNew = 0;
        for (Line l : lines) {
            if (l.oldNumber() > 0) {
                oldStart = oldStart == 0 ? l.oldNumber() : oldStart;
                oldCount++;
                lastOld = l.oldNumber();
            }
            if (l.newNumber() > 0) {
                newStart = newStart == 0 ? l.newNumber() : newStart;
                newCount++;
                lastNew = l.newNumber();
            }
        }
        return new Hunk(oldCount == 0 ? lastOld : oldStart, oldCount, newCount == 0 ? lastNew : newStart, newCount,
                List.copyOf(lines));
    }
}
