package org.postdesk.ui.postlist;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostSummary;

/** Rows from the blog index's summaries. Pure; safe off the FX thread. */
public final class PostRows {

    private PostRows() {
    }

    public static PostRow from(PostSummary summary) {
        String reason = summary.flags().stream().map(PostFlag::message).collect(Collectors.joining(" "));
        return new PostRow(summary.path(), summary.title(), summary.date(), summary.draft(), summary.tags(), reason);
    }

    public static List<PostRow> from(Collection<PostSummary> summaries) {
        return summaries.stream().map(PostRows::from).toList();
    }
}
