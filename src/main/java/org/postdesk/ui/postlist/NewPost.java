package org.postdesk.ui.postlist;

import java.time.LocalDate;

/**
 * A post to create, as the author asked for it in the New Post dialog.
 *
 * @param title the title (may be empty when the author typed only a slug)
 * @param date  the chosen date; for a draft it is not part of the file name, the shell decides
 *              whether the front matter gets it
 * @param slug  the slug used in the file name
 * @param draft true for a draft
 * @param path  the new file relative to the blog root, {@code /} separators
 */
public record NewPost(String title, LocalDate date, String slug, boolean draft, String path) {
}
