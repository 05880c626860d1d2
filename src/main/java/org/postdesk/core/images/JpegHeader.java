package org.postdesk.core.images;

import java.io.IOException;

/**
 * Walks a JPEG's marker segments up to the first scan to find the frame size (SOFn), then
 * looks for the end-of-image marker after that scan, near the end of the file.
 */
final class JpegHeader {
    private static final int MAX_SEGMENTS = 10_000;
    /** Phones append trailers (Samsung, multi-picture) after the image; the EOI must be in this window. */
    private static final int EOI_WINDOW = 1 << 20;

    private JpegHeader() {
    }

    static ImageInfo inspect(ImageBytes bytes, String name) throws IOException, RefusalException {
        long pos = 2;
        long width = -1;
        long height = -1;
        long scanStart = -1;
        for (int i = 0; i < MAX_SEGMENTS && scanStart < 0; i++) {
            byte[] marker = bytes.read(pos, 4);
            if (marker.length < 2) {
                throw ImageSniffer.truncated(name, "JPEG");
            }
            if (ImageSniffer.u8(marker, 0) != 0xFF) {
                throw damaged(name);
            }
            int code = ImageSniffer.u8(marker, 1);
            if (code == 0xFF) {
                pos++;
                continue;
            }
            if (code == 0x01 || code >= 0xD0 && code <= 0xD7) {
                pos += 2;
                continue;
            }
            if (code == 0xD9 || marker.length < 4) {
                throw ImageSniffer.truncated(name, "JPEG");
            }
            int length = ImageSniffer.u8(marker, 2) << 8 | ImageSniffer.u8(marker, 3);
            if (isStartOfFrame(code)) {
                byte[] frame = bytes.read(pos + 5, 4);
                if (frame.length < 4) {
                    throw ImageSniffer.truncated(name, "JPEG");
                }
                height = ImageSniffer.u8(frame, 0) << 8 | ImageSniffer.u8(frame, 1);
                width = ImageSniffer.u8(frame, 2) << 8 | ImageSniffer.u8(frame, 3);
            } else if (code == 0xDA) {
                scanStart = pos;
            }
            pos += 2 + length;
            if (pos >= bytes.size()) {
                throw ImageSniffer.truncated(name, "JPEG");
            }
        }
        if (scanStart < 0 || width < 0) {
            throw damaged(name);
        }
        long from = Math.max(scanStart, bytes.size() - EOI_WINDOW);
        byte[] tail = bytes.read(from, (int) (bytes.size() - from));
        if (ImageSniffer.indexOf(tail, new byte[] {(byte) 0xFF, (byte) 0xD9}) < 0) {
            throw ImageSniffer.truncated(name, "JPEG");
        }
        return new ImageInfo(ImageFormat.JPEG, width, height);
    }

    static boolean isStartOfFrame(int code) {
        return code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
    }

    private static RefusalException damaged(String name) {
        return new RefusalException(ImageSniffer.quote(name)
                + " is a damaged JPEG: its header has no readable frame size.");
    }
}
