package org.postdesk.core.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the tests: real ones through ImageIO, headers and EXIF blocks by hand. */
final class TestImages {
    private TestImages() {
    }

    static byte[] png(int width, int height, int rgb) {
        return encode(width, height, rgb, "png", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] jpeg(int width, int height, int rgb) {
        return encode(width, height, rgb, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] encode(int width, int height, int rgb, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb ^ (x * 7 + y * 13) & 0xFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG made of a signature, an IHDR claiming {@code width x height}, and IEND: no pixels at all. */
    static byte[] pngHeader(long width, long height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt((int) width).putInt((int) height).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", ihdr.array()), chunk("IEND", new byte[0]));
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A two-frame, looping, 1x1 animated GIF, built byte by byte. */
    static byte[] animatedGif() {
        byte[] header = ascii("GIF89a");
        byte[] screen = {1, 0, 1, 0, (byte) 0x80, 0, 0};
        byte[] palette = {0, 0, 0, (byte) 255, (byte) 255, (byte) 255};
        byte[] loop = concat(new byte[] {0x21, (byte) 0xFF, 0x0B}, ascii("NETSCAPE2.0"), new byte[] {3, 1, 0, 0, 0});
        byte[] frame = {0x21, (byte) 0xF9, 4, 0, 50, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0};
        byte[] frame2 = frame.clone();
        frame2[frame2.length - 3] = 0x4C; // second frame: colour index 1 instead of 0
        return concat(header, screen, palette, loop, frame, frame2, new byte[] {0x3B});
    }

    /** A GIF header with a logical screen of {@code width x height} and nothing else but the trailer. */
    static byte[] gifHeader(int width, int height) {
        return concat(ascii("GIF89a"), new byte[] {(byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8),
                0, 0, 0, 0x3B});
    }

    /** A WebP RIFF with one VP8X chunk giving the canvas size (the rest of a real file omitted). */
    static byte[] webpVp8x(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(ascii("VP8X")).putInt(10).putInt(0);
        putU24(chunk, width - 1);
        putU24(chunk, height - 1);
        return riff(chunk.array());
    }

    /** A lossless WebP's first bytes: VP8L signature and the packed 14-bit sizes. */
    static byte[] webpVp8l(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(ascii("VP8L")).putInt(10).put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
        return riff(chunk.array());
    }

    /** A lossy WebP's first bytes: VP8 frame tag, start code and the 14-bit sizes. */
    static byte[] webpVp8(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(ascii("VP8 ")).putInt(10).put(new byte[] {0, 0, 0, (byte) 0x9D, 0x01, 0x2A})
                .putShort((short) width).putShort((short) height);
        return riff(chunk.array());
    }

    private static byte[] riff(byte[] chunks) {
        ByteBuffer riff = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        return riff.put(ascii("RIFF")).putInt(4 + chunks.length).put(ascii("WEBP")).put(chunks).array();
    }

    private static void putU24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    /** A JPEG's SOI, one SOF0 claiming {@code width x height}, an empty scan and EOI. */
    static byte[] jpegHeader(int width, int height) {
        byte[] sof = {(byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
                (byte) width, 1, 1, 0x11, 0};
        byte[] sos = {(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0, 0x12, 0x34};
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, sof, sos, new byte[] {(byte) 0xFF, (byte) 0xD9});
    }

    /** {@code jpeg} with {@code segment} (marker and length included) inserted right after SOI. */
    static byte[] withSegment(byte[] jpeg, byte[] segment) {
        return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    static byte[] app1(byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, payload);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
