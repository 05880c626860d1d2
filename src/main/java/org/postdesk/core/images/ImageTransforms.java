package org.postdesk.core.images;

import java.io.IOException;
import java.util.List;

/**
 * The only changes made to an image on import: a JPEG loses its GPS location (losslessly),
 * and, when the blog asks for it, a wide JPEG or PNG is downscaled. Everything else is copied
 * byte for byte.
 */
final class ImageTransforms {
    private ImageTransforms() {
    }

    static Transformed apply(byte[] bytes, ImageInfo info, ImportSettings settings, List<ImportNote> notes) {
        byte[] out = bytes;
        ImageInfo outInfo = info;
        if (info.format() == ImageFormat.JPEG && !settings.keepGps()) {
            out = JpegGps.strip(bytes);
            if (out != bytes) {
                notes.add(new ImportNote(ImportNote.Kind.GPS_REMOVED,
                        "The photo's GPS location was removed, so the post does not tell where it was taken."));
            }
        }
        boolean scalable = info.format() == ImageFormat.JPEG || info.format() == ImageFormat.PNG;
        if (settings.maxWidth() > 0 && scalable && info.width() > settings.maxWidth()) {
            if (info.format() == ImageFormat.JPEG && JpegGps.orientation(out) != 1) {
                notes.add(new ImportNote(ImportNote.Kind.NOT_DOWNSCALED, "The photo was copied at full size ("
                        + info.width() + " pixels wide): it is turned by its EXIF orientation, which re-encoding would lose."));
            } else {
                try {
                    out = Downscaler.downscale(out, info, settings.maxWidth());
                    outInfo = new ImageInfo(info.format(), settings.maxWidth(),
                            Math.max(1, Math.round((double) info.height() * settings.maxWidth() / info.width())));
                    notes.add(new ImportNote(ImportNote.Kind.DOWNSCALED, "The image was made smaller, from "
                            + info.width() + " to " + settings.maxWidth() + " pixels wide."));
                } catch (IOException | RuntimeException e) {
                    notes.add(new ImportNote(ImportNote.Kind.NOT_DOWNSCALED, "The image was copied at full size ("
                            + info.width() + " pixels wide): Java could not decode it to make it smaller."));
                }
            }
        }
        if (info.format() == ImageFormat.SVG && SvgCheck.hasActiveContent(bytes)) {
            notes.add(new ImportNote(ImportNote.Kind.SVG_ACTIVE_CONTENT, "The SVG contains scripts or event handlers."
                    + " It was copied as is; the preview does not run them, but a browser opening the file directly may."));
        }
        return new Transformed(out, outInfo);
    }
}
