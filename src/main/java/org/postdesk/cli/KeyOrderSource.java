package org.postdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.postdesk.core.site.Generators;

/** Where a new front-matter key goes: the usual key order of the post's blog. */
interface KeyOrderSource {
    KeyOrderSource NONE = post -> List.of();

    /** The usual key order of the blog the post is in, as these generators find it (none outside a blog). */
    static KeyOrderSource fromBlog(Generators generators) {
        return post -> LoadedBlog.enclosing(generators, post)
                .map(blog -> blog.conventions().keyOrder()).orElse(List.of());
    }

    List<String> preferredKeyOrder(Path post);
}
