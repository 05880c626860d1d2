package org.postdesk.ui.shell;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.IndexCacheFile;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PreviewContext;

/**
 * Opens a blog in the background: the folder and its config, the index (from the cache file of
 * an earlier visit when there is one, so a known blog lists at once), then the conventions and
 * the form hints. Every step runs on the task executor; the futures complete there.
 */
final class BlogLoader {

    private static final System.Logger LOG = System.getLogger(BlogLoader.class.getName());

    private final Executor tasks;
    private final Path cacheRoot;

    /** @param cacheRoot where index caches live (outside any blog); null for no cache */
    BlogLoader(Executor tasks, Path cacheRoot) {
        this.tasks = tasks;
        this.cacheRoot = cacheRoot;
    }

    /** Opens and indexes the blog at {@code dir}; the session has basic hints only. */
    CompletableFuture<BlogSession> load(Path dir, PostIndex.Progress progress) {
        return CompletableFuture.supplyAsync(() -> open(dir), tasks)
                .thenCompose(index -> index.scan(tasks, progress).thenApplyAsync(posts -> {
                    saveCache(index);
                    PreviewContext preview = new PreviewContext(index.blog(), posts);
                    return new BlogSession(index.blog(), index, posts, preview, null,
                            BlogHints.basic(index.blog(), preview));
                }, tasks));
    }

    /** Learns the blog's habits (reads the newest posts) and builds the full form hints. */
    CompletableFuture<BlogSession> learn(BlogSession session) {
        return CompletableFuture.supplyAsync(() -> {
            BlogConventions conventions = BlogConventions.learn(session.blog(), session.posts());
            return session.withLearned(conventions,
                    BlogHints.learned(session.blog(), session.preview(), conventions, session.posts()));
        }, tasks);
    }

    /** Reads one post again (after a save or a new post) and returns the updated session. */
    CompletableFuture<BlogSession> rescan(BlogSession session, String path) {
        return CompletableFuture.supplyAsync(() -> {
            BlogSession next = session.withPost(path, session.index().rescan(session.resolve(path)));
            saveCache(session.index());
            return next;
        }, tasks);
    }

    private PostIndex open(Path dir) {
        try {
            PostIndex index = new PostIndex(BlogFolder.open(dir));
            if (cacheRoot != null) {
                index.loadCache(IndexCacheFile.forBlog(cacheRoot, index.blog().root()));
            }
            return index;
        } catch (IOException e) {
            throw new BlogOpenException(dir, e);
        }
    }

    private void saveCache(PostIndex index) {
        if (cacheRoot == null) {
            return;
        }
        try {
            Files.createDirectories(cacheRoot);
            index.saveCache(IndexCacheFile.forBlog(cacheRoot, index.blog().root()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "index cache not saved", e); // only the next start is slower
        }
    }

    /** The folder could not be opened at all (gone, not a folder, unreadable). */
    static final class BlogOpenException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;

        BlogOpenException(Path folder, IOException cause) {
            super("could not open " + folder, cause);
            this.folder = folder;
        }

        Path folder() {
            return folder;
        }
    }
}
