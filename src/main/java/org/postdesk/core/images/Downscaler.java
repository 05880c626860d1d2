package org.postdesk.core.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Re-encodes a JPEG or PNG at a smaller width. The decode is subsampled on read so a large
 * photo never sits in memory at full size; the rest is an area average (premultiplied alpha).
 */
final class Downscaler {
    private static final float JPEG_QUALITY = 0.9f;

    private Downscaler() {
    }

    /** The re-encoded image, {@code maxWidth} pixels wide. */
    static byte[] downscale(byte[] image, ImageInfo info, int maxWidth) throws IOException {
        int subsampling = (int) Math.max(1, info.width() / (2L * maxWidth));
        BufferedImage source = decode(image, subsampling);
        int width = maxWidth;
        int height = (int) Math.max(1, Math.round((double) info.height() * maxWidth / info.width()));
        int[] pixels = average(source, width, height);
        boolean png = info.format() == ImageFormat.PNG;
        boolean alpha = png && Arrays.stream(pixels).anyMatch(p -> p >>> 24 != 0xFF);
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        target.setRGB(0, 0, width, height, pixels, 0, width);
        return png ? png(target) : jpeg(target);
    }

    private static BufferedImage decode(byte[] image, int subsampling) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** ARGB pixels of {@code src} averaged down to {@code width x height}, alpha-weighted. */
    private static int[] average(BufferedImage src, int width, int height) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        int[] out = new int[width * height];
        int[] row = new int[sw];
        for (int y = 0; y < height; y++) {
            int y0 = (int) ((long) y * sh / height);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * sh / height));
            long[][] sums = new long[width][5];
            for (int sy = y0; sy < y1; sy++) {
                src.getRGB(0, sy, sw, 1, row, 0, sw);
                for (int x = 0; x < width; x++) {
                    int x0 = (int) ((long) x * sw / width);
                    int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * sw / width));
                    long[] s = sums[x];
                    for (int sx = x0; sx < x1; sx++) {
                        int p = row[sx];
                        int a = p >>> 24;
                        s[0] += a;
                        s[1] += (long) (p >> 16 & 0xFF) * a;
                        s[2] += (long) (p >> 8 & 0xFF) * a;
                        s[3] += (long) (p & 0xFF) * a;
                        s[4]++;
                    }
                }
            }
            for (int x = 0; x < width; x++) {
                long[] s = sums[x];
                int a = (int) (s[0] / s[4]);
                int r = s[0] == 0 ? 0 : (int) (s[1] / s[0]);
                int g = s[0] == 0 ? 0 : (int) (s[2] / s[0]);
                int b = s[0] == 0 ? 0 : (int) (s[3] / s[0]);
                out[y * width + x] = a << 24 | r << 16 | g << 8 | b;
            }
        }
        return out;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
