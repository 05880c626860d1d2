package org.postdesk.core.blog;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the post list: what the index read from a post's name and front matter.
 *
 * @param path       relative to the blog root, {@code /} separators
 * @param draft      true for files under {@code _drafts/}
 * @param title      the front-matter {@code title}, or the title Jekyll makes from the slug
 * @param date       the date Jekyll gives the post, as written (no time zone conversion): the
 *                   front-matter {@code date}, else the date in the name, else the file's
 *                   modification time (as {@code jekyll --drafts} does for drafts)
 * @param dateSource where {@code date} came from
 * @param slug       the name without date and extension
 * @param tags       {@code tags} (or {@code tag}) as Jekyll reads them
 * @param categories {@code categories}/{@code category} plus the folders above {@code _posts}
 * @param layout     the {@code layout} value, or empty
 * @param authors    the {@code author} value(s)
 * @param published  false only for {@code published: false}
 * @param size       file size in bytes when read
 * @param modified   modification time in epoch milliseconds when read
 * @param flags      what the author should know; empty for a healthy post
 */
public record PostSummary(String path, boolean draft, String title, LocalDateTime date,
        DateSource dateSource, String slug, List<String> tags, List<String> categories, String layout,
        List<String> authors, boolean published, long size, long modified, List<PostFlag> flags) {

    /** Where a post's date came from. */
    public enum DateSource { FRONT_MATTER, FILE_NAME, MODIFIED }

    /**
     * The list order: drafts first, then posts; each group newest first; equal dates by path,
     * last first (the reverse of Jekyll's own order, which sorts by date, then path).
     */
    public static final Comparator<PostSummary> NEWEST_FIRST = Comparator
            .comparing(PostSummary::draft).reversed()
            .thenComparing(PostSummary::date, Comparator.reverseOrder())
            .thenComparing(PostSummary::path, Comparator.reverseOrder());

    public PostSummary {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        authors = List.copyOf(authors);
        flags = List.copyOf(flags);
    }

    /** True when Jekyll will not put this file on the site (ignored name, not UTF-8, {@code published: false}). */
    public boolean hiddenFromSite() {
        return !published || flags.stream().anyMatch(f -> f.kind().hiddenFromSite());
    }

    public boolean hasFlag(PostFlag.Kind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }

    /** The file name alone. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
