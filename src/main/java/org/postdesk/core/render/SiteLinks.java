package org.postdesk.core.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves Jekyll's {@code {% post_url NAME %}} and {@code {% link PATH %}} tags. The blog
 * supplies the URLs (it knows the permalink style and the posts); empty means "no such post or
 * file", which the preview shows as a broken link and Jekyll would refuse to build.
 */
public interface SiteLinks {

    /** The URL of the post named like {@code 2021-12-17-title} (optionally with a sub-folder). */
    Optional<String> postUrl(String postName);

    /** The URL of the page or file at this source path, such as {@code _posts/2017-01-18-x.md}. */
    Optional<String> link(String sourcePath);

    /**
     * The source path ({@code _posts/...md}) of the post published at this site URL, so the
     * preview can open it when its link is clicked. Empty when no post has that URL.
     */
    default Optional<String> postAt(String url) {
        return Optional.empty();
    }

    /**
     * The blog's posts as Jekyll's {@code site.posts} gives them to templates, newest first:
     * maps with {@code title}, {@code url}, {@code date}, {@code tags}, {@code categories},
     * {@code path}. Empty when the blog is not known.
     */
    default List<Map<String, Object>> posts() {
        return List.of();
    }

    /**
     * The text of the blog file at this path, for {@code {% include %}} ({@code _includes/...})
     * and {@code {% include_relative %}}. The path is relative to the blog root, uses {@code /}
     * and has no {@code ..} segments. Empty when there is no such file, when it leads outside
     * the blog (a symbolic link), or when it is too large to be an include. The default reads nothing.
     */
    default Optional<String> include(String relPath) {
        return Optional.empty();
    }

    /**
     * What the generator adds to {@code page} for the post at this source path (Jekyll:
     * {@code url}, {@code date}, {@code path}, {@code slug}, {@code tags}, {@code categories});
     * empty when the post is not known (a new post not saved yet). The default adds nothing.
     */
    default Map<String, Object> pageOf(String sourcePath) {
        return Map.of();
    }

    /** Resolves nothing. */
    SiteLinks NONE = new Unresolved();

    /** A blog in which no post_url or link target exists; extend it to supply only posts or includes. */
    class Unresolved implements SiteLinks {
        @Override
        public Optional<String> postUrl(String postName) {
            return Optional.empty();
        }

        @Override
        public Optional<String> link(String sourcePath) {
            return Optional.empty();
        }
    }
}
