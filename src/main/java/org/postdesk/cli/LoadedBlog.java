package org.postdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;

/** A blog opened and indexed in the foreground, as the commands need it. */
record LoadedBlog(BlogFolder folder, List<PostSummary> posts) {

    static LoadedBlog load(Path root) throws IOException {
        BlogFolder folder = BlogFolder.open(root);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return new LoadedBlog(folder, new PostIndex(folder).scan(pool, PostIndex.Progress.none()).get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while listing the posts", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The blog that {@code post} belongs to, if any. */
    static Optional<LoadedBlog> enclosing(Path post) {
        Optional<Path> root = BlogFolder.enclosing(post);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(load(root.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    BlogConventions conventions() {
        return BlogConventions.learn(folder, posts);
    }
}
