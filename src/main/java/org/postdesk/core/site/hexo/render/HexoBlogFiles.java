package org.postdesk.core.site.hexo.render;

import java.util.Optional;

/**
 * The blog's files as Hexo's tags read them: whether an asset is there, and the text of a file
 * {@code include_code} shows. Paths are blog-relative with {@code /} ({@code source/_posts/x/a.png});
 * an implementation answers nothing for a path that leads outside the blog.
 */
public interface HexoBlogFiles {

    boolean exists(String blogPath);

    Optional<String> text(String blogPath);

    /** A blog with no files (a post not in a blog, tests). */
    HexoBlogFiles NONE = new HexoBlogFiles() {
        @Override
        public boolean exists(String blogPath) {
            return false;
        }

        @Override
        public Optional<String> text(String blogPath) {
            return Optional.empty();
        }
    };
}
