package org.postdesk.core.blog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a file's path in a site's posts or drafts folder means to its generator (docs/decisions/0029).
 *
 * @param relativePath the path relative to the blog root, with {@code /} separators
 * @param draft        true for files in a drafts folder ({@code _drafts/} for Jekyll)
 * @param dateText     the date as written in the name ({@code 2024-2-2}), or null
 * @param date         that date as a calendar day (rolled over as Ruby does, {@code 2024-02-30} is
 *                     {@code 2024-03-01}), or null when absent or not a date
 * @param slug         the part of the name after the date, without the extension
 * @param extension    the extension without the dot ({@code md}), or empty
 * @param markdown     true when the extension is one of the blog's Markdown extensions
 * @param flag         why the generator ignores or mistreats the name, or null when the name is fine
 */
public record PostName(String relativePath, boolean draft, String dateText, LocalDate date,
        String slug, String extension, boolean markdown, PostFlag flag) {

    /** True when the site generator reads this file as a post or draft (Jekyll: a draft with {@code --drafts}). */
    public boolean readByGenerator() {
        return flag == null || !flag.kind().hiddenFromSite();
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
