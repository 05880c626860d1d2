package org.postdesk.core.images;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.text.Outline;

/**
 * What the post an image goes into tells about naming it (decision record 0032).
 *
 * @param slug  the post's file name without date and extension ({@code 止付2.9亿}, {@code my-trip})
 * @param date  the date of the post's file name, {@code YYYY-MM-DD}, or empty
 * @param title the front-matter title, or empty
 * @param path  the post's path relative to the blog root, or empty when not known (it places
 *              images in the post's own folder, docs/decisions/0038)
 */
public record PostHints(String slug, String date, String title, String path) {
    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.*)");

    public PostHints {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(date);
        Objects.requireNonNull(title);
        Objects.requireNonNull(path);
    }

    /** Hints for a post whose path is not known. */
    public PostHints(String slug, String date, String title) {
        this(slug, date, title, "");
    }

    /** Only a slug (the command line and older callers). */
    public static PostHints ofSlug(String slug) {
        return new PostHints(slug, "", "");
    }

    /**
     * The alt text for pixels pasted at {@code offset} of {@code body}: the nearest heading above
     * (what the picture illustrates), else the post's title, else empty (decision record 0032).
     */
    public String pastedAlt(String body, int offset) {
        int at = Math.max(0, Math.min(offset, body.length()));
        int line = (int) body.substring(0, at).chars().filter(c -> c == '\n').count();
        String heading = "";
        for (Outline.Heading h : Outline.of(body)) {
            if (h.line() > line) {
                break;
            }
            // a heading's own line counts only when the caret is past its start
            if (h.line() < line || !h.text().isBlank()) {
                heading = h.text();
            }
        }
        return heading.isBlank() ? title.strip() : heading.strip();
    }

    /** From a post's path ({@code _posts/2021-12-17-止付2.9亿.md}) and its title. */
    public static PostHints of(String path, String title) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Matcher m = DATED.matcher(stem);
        return m.matches() ? new PostHints(m.group(2), m.group(1), title == null ? "" : title, path)
                : new PostHints(stem, "", title == null ? "" : title, path);
    }
}
