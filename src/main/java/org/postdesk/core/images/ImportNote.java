package org.postdesk.core.images;

/** Something the author may want to know about an import that succeeded. */
public record ImportNote(Kind kind, String message) {
    public enum Kind {
        /** The JPEG's GPS location was removed (the UI says so the first time). */
        GPS_REMOVED,
        /** The SVG contains scripts or event handlers; it was copied as is, the preview does not run them. */
        SVG_ACTIVE_CONTENT,
        /** The image was re-encoded at a smaller width. */
        DOWNSCALED,
        /** Downscaling was on but this image was copied as is. */
        NOT_DOWNSCALED
    }
}
