package org.postdesk.ui.common;

import java.util.Locale;

/**
 * How bodies get into the editor, as the features see it (decision record 0030): a
 * large post goes in in pieces, read-only until loaded, with no highlighting or live preview.
 * FX thread.
 */
public interface LargePosts {

    /** Whether {@code body} counts as large. */
    boolean isLarge(String body);

    /** Whether the body in the editor now is large. */
    boolean isLargeNow();

    /** Shows {@code body} in the editor (in pieces when large); editable unless the post is read-only. */
    void show(String body, boolean editable);

    /** Runs {@code action} once the body is in the editor (at once when no load runs). */
    void whenLoaded(Runnable action);

    /** "52 MB" for the notice. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", Math.max(1, bytes / 1_000_000.0));
    }
}
