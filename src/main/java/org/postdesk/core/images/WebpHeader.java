package org.postdesk.core.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads a WebP canvas size from its first chunk (VP8, VP8L or VP8X) and checks the RIFF length. */
final class WebpHeader {
    private WebpHeader() {
    }

    static ImageInfo inspect(ImageBytes bytes, byte[] head, String name) throws RefusalException {
        if (head.length < 30) {
            throw ImageSniffer.truncated(name, "WebP");
        }
        long riffSize = u24le(head, 4) | (long) ImageSniffer.u8(head, 7) << 24;
        if (riffSize + 8 > bytes.size()) {
            throw ImageSniffer.truncated(name, "WebP");
        }
        String chunk = new String(head, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> {
                if (ImageSniffer.u8(head, 23) != 0x9D || ImageSniffer.u8(head, 24) != 0x01
                        || ImageSniffer.u8(head, 25) != 0x2A) {
                    throw damaged(name);
                }
                yield new ImageInfo(ImageFormat.WEBP, u16le(head, 26) & 0x3FFF, u16le(head, 28) & 0x3FFF);
            }
            case "VP8L" -> {
                if (ImageSniffer.u8(head, 20) != 0x2F) {
                    throw damaged(name);
                }
                long bits = u24le(head, 21) | (long) ImageSniffer.u8(head, 24) << 24;
                yield new ImageInfo(ImageFormat.WEBP, (bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> new ImageInfo(ImageFormat.WEBP, u24le(head, 24) + 1, u24le(head, 27) + 1);
            default -> throw damaged(name);
        };
    }

    private static RefusalException damaged(String name) {
        return new RefusalException(ImageSniffer.quote(name) + " is a damaged WebP: its first chunk has no image size.");
    }

    private static int u16le(byte[] data, int at) {
        return ImageSniffer.u8(data, at) | ImageSniffer.u8(data, at + 1) << 8;
    }

    private static long u24le(byte[] data, int at) {
        return u16le(data, at) | (long) ImageSniffer.u8(data, at + 2) << 16;
    }
}
