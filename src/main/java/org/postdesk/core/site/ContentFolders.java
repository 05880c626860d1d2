package org.postdesk.core.site;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where a site keeps its content, as folders relative to the root with {@code /} separators.
 *
 * @param posts   the folders of dated posts ({@code _posts} for Jekyll)
 * @param drafts  the folders of drafts ({@code _drafts}); may be empty when drafts are a front-matter flag
 * @param layouts the folders whose file names are layout names ({@code _layouts}); may be empty
 */
public record ContentFolders(List<String> posts, List<String> drafts, List<String> layouts) {
    public ContentFolders {
        posts = List.copyOf(posts);
        drafts = List.copyOf(drafts);
        layouts = List.copyOf(layouts);
    }

    /** Posts, then drafts. */
    public List<String> postsAndDrafts() {
        return Stream.concat(posts.stream(), drafts.stream()).toList();
    }
}
