package org.postdesk.ui.postlist;

import java.util.Collection;
import java.util.List;

/**
 * Rows made ready for the list: sorted newest first, each with its search key, and the tag
 * counts. Building it is the only work proportional to the number of posts besides filtering, so
 * the shell may build it off the FX thread ({@link #of} is pure) and hand it to
 * {@link PostListPane#setRows(PreparedRows)}.
 */
public record PreparedRows(List<PostSearch.Keyed> rows, List<TagChoice> tags) {

    public PreparedRows {
        rows = List.copyOf(rows);
        tags = List.copyOf(tags);
    }

    public static PreparedRows of(Collection<PostRow> rows) {
        List<PostSearch.Keyed> keyed = rows.stream().sorted(PostRow.NEWEST_FIRST).map(PostSearch.Keyed::of).toList();
        return new PreparedRows(keyed, TagChoice.of(rows));
    }

    public static PreparedRows empty() {
        return of(List.of());
    }
}
