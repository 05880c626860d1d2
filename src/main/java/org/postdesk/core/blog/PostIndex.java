package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * The post list of a blog, built in the background. A scan lists {@code _posts/} and
 * {@code _drafts/}, then reads each file only up to its closing front-matter fence, in chunks
 * run on the given executor. Summaries of files whose size and modification time did not change
 * come from the cache (in memory, optionally loaded from and saved to a file outside the blog).
 *
 * <p>Thread-safe. The result list is sorted with {@link PostSummary#NEWEST_FIRST}.
 */
public final class PostIndex {
    /** Scan progress, called from background threads, in order, with {@code done} never going down. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);

        static Progress none() {
            return (done, total) -> { };
        }
    }

    private static final int MIN_CHUNK = 64;
    private static final int CHUNKS = 32;
    private static final long WARM_UP_MILLIS = 300;
    /** The JIT warm-up is a fact about the process, not about one index: once per JVM. */
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    private final BlogFolder blog;
    private final SummaryReader reader;
    private final String rules;
    private final Map<String, PostSummary> cache = new ConcurrentHashMap<>();

    public PostIndex(BlogFolder blog) {
        this(blog, ZoneId.systemDefault());
    }

    /** {@code zone} turns modification times into dates (drafts without a date). */
    public PostIndex(BlogFolder blog, ZoneId zone) {
        this.blog = blog;
        List<FrontMatterFormat> formats = blog.site().frontMatterFormats();
        this.reader = new SummaryReader(blog.naming(), blog.site().generator().displayName(), zone, formats);
        // a Jekyll blog keeps its cache key; other forms are named in it (docs/decisions/0037)
        String forms = formats.equals(PostDocument.JEKYLL_FORMATS) ? ""
                : "|" + formats.stream().map(f -> f.language() + f.opening() + f.closing()).collect(Collectors.joining(","));
        this.rules = String.join(",", blog.naming().markdownExtensions()) + "|" + zone.getId() + forms;
    }

    public BlogFolder blog() {
        return blog;
    }

    /**
     * Starts a scan. Cancel it with {@code future.cancel(false)}: the workers stop at the next
     * file. Unreadable files become flagged summaries; only an unreadable blog folder fails the
     * future.
     */
    public CompletableFuture<List<PostSummary>> scan(Executor executor, Progress progress) {
        CompletableFuture<List<PostSummary>> result = new CompletableFuture<>();
        AtomicBoolean listed = new AtomicBoolean();
        CompletableFuture<List<PostFiles.Found>> listing = CompletableFuture.supplyAsync(() -> {
            try {
                return PostFiles.find(blog);
            } catch (IOException e) {
                throw new IllegalStateException("Postdesk could not list the posts of " + blog.root()
                        + ": " + e.getMessage(), e);
            } finally {
                listed.set(true);
            }
        }, executor);
        if (WARMED_UP.compareAndSet(false, true)) {
            // a second worker warms the YAML reader up while the folder is listed
            CompletableFuture.runAsync(() -> SummaryReader.warmUp(listed::get, WARM_UP_MILLIS), executor);
        }
        listing.thenCompose(found -> readAll(found, executor, progress, result))
                .whenComplete((list, error) -> {
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(list);
                    }
                });
        return result;
    }

    private CompletableFuture<List<PostSummary>> readAll(List<PostFiles.Found> found, Executor executor,
            Progress progress, CompletableFuture<?> result) {
        int total = found.size();
        Counter counter = new Counter(progress, total);
        counter.add(0);
        int chunk = Math.max(MIN_CHUNK, (total + CHUNKS - 1) / CHUNKS);
        List<CompletableFuture<List<PostSummary>>> parts = new ArrayList<>();
        for (int from = 0; from < total; from += chunk) {
            List<PostFiles.Found> part = found.subList(from, Math.min(total, from + chunk));
            parts.add(CompletableFuture.supplyAsync(() -> readChunk(part, counter, result), executor));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            List<PostSummary> all = new ArrayList<>(total);
            parts.forEach(p -> all.addAll(p.join()));
            Map<String, PostSummary> fresh = new HashMap<>();
            all.forEach(s -> fresh.put(s.path(), s));
            if (!result.isDone()) {
                cache.keySet().retainAll(fresh.keySet());
                cache.putAll(fresh);
            }
            all.sort(PostSummary.NEWEST_FIRST);
            return List.copyOf(all);
        });
    }

    private List<PostSummary> readChunk(List<PostFiles.Found> part, Counter counter, CompletableFuture<?> result) {
        List<PostSummary> out = new ArrayList<>(part.size());
        int sinceReport = 0;
        for (PostFiles.Found f : part) {
            if (result.isDone()) {
                return out;
            }
            PostSummary cached = cache.get(f.relativePath());
            if (cached != null && cached.size() == f.size() && cached.modified() == f.modified()) {
                out.add(cached);
            } else {
                out.add(reader.read(f.file(), f.relativePath(), f.size(), f.modified()));
            }
            if (++sinceReport == 16) {
                counter.add(sinceReport);
                sinceReport = 0;
            }
        }
        counter.add(sinceReport);
        return out;
    }

    /**
     * Reads one file again, bypassing the cache (for the file watcher). Empty when the file is
     * gone or is not one the list shows; the cache follows either way.
     */
    public Optional<PostSummary> rescan(Path file) {
        String rel = blog.relativize(file);
        Path abs = blog.resolve(rel);
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        try {
            BasicFileAttributes attrs = Files.readAttributes(abs, BasicFileAttributes.class);
            if (!attrs.isRegularFile() || !blog.naming().inContentFolder(rel) || !blog.naming().isCandidate(name)) {
                cache.remove(rel);
                return Optional.empty();
            }
            PostSummary s = reader.read(abs, rel, attrs.size(), attrs.lastModifiedTime().toMillis());
            cache.put(rel, s);
            return Optional.of(s);
        } catch (IOException e) {
            cache.remove(rel);
            return Optional.empty();
        }
    }

    /** Saves the cache to {@code file} (in the user's cache folder, never inside the blog). */
    public void saveCache(Path file) throws IOException {
        if (file.toAbsolutePath().normalize().startsWith(blog.root())) {
            throw new IOException("Postdesk keeps its index cache outside the blog folder; " + file
                    + " is inside it.");
        }
        IndexCacheFile.write(file, rules, new ArrayList<>(cache.values()));
    }

    /** Loads a cache saved by {@link #saveCache}; a missing, stale or damaged file loads nothing. */
    public void loadCache(Path file) {
        IndexCacheFile.read(file, rules).forEach(s -> cache.putIfAbsent(s.path(), s));
    }

    /** How many summaries the cache holds. */
    public int cachedCount() {
        return cache.size();
    }

    /** Serializes progress reports so that they arrive in order. */
    private static final class Counter {
        private final Progress progress;
        private final int total;
        private int done;

        Counter(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        synchronized void add(int n) {
            done += n;
            progress.update(done, total);
        }
    }
}
