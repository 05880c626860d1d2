package org.postdesk.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.IndexCacheFile;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Generators;

/**
 * Opens a blog in the background: the folder and its config, the index (from the cache file of
 * an earlier visit when there is one, so a known blog lists at once), then the conventions and
 * the form hints. Every step runs on the task executor; the futures complete there.
 */
public final class BlogLoader {

    private static final System.Logger LOG = System.getLogger(BlogLoader.class.getName());

    private final Executor tasks;
    private final Path cacheRoot;
    private final Generators generators;

    /** @param cacheRoot where index caches live (outside any blog); null for no cache */
    public BlogLoader(Executor tasks, Path cacheRoot) {
        this(tasks, cacheRoot, Generators.standard());
    }

    /** With these generators deciding which folders are blogs and what their rules are (docs/decisions/0029). */
    public BlogLoader(Executor tasks, Path cacheRoot, Generators generators) {
        this.tasks = tasks;
        this.cacheRoot = cacheRoot;
        this.generators = generators;
    }

    /** True when a known generator takes {@code dir} as its site (reads the disk: call it off the FX thread). */
    public boolean isBlog(Path dir) {
        return generators.isSite(dir);
    }

    /**
     * Empty when a known generator takes {@code dir} as its site; otherwise why not, and the
     * folder that would make it the first generator's site (reads the disk: call it off the FX thread).
     */
    public Optional<NotABlog> notABlog(Path dir) {
        if (generators.isSite(dir)) {
            return Optional.empty();
        }
        Generator first = generators.fallback();
        return Optional.of(new NotABlog(generators.whyNotASite(dir), first.displayName(), first.starterFolder()));
    }

    /** Opens and indexes the blog at {@code dir}; the session has basic hints only. */
    public CompletableFuture<BlogSession> load(Path dir, PostIndex.Progress progress) {
        return start(dir, progress).session();
    }

    /**
     * A blog being opened that the author may stop. {@code session} completes with the session;
     * after {@link #cancel} the index scan stops at the next file and {@code session} completes
     * with the blog and no posts ({@link #cancelled} is then true) unless the scan had already
     * finished; it fails as {@link #load} does.
     */
    public static final class Loading {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicBoolean cut = new AtomicBoolean();
        private final AtomicReference<CompletableFuture<?>> scan = new AtomicReference<>();
        private CompletableFuture<BlogSession> session;

        public CompletableFuture<BlogSession> session() {
            return session;
        }

        /** Stops the scan (any thread); the posts read so far are dropped. */
        public void cancel() {
            stop.set(true);
            CompletableFuture<?> running = scan.get();
            if (running != null) {
                running.cancel(false);
            }
        }

        /** True when the session lists no posts because the scan was stopped (read after completion). */
        public boolean cancelled() {
            return cut.get();
        }
    }

    /** As {@link #load}, but the author may stop it. */
    public Loading start(Path dir, PostIndex.Progress progress) {
        Loading loading = new Loading();
        loading.session = CompletableFuture.supplyAsync(() -> open(dir), tasks).thenCompose(index -> {
            CompletableFuture<List<PostSummary>> posts = loading.stop.get()
                    ? CompletableFuture.failedFuture(new CancellationException())
                    : index.scan(tasks, progress);
            loading.scan.set(posts);
            if (loading.stop.get()) {
                posts.cancel(false);
            }
            return posts.handleAsync((found, error) -> {
                List<PostSummary> listed = found;
                if (error != null) {
                    if (!loading.stop.get()) {
                        throw error instanceof CompletionException c ? c : new CompletionException(error);
                    }
                    loading.cut.set(true);
                    listed = List.of();
                } else {
                    saveCache(index);
                }
                PreviewContext preview = new PreviewContext(index.blog(), listed);
                return new BlogSession(index.blog(), index, listed, preview, null,
                        BlogHints.basic(index.blog(), preview));
            }, tasks);
        });
        return loading;
    }

    /** Learns the blog's habits (reads the newest posts) and builds the full form hints. */
    public CompletableFuture<BlogSession> learn(BlogSession session) {
        return CompletableFuture.supplyAsync(() -> {
            BlogConventions conventions = BlogConventions.learn(session.blog(), session.posts());
            return session.withLearned(conventions,
                    BlogHints.learned(session.blog(), session.preview(), conventions, session.posts()));
        }, tasks);
    }

    /** Reads one post again (after a save or a new post) and returns the updated session. */
    public CompletableFuture<BlogSession> rescan(BlogSession session, String path) {
        return CompletableFuture.supplyAsync(() -> {
            BlogSession next = session.withPost(path, session.index().rescan(session.resolve(path)));
            saveCache(session.index());
            return next;
        }, tasks);
    }

    private PostIndex open(Path dir) {
        try {
            PostIndex index = new PostIndex(generators.open(dir).folder());
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
            index.saveCache(IndexCacheFile.forBlog(cacheRoot, index.blog().root()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "index cache not saved", e); // only the next start is slower
        }
    }

    /** The folder could not be opened at all (gone, not a folder, unreadable). */
    public static final class BlogOpenException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;

        BlogOpenException(Path folder, IOException cause) {
            super("could not open " + folder, cause);
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }
}
