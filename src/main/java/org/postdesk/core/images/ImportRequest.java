package org.postdesk.core.images;

import java.util.Objects;

/**
 * One image to import into the post whose slug is {@code postSlug} (the post's file name
 * without date and extension; used to name pasted images). {@code allowLarge} is the author's
 * yes to a file over the size limit.
 */
public record ImportRequest(ImageSource source, String postSlug, boolean allowLarge) {
    public ImportRequest {
        Objects.requireNonNull(source);
        Objects.requireNonNull(postSlug);
    }

    public static ImportRequest of(ImageSource source, String postSlug) {
        return new ImportRequest(source, postSlug, false);
    }

    /** The same request with the author's confirmation that a large file may be imported. */
    public ImportRequest confirmedLarge() {
        return new ImportRequest(source, postSlug, true);
    }
}
