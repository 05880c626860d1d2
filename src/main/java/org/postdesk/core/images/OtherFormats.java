package org.postdesk.core.images;

import java.nio.charset.StandardCharsets;

/** Names common formats Postdesk does not import, so a refusal can say what the file is. */
final class OtherFormats {
    private OtherFormats() {
    }

    /** " (it is a HEIC photo; ...)" style clause, or empty when the bytes are not recognised. */
    static String describe(byte[] head) {
        String what = null;
        if (ImageSniffer.startsWith(head, 4, ImageSniffer.ascii("ftyp")) && head.length >= 12) {
            String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
            if (brand.startsWith("avi")) {
                what = "an AVIF image";
            } else if (brand.startsWith("hei") || brand.startsWith("mif") || brand.startsWith("hev")) {
                what = "a HEIC photo; export it as JPEG first";
            } else {
                what = "a video or other media file";
            }
        } else if (ImageSniffer.startsWith(head, 0, ImageSniffer.ascii("BM"))) {
            what = "a BMP bitmap; save it as PNG first";
        } else if (ImageSniffer.startsWith(head, 0, ImageSniffer.ascii("II*\0"))
                || ImageSniffer.startsWith(head, 0, ImageSniffer.ascii("MM\0*"))) {
            what = "a TIFF image; save it as PNG or JPEG first";
        } else if (ImageSniffer.startsWith(head, 0, ImageSniffer.ascii("%PDF"))) {
            what = "a PDF document";
        }
        return what == null ? "" : " (it is " + what + ")";
    }
}
