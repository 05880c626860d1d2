package org.postdesk.ui.postlist;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One line of the post list, independent of how the blog was read: the shell builds rows from the
 * blog index (an adapter from the index's summaries) and hands them to {@link PostListPane#setRows}.
 *
 * @param path       the file relative to the blog root with {@code /} separators, e.g.
 *                   {@code _posts/2026-11-27-hello.md}; it identifies the row
 * @param title      the front-matter title, or empty when there is none
 * @param date       the post's date (front matter, else the file name, else the file's time), or
 *                   null when unknown
 * @param draft      true for a file under {@code _drafts/}
 * @param tags       the front-matter tags, in file order
 * @param flagReason a sentence saying why the file needs attention (a name Jekyll ignores, broken
 *                   front matter), or empty when all is well
 */
public record PostRow(String path, String title, LocalDateTime date, boolean draft, List<String> tags,
        String flagReason) {

    /**
     * The list order, as the blog index sorts: drafts (the work in progress) first, then posts;
     * each group newest first, undated rows at the group's top; equal dates by path, last first.
     */
    public static final Comparator<PostRow> NEWEST_FIRST = Comparator
            .comparing(PostRow::draft).reversed()
            .thenComparing(PostRow::date, Comparator.nullsFirst(Comparator.<LocalDateTime>reverseOrder()))
            .thenComparing(PostRow::path, Comparator.reverseOrder());

    public PostRow {
        Objects.requireNonNull(path, "path");
        title = title == null ? "" : title.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        flagReason = flagReason == null ? "" : flagReason.strip();
    }

    /** A healthy row with no flag. */
    public static PostRow of(String path, String title, LocalDateTime date, boolean draft, List<String> tags) {
        return new PostRow(path, title, date, draft, tags, "");
    }

    /** The last segment of {@link #path()}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The title, or the file name when the post has no title. */
    public String displayTitle() {
        return title.isEmpty() ? fileName() : title;
    }

    public boolean flagged() {
        return !flagReason.isEmpty();
    }
}
