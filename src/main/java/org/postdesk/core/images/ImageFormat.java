package org.postdesk.core.images;

import java.util.List;
import java.util.Locale;

/** The image formats Postdesk imports, with the file extensions it accepts for each. */
public enum ImageFormat {
    PNG("PNG", "png"),
    JPEG("JPEG", "jpg", "jpeg"),
    GIF("GIF", "gif"),
    WEBP("WebP", "webp"),
    SVG("SVG", "svg");

    private final String displayName;
    private final List<String> extensions;

    ImageFormat(String displayName, String... extensions) {
        this.displayName = displayName;
        this.extensions = List.of(extensions);
    }

    public String displayName() {
        return displayName;
    }

    /** The extension used for a new file of this format when the source's own does not fit. */
    public String defaultExtension() {
        return extensions.get(0);
    }

    /** Whether {@code extension} (any case, no dot) names this format. */
    public boolean accepts(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }
}
