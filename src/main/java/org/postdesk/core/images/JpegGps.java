package org.postdesk.core.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the GPS location from a JPEG without touching anything else: segment lengths stay
 * the same and the image data is not re-encoded. In the EXIF block the GPS IFD pointer (tag
 * 0x8825) is taken out of IFD0 and the GPS IFD with its values is zeroed; in an XMP packet the
 * {@code *:GPS*} properties are overwritten with spaces (XMP is made to be padded that way).
 */
final class JpegGps {
    private static final int GPS_POINTER = 0x8825;
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};
    private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern XMP_GPS = Pattern.compile(
            "<([\\w.-]+:GPS\\w*)\\b[^>]*?(/>|>.*?</\\1\\s*>)|\\s[\\w.-]+:GPS\\w*\\s*=\\s*(\"[^\"]*\"|'[^']*')",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private JpegGps() {
    }

    /** The JPEG without its GPS location, or the same array when it had none. */
    static byte[] strip(byte[] jpeg) {
        byte[] out = null;
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int code = jpeg[pos + 1] & 0xFF;
            if (code == 0xFF) {
                pos++;
                continue;
            }
            if (code == 0xD8 || code == 0x01 || code >= 0xD0 && code <= 0xD7) {
                pos += 2;
                continue;
            }
            if (code == 0xDA || code == 0xD9) {
                break;
            }
            int length = (jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF;
            int end = Math.min(jpeg.length, pos + 2 + length);
            if (code == 0xE1) {
                out = out == null ? jpeg.clone() : out;
                boolean changed = ImageSniffer.startsWith(jpeg, pos + 4, EXIF)
                        ? stripExif(out, pos + 10, end)
                        : ImageSniffer.startsWith(jpeg, pos + 4, XMP) && blankXmp(out, pos + 4 + XMP.length, end);
                if (!changed && Arrays.equals(out, jpeg)) {
                    out = null;
                }
            }
            pos = end;
        }
        return out == null ? jpeg : out;
    }

    /** The EXIF orientation (1 to 8) of a JPEG; 1 when it has none. */
    static int orientation(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) != 0xDA) {
            int length = (jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF;
            int end = Math.min(jpeg.length, pos + 2 + length);
            if ((jpeg[pos + 1] & 0xFF) == 0xE1 && ImageSniffer.startsWith(jpeg, pos + 4, EXIF)) {
                Tiff t = new Tiff(jpeg, pos + 10, end);
                long ifd0 = t.valid() ? t.u32(4) : 0;
                int count = t.inside(ifd0, 2) ? t.u16(ifd0) : 0;
                for (int i = 0; i < count && t.inside(ifd0 + 2 + 12L * i, 12); i++) {
                    long entry = ifd0 + 2 + 12L * i;
                    if (t.u16(entry) == 0x0112) {
                        return t.u16(entry + 8);
                    }
                }
            }
            pos = end;
        }
        return 1;
    }

    private static boolean stripExif(byte[] data, int tiff, int end) {
        Tiff t = new Tiff(data, tiff, end);
        if (!t.valid()) {
            return false;
        }
        long ifd0 = t.u32(4);
        if (!t.inside(ifd0, 2)) {
            return false;
        }
        int count = t.u16(ifd0);
        long entries = ifd0 + 2;
        if (!t.inside(entries, 12L * count + 4)) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            long entry = entries + 12L * i;
            if (t.u16(entry) == GPS_POINTER) {
                zeroIfd(t, t.u32(entry + 8));
                long next = entries + 12L * count;
                int from = (int) (tiff + entry + 12);
                System.arraycopy(data, from, data, (int) (tiff + entry), (int) (tiff + next + 4) - from);
                Arrays.fill(data, (int) (tiff + next - 8), (int) (tiff + next + 4), (byte) 0);
                t.putU16(ifd0, count - 1);
                return true;
            }
        }
        return false;
    }

    private static void zeroIfd(Tiff t, long ifd) {
        if (!t.inside(ifd, 2)) {
            return;
        }
        int count = t.u16(ifd);
        long size = 2 + 12L * count + 4;
        if (!t.inside(ifd, size)) {
            return;
        }
        for (int i = 0; i < count; i++) {
            long entry = ifd + 2 + 12L * i;
            long bytes = typeSize(t.u16(entry + 2)) * t.u32(entry + 4);
            long value = t.u32(entry + 8);
            if (bytes > 4 && t.inside(value, bytes)) {
                t.zero(value, bytes);
            }
        }
        t.zero(ifd, size);
    }

    private static long typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11 -> 4;
            case 5, 10, 12 -> 8;
            default -> 0;
        };
    }

    private static boolean blankXmp(byte[] data, int from, int end) {
        String packet = new String(data, from, end - from, StandardCharsets.ISO_8859_1);
        Matcher m = XMP_GPS.matcher(packet);
        boolean changed = false;
        while (m.find()) {
            int start = m.group(3) != null ? m.start() + 1 : m.start();
            Arrays.fill(data, from + start, from + m.end(), (byte) ' ');
            changed = true;
        }
        return changed;
    }

    /** A TIFF structure inside a byte array, with offsets relative to its start. */
    private record Tiff(byte[] data, int start, int end) {
        boolean valid() {
            return end - start >= 8 && (littleEndian() || data[start] == 'M' && data[start + 1] == 'M');
        }

        boolean littleEndian() {
            return data[start] == 'I' && data[start + 1] == 'I';
        }

        boolean inside(long offset, long length) {
            return offset >= 8 && length >= 0 && start + offset + length <= end;
        }

        int u16(long offset) {
            int a = data[(int) (start + offset)] & 0xFF;
            int b = data[(int) (start + offset + 1)] & 0xFF;
            return littleEndian() ? b << 8 | a : a << 8 | b;
        }

        long u32(long offset) {
            long a = u16(offset);
            long b = u16(offset + 2);
            return littleEndian() ? b << 16 | a : a << 16 | b;
        }

        void putU16(long offset, int value) {
            int at = (int) (start + offset);
            data[at] = (byte) (littleEndian() ? value : value >> 8);
            data[at + 1] = (byte) (littleEndian() ? value >> 8 : value);
        }

        void zero(long offset, long length) {
            Arrays.fill(data, (int) (start + offset), (int) (start + offset + length), (byte) 0);
        }
    }
}
