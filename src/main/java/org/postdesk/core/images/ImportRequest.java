package org.postdesk.core.images;

import java.util.Objects;

/**
 * One image to import into the post that {@code post} describes (its slug, date and title name
 * pasted images, decision record 0032). {@code allowLarge} is the author's yes to a file over
 * the size limit; {@code alt} is the alt text for pasted pixels (a file keeps its own name as
 * its alt text).
 */
public record ImportRequest(ImageSource source, PostHints post, boolean allowLarge, String alt) {
    public ImportRequest {
        Objects.requireNonNull(source);
        Objects.requireNonNull(post);
        Objects.requireNonNull(alt);
    }

    public static ImportRequest of(ImageSource source, String postSlug) {
        return of(source, PostHints.ofSlug(Objects.requireNonNull(postSlug)));
    }

    public static ImportRequest of(ImageSource source, PostHints post) {
        return new ImportRequest(source, post, false, "");
    }

    /** The post's slug. */
    public String postSlug() {
        return post.slug();
    }

    /** The same request with the author's confirmation that a large file may be imported. */
    public ImportRequest confirmedLarge() {
        return new ImportRequest(source, post, true, alt);
    }

    /** The same request with {@code alt} as the alt text of pasted pixels. */
    public ImportRequest withAlt(String alt) {
        return new ImportRequest(source, post, allowLarge, alt == null ? "" : alt);
    }
}
