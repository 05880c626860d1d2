package org.postdesk.core.blog;

import org.postdesk.core.post.Utf8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first bytes of a post: enough to hold its front matter and nothing more than one block
 * past it. The fences are found on bytes with the same rules as {@code PostDocument}: an
 * opening {@code ---} line (after an optional BOM) and a later {@code ---} or {@code ...} line.
 *
 * @param bytes        the bytes read
 * @param headLength   the bytes up to the end of the closing fence line, or all read bytes
 * @param wholeFile    true when the whole file was read
 * @param opened       true when the file starts with an opening fence
 * @param closed       true when a closing fence was found
 * @param utf8         false when the bytes read are not UTF-8
 * @param frontMatterStart where the text between the fences starts (0 without front matter)
 * @param frontMatterEnd   where it ends (the start of the closing fence line)
 */
record PostHead(byte[] bytes, int headLength, boolean wholeFile, boolean opened, boolean closed, boolean utf8,
        int frontMatterStart, int frontMatterEnd) {
    static final int BLOCK = 8192;
    static final int MAX_HEAD = 1 << 20;

    static PostHead read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BLOCK];
            int len = fill(in, buf, 0);
            boolean eof = len < buf.length;
            int bom = len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
            int bodyStart = openingEnd(buf, bom, len);
            if (bodyStart < 0) {
                return new PostHead(buf, len, eof, false, false, utf8(buf, len, eof), 0, 0);
            }
            int scanFrom = bodyStart;
            while (true) {
                int[] fence = closingFence(buf, scanFrom, len, eof);
                if (fence[0] >= 0) {
                    return new PostHead(buf, fence[0], eof, true, true, utf8(buf, len, eof), bodyStart, fence[1]);
                }
                scanFrom = fence[1];
                if (eof || buf.length >= MAX_HEAD) {
                    return new PostHead(buf, len, eof, true, false, utf8(buf, len, eof), 0, 0);
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
                int more = fill(in, buf, len);
                eof = more < buf.length;
                len = more;
            }
        }
    }

    private static int fill(InputStream in, byte[] buf, int from) throws IOException {
        int len = from;
        while (len < buf.length) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
        return len;
    }

    /** End of the opening fence line, or -1. */
    private static int openingEnd(byte[] b, int from, int len) {
        if (len - from < 4 || b[from] != '-' || b[from + 1] != '-' || b[from + 2] != '-') {
            return -1;
        }
        int i = from + 3;
        while (i < len && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return lineEnd(b, i, len);
    }

    /** Index after the terminator at {@code i}, or -1 when there is none. */
    private static int lineEnd(byte[] b, int i, int len) {
        if (i < len && b[i] == '\n') {
            return i + 1;
        }
        if (i < len && b[i] == '\r') {
            return i + 1 < len && b[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return -1;
    }

    /**
     * Looks for a closing fence line starting at a line start at or after {@code from}.
     * Returns {end of fence line or -1, index of the first line start not yet decided}.
     */
    private static int[] closingFence(byte[] b, int from, int len, boolean eof) {
        int line = from;
        while (line < len) {
            if (b[line] == '-' || b[line] == '.') {
                int decided = fenceAt(b, line, len, eof);
                if (decided == -2) {
                    return new int[] {-1, line};
                }
                if (decided >= 0) {
                    return new int[] {decided, line};
                }
            }
            int next = nextLine(b, line, len);
            if (next < 0 || (next == len && !eof && b[len - 1] == '\r')) {
                return new int[] {-1, line};
            }
            line = next;
        }
        return new int[] {-1, line};
    }

    /** End of the fence line at {@code i}; -1 when it is no fence; -2 when more bytes are needed. */
    private static int fenceAt(byte[] b, int i, int len, boolean eof) {
        if (len - i < 3) {
            return eof ? -1 : -2;
        }
        byte c = b[i];
        if (b[i + 1] != c || b[i + 2] != c) {
            return -1;
        }
        int j = i + 3;
        while (j < len && (b[j] == ' ' || b[j] == '\t')) {
            j++;
        }
        if (j == len) {
            return eof ? len : -2;
        }
        if (b[j] == '\r' && j + 1 == len && !eof) {
            return -2;
        }
        return lineEnd(b, j, len);
    }

    private static int nextLine(byte[] b, int i, int len) {
        for (int j = i; j < len; j++) {
            if (b[j] == '\n') {
                return j + 1;
            }
            if (b[j] == '\r') {
                return j + 1 < len && b[j + 1] == '\n' ? j + 2 : j + 1;
            }
        }
        return -1;
    }

    /** Valid UTF-8; before the end of the file a character cut by the block boundary is fine. */
    private static boolean utf8(byte[] b, int len, boolean eof) {
        int bad = Utf8.firstInvalid(b, 0, len);
        return bad < 0 || !eof && bad > len - 4 && (b[bad] & 0xC0) == 0xC0;
    }

    /** The text between the fences, exactly as {@code PostDocument} splits it; empty without front matter. */
    String frontMatter() {
        return new String(bytes, frontMatterStart, frontMatterEnd - frontMatterStart, StandardCharsets.UTF_8);
    }

    /** The head bytes (through the closing fence, or all bytes read). */
    byte[] head() {
        return Arrays.copyOf(bytes, headLength);
    }
}
