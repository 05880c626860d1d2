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
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;

/** A site opened and indexed in the foreground, as the commands need it. */
record LoadedBlog(Site site, List<PostSummary> posts) {

    /** Opens with the standard generators. */
    static LoadedBlog load(Path root) throws IOException {
        return load(Generators.standard(), root);
    }

    /** Opens {@code root} as the site these generators take it for, and lists its posts. */
    static LoadedBlog load(Generators generators, Path root) throws IOException {
        Site site = generators.open(root);
        BlogFolder folder = site.folder();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return new LoadedBlog(site, new PostIndex(folder).scan(pool, PostIndex.Progress.none()).get());
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
    static Optional<LoadedBlog> enclosing(Generators generators, Path post) {
        Optional<Path> root = generators.enclosing(post);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(load(generators, root.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    BlogFolder folder() {
        return site.folder();
    }

    BlogConventions conventions() {
        return BlogConventions.learn(folder(), posts);
    }
}
