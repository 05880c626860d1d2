package org.postdesk.core.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.postdesk.core.blog.Slugs;
import org.postdesk.core.io.PostIoException;

/**
 * How a site names a new post or draft and what the file starts with (the keys its themes read,
 * in the blog's learned habits). Never replaces a file (docs/decisions/0029).
 */
public interface PostCreator {

    /**
     * What to create.
     *
     * @param title the title (may be Chinese)
     * @param date  the post's date (in the file name of a post; the front-matter date of both)
     * @param slug  the slug, or null/blank to take it from the title ({@link Slugs#slugify})
     * @param draft true for a draft
     */
    record Request(String title, LocalDate date, String slug, boolean draft) {
        public String effectiveSlug() {
            String s = Slugs.slugify(slug == null || slug.isBlank() ? title : slug);
            return s.isEmpty() ? "post" : s;
        }
    }

    /** The file the request makes, relative to the root, {@code /} separators. */
    String path(Request request);

    /**
     * Writes the new file and returns it.
     *
     * @param now the current time: its time of day and offset go into a date with a time
     * @throws PostIoException with a sentence when the file exists or cannot be written
     */
    Path create(Request request, ZonedDateTime now) throws PostIoException;
}
