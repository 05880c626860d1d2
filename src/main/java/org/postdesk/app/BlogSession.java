package org.postdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.site.Site;

/**
 * The open blog as the window knows it: the folder, its index and the posts listed, what a
 * preview needs, and (once learned in the background) its conventions and the form's hints.
 * Immutable; a rescan or a lesson learned makes a new session.
 *
 * @param conventions null until learned
 */
public record BlogSession(BlogFolder blog, PostIndex index, List<PostSummary> posts, PreviewContext preview,
                   BlogConventions conventions, FieldHints hints) {

    public BlogSession {
        Objects.requireNonNull(blog);
        posts = List.copyOf(posts);
        Objects.requireNonNull(preview);
        Objects.requireNonNull(hints);
    }

    /** What the blog's generator decides (naming, new posts, render flavour, checks). */
    public Site site() {
        return blog.site();
    }

    public Path root() {
        return blog.root();
    }

    public Path resolve(String relativePath) {
        return blog.resolve(relativePath);
    }

    public Set<String> paths() {
        return posts.stream().map(PostSummary::path).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * True when the post at {@code path} is a draft: by its folder, or by its front-matter flag on
     * a site whose drafts are a flag (Hugo's {@code draft: true}, docs/decisions/0040).
     */
    public boolean isDraft(String path) {
        if (blog().naming().draftsInFrontMatter()) {
            return post(path).map(PostSummary::draft).orElse(false);
        }
        return blog().naming().classify(path).draft();
    }

    public Optional<PostSummary> post(String path) {
        return posts.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    public BlogSession withLearned(BlogConventions learned, FieldHints learnedHints) {
        return new BlogSession(blog, index, posts, preview, learned, learnedHints);
    }

    /** This session with one post's summary replaced, added or (empty) removed; off the FX thread. */
    public BlogSession withPost(String path, Optional<PostSummary> summary) {
        List<PostSummary> next = new ArrayList<>(posts);
        next.removeIf(p -> p.path().equals(path));
        summary.ifPresent(next::add);
        next.sort(PostSummary.NEWEST_FIRST);
        return new BlogSession(blog, index, next, new PreviewContext(blog, next), conventions, hints);
    }
}
