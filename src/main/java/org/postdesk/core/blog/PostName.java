package org.postdesk.core.blog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a file's path under {@code _posts/} or {@code _drafts/} means to Jekyll.
 *
 * @param relativePath the path relative to the blog root, with {@code /} separators
 * @param draft        true for files under a {@code _drafts/} folder
 * @param dateText     the date as written in the name ({@code 2024-2-2}), or null
 * @param date         that date as a calendar day (rolled over as Ruby does, {@code 2024-02-30} is
 *                     {@code 2024-03-01}), or null when absent or not a date
 * @param slug         the part of the name after the date, without the extension
 * @param extension    the extension without the dot ({@code md}), or empty
 * @param markdown     true when the extension is one of the blog's Markdown extensions
 * @param flag         why Jekyll ignores or mistreats the name, or null when the name is fine
 */
public record PostName(String relativePath, boolean draft, String dateText, LocalDate date,
        String slug, String extension, boolean markdown, PostFlag flag) {

    /** True when Jekyll reads this file as a post (or a draft with {@code --drafts}). */
    public boolean readByJekyll() {
        return flag == null || !flag.kind().hidesFromJekyll();
    }

    public Optional<PostFlag> problem() {
        return Optional.ofNullable(flag);
    }

    /** The file name alone. */
    public String fileName() {
        int slash = relativePath.lastIndexOf('/');
        return relativePath.substring(slash + 1);
    }
}
