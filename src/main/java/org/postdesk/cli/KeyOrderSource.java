package org.postdesk.cli;

import java.nio.file.Path;
import java.util.List;

/** Where a new front-matter key goes: the usual key order of the post's blog. */
interface KeyOrderSource {
    KeyOrderSource NONE = post -> List.of();

    /** The usual key order of the blog the post is in (none outside a blog). */
    KeyOrderSource FROM_BLOG = post -> LoadedBlog.enclosing(post)
            .map(blog -> blog.conventions().keyOrder()).orElse(List.of());

    List<String> preferredKeyOrder(Path post);
}
