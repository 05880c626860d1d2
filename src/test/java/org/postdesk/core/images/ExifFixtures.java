package org.postdesk.core.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-built EXIF blocks with a GPS IFD, and a small reader to check what is left afterwards. */
final class ExifFixtures {
    /** The latitude's third rational, 1234/100, as it is stored: easy to look for in the output. */
    static final byte[] LATITUDE_SECONDS = {(byte) 0xD2, 0x04, 0, 0, 100, 0, 0, 0};

    private ExifFixtures() {
    }

    static byte[] withGps(byte[] jpeg) {
        return TestImages.withSegment(jpeg, exifApp1(1, true));
    }

    static byte[] withOrientation(byte[] jpeg, int orientation) {
        return TestImages.withSegment(jpeg, exifApp1(orientation, false));
    }

    /** APP1 "Exif": IFD0 with Make "Canon", Orientation and (optionally) a GPS IFD with N 39 54 12.34. */
    static byte[] exifApp1(int orientation, boolean gps) {
        ByteBuffer t = ByteBuffer.allocate(122).order(ByteOrder.LITTLE_ENDIAN);
        t.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        t.putShort((short) (gps ? 3 : 2));
        entry(t, 0x010F, 2, 6, 50);
        t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        if (gps) {
            entry(t, 0x8825, 4, 1, 56);
        }
        t.putInt(0);
        t.position(50);
        t.put("Canon\0".getBytes(StandardCharsets.US_ASCII));
        if (gps) {
            t.putShort((short) 3);
            t.putShort((short) 0).putShort((short) 1).putInt(4).put(new byte[] {2, 3, 0, 0});
            t.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
            entry(t, 2, 5, 3, 98);
            t.putInt(0);
            t.putInt(39).putInt(1).putInt(54).putInt(1).put(LATITUDE_SECONDS);
        }
        int length = gps ? 122 : 56;
        byte[] tiff = new byte[length];
        System.arraycopy(t.array(), 0, tiff, 0, length);
        return TestImages.app1(TestImages.concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff));
    }

    private static void entry(ByteBuffer t, int tag, int type, int count, int value) {
        t.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** The IFD0 tags of the first EXIF block of a JPEG, each with its 4-byte value field. */
    static Map<Integer, Integer> ifd0(byte[] jpeg) {
        int app1 = TestImages.indexOf(jpeg, "Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer t = ByteBuffer.wrap(jpeg, app1 + 6, jpeg.length - app1 - 6).slice().order(ByteOrder.LITTLE_ENDIAN);
        int ifd0 = t.getInt(4);
        int count = t.getShort(ifd0);
        Map<Integer, Integer> tags = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = ifd0 + 2 + 12 * i;
            tags.put(t.getShort(entry) & 0xFFFF, t.getInt(entry + 8));
        }
        return tags;
    }

    /** The ASCII string a tag's value field points at (for Make). */
    static String string(byte[] jpeg, int offset, int length) {
        int app1 = TestImages.indexOf(jpeg, "Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        return new String(jpeg, app1 + 6 + offset, length, StandardCharsets.US_ASCII);
    }
}
