package org.postdesk.core.images;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes pixels as a PNG (8-bit RGBA, or RGB when every pixel is opaque), without AWT, so
 * pasted screenshots can be saved from any toolkit. Each row uses the "sub" or "none" filter,
 * whichever is smaller, which keeps screenshots compact.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {
    }

    /**
     * @param argb {@code width * height} pixels, row by row, as {@code 0xAARRGGBB} (not premultiplied)
     */
    public static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || (long) width * height != argb.length) {
            throw new IllegalArgumentException("Expected " + width + " x " + height + " pixels, got " + argb.length);
        }
        boolean opaque = true;
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                opaque = false;
                break;
            }
        }
        int channels = opaque ? 3 : 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 8).put((byte) (opaque ? 2 : 6)).put((byte) 0).put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", compress(rows(width, height, argb, channels)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] rows(int width, int height, int[] argb, int channels) {
        int stride = width * channels;
        byte[] data = new byte[(stride + 1) * height];
        byte[] raw = new byte[stride];
        byte[] sub = new byte[stride];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                int i = x * channels;
                raw[i] = (byte) (p >> 16);
                raw[i + 1] = (byte) (p >> 8);
                raw[i + 2] = (byte) p;
                if (channels == 4) {
                    raw[i + 3] = (byte) (p >>> 24);
                }
            }
            long rawCost = 0;
            long subCost = 0;
            for (int i = 0; i < stride; i++) {
                sub[i] = (byte) (raw[i] - (i >= channels ? raw[i - channels] : 0));
                rawCost += Math.abs((int) raw[i]);
                subCost += Math.abs((int) sub[i]);
            }
            int at = y * (stride + 1);
            boolean useSub = subCost < rawCost;
            data[at] = (byte) (useSub ? 1 : 0);
            System.arraycopy(useSub ? sub : raw, 0, data, at + 1, stride);
        }
        return data;
    }

    private static byte[] compress(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt(body.length).array());
        out.writeBytes(name);
        out.writeBytes(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
