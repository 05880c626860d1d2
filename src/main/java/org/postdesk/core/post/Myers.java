package org.postdesk.core.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Myers' O((N+M)D) shortest edit script over line ranges; the work behind {@link LineDiff}. */
final class Myers {
    private Myers() {
    }

    /** The lines of {@code a[a0,a1)} and {@code b[b0,b1)} in order, or null when more than {@code maxEdits} differ. */
    static List<LineDiff.Line> diff(String[] a, int a0, int a1, String[] b, int b0, int b1, int maxEdits) {
        int n = a1 - a0;
        int m = b1 - b0;
        int max = n + m;
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            if (d > maxEdits) {
                return null;
            }
            int[] snap = new int[2 * d + 3];
            System.arraycopy(v, off - d - 1, snap, 0, snap.length);
            trace.add(snap);
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[a0 + x].equals(b[b0 + y])) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, a, a0, b, b0, n, m);
                }
            }
        }
        return null;
    }

    private static List<LineDiff.Line> backtrack(List<int[]> trace, String[] a, int a0, String[] b, int b0, int n, int m) {
        List<LineDiff.Line> out = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] prev = trace.get(d);
            int k = x - y;
            int prevK = k == -d || (k != d && at(prev, d, k - 1) < at(prev, d, k + 1)) ? k + 1 : k - 1;
            int prevX = at(prev, d, prevK);
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                out.add(new LineDiff.Line(LineDiff.Kind.SAME, a[a0 + x], a0 + x + 1, b0 + y + 1));
            }
            if (d > 0) {
                if (x == prevX) {
                    out.add(new LineDiff.Line(LineDiff.Kind.ADDED, b[b0 + y - 1], 0, b0 + y));
                } else {
                    out.add(new LineDiff.Line(LineDiff.Kind.REMOVED, a[a0 + x - 1], a0 + x, 0));
                }
            }
            x = prevX;
            y = prevY;
        }
        Collections.reverse(out);
        return out;
    }

    private static int at(int[] snap, int d, int k) {
        return snap[k + d + 1];
    }
}
