package org.postdesk.core.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.postdesk.core.io.FolderFiles;

/** Random access to the bytes of a candidate image, so headers can be checked without reading it all. */
interface ImageBytes {
    long size();

    /** Up to {@code length} bytes at {@code offset} (fewer at the end). */
    byte[] read(long offset, int length) throws IOException;

    static ImageBytes of(byte[] bytes) {
        return new ImageBytes() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public byte[] read(long offset, int length) {
                int from = (int) Math.min(offset, bytes.length);
                return Arrays.copyOfRange(bytes, from, (int) Math.min(bytes.length, (long) from + length));
            }
        };
    }

    static ImageBytes of(Path file, long size) {
        return new ImageBytes() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public byte[] read(long offset, int length) throws IOException {
                long available = Math.max(0, size - offset);
                return FolderFiles.readRange(file, offset, (int) Math.min(length, available));
            }
        };
    }
}
