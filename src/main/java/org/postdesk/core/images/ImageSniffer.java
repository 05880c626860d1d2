package org.postdesk.core.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tells from the bytes (never the extension) whether a file is a PNG, JPEG, GIF, WebP or SVG,
 * reads its size from the header only and checks cheaply that it is not cut short.
 */
final class ImageSniffer {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final int TAIL = 1024;

    private final long maxPixels;

    ImageSniffer(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    ImageInfo inspect(ImageBytes bytes, String name) throws IOException, RefusalException {
        if (bytes.size() == 0) {
            throw new RefusalException(quote(name) + " is empty (0 bytes).");
        }
        byte[] head = bytes.read(0, 64);
        ImageInfo info;
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            info = png(bytes, head, name);
        } else if (head.length >= 3 && u8(head, 0) == 0xFF && u8(head, 1) == 0xD8 && u8(head, 2) == 0xFF) {
            info = JpegHeader.inspect(bytes, name);
        } else if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            info = gif(bytes, head, name);
        } else if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            info = WebpHeader.inspect(bytes, head, name);
        } else if (SvgCheck.looksLikeMarkup(head)) {
            SvgCheck.inspect(bytes, name);
            info = new ImageInfo(ImageFormat.SVG, 0, 0);
        } else {
            throw new RefusalException(quote(name) + " is not an image Postdesk can import"
                    + OtherFormats.describe(head) + "; it reads PNG, JPEG, GIF, WebP and SVG, whatever the extension.");
        }
        if (info.format() != ImageFormat.SVG && (info.width() <= 0 || info.height() <= 0)) {
            throw new RefusalException(quote(name) + " is a damaged " + info.format().displayName()
                    + ": its header gives a size of " + info.width() + " x " + info.height() + " pixels.");
        }
        if (info.pixels() > maxPixels) {
            throw new RefusalException(quote(name) + " is " + info.width() + " x " + info.height() + " pixels ("
                    + info.pixels() / 1_000_000 + " megapixels), more than the " + maxPixels / 1_000_000
                    + " megapixels Postdesk accepts.");
        }
        return info;
    }

    private static ImageInfo png(ImageBytes bytes, byte[] head, String name) throws IOException, RefusalException {
        if (head.length < 24 || !startsWith(head, 12, ascii("IHDR"))) {
            throw truncatedOrDamaged(name, "PNG", head.length < 24);
        }
        ImageInfo info = new ImageInfo(ImageFormat.PNG, u32be(head, 16), u32be(head, 20));
        if (indexOf(tail(bytes), PNG_END) < 0) {
            throw truncated(name, "PNG");
        }
        return info;
    }

    private static ImageInfo gif(ImageBytes bytes, byte[] head, String name) throws IOException, RefusalException {
        if (head.length < 13) {
            throw truncated(name, "GIF");
        }
        ImageInfo info = new ImageInfo(ImageFormat.GIF, u8(head, 6) | u8(head, 7) << 8, u8(head, 8) | u8(head, 9) << 8);
        byte[] tail = tail(bytes);
        int end = tail.length;
        while (end > 0 && tail[end - 1] == 0) {
            end--;
        }
        if (end < 2 || tail[end - 1] != 0x3B || tail[end - 2] != 0) {
            throw truncated(name, "GIF");
        }
        return info;
    }

    static byte[] tail(ImageBytes bytes) throws IOException {
        long from = Math.max(0, bytes.size() - TAIL);
        return bytes.read(from, (int) (bytes.size() - from));
    }

    static RefusalException truncated(String name, String format) {
        return new RefusalException(quote(name) + (format.startsWith("S") ? " is an " : " is a ") + format
                + " that is cut short (its end is missing), so it would show broken on the blog.");
    }

    private static RefusalException truncatedOrDamaged(String name, String format, boolean short_) {
        return short_ ? truncated(name, format)
                : new RefusalException(quote(name) + " is a damaged " + format + ": its header is not where it should be.");
    }

    static String quote(String name) {
        return "\u201C" + name + "\u201D";
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (data.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] needle) {
        for (int i = 0; i + needle.length <= data.length; i++) {
            if (startsWith(data, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    static int u8(byte[] data, int at) {
        return data[at] & 0xFF;
    }

    static long u32be(byte[] data, int at) {
        return (long) u8(data, at) << 24 | u8(data, at + 1) << 16 | u8(data, at + 2) << 8 | u8(data, at + 3);
    }
}
