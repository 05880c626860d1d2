package org.postdesk.core.post;

/** A strict UTF-8 check that allocates nothing (no overlong forms, no surrogates, nothing past U+10FFFF). */
public final class Utf8 {
    private Utf8() {
    }

    /** The offset of the first byte that is not valid UTF-8 from {@code from}, or -1 when all are. */
    public static int firstInvalid(byte[] b, int from) {
        return firstInvalid(b, from, b.length);
    }

    /** As {@link #firstInvalid(byte[], int)}, over {@code b[from..to)}. */
    public static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        int n = to;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + need >= n) {
                return i;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += need + 1;
        }
        return -1;
    }
}
