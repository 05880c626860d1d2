package org.postdesk.core.render;

import java.util.Optional;

/** A blog in which no post_url or link target exists; tests override only what they supply (posts, includes). */
abstract class NoPostLinks implements SiteLinks {

    @Override
    public Optional<String> postUrl(String postName) {
        return Optional.empty();
    }

    @Override
    public Optional<String> link(String sourcePath) {
        return Optional.empty();
    }
}
