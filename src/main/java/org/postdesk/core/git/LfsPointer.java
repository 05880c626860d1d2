package org.postdesk.core.git;

import java.nio.charset.StandardCharsets;

/** A Git LFS pointer file: the small text git stores in place of a large file's bytes. */
final class LfsPointer {
    private static final byte[] START = "version https://git-lfs.github.com/spec/v1\n".getBytes(StandardCharsets.US_ASCII);

    private LfsPointer() {
    }

    /** True when {@code bytes} is a pointer (LFS keeps pointers under 1024 bytes). */
    static boolean is(byte[] bytes) {
        if (bytes.length >= 1024 || bytes.length < START.length) {
            return false;
        }
        for (int i = 0; i < START.length; i++) {
            if (bytes[i] != START[i]) {
                return false;
            }
        }
        return true;
    }
}
