package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Times the post index: a cold scan (new index, empty cache) and a warm one (same index again).
 * {@link #run} returns the figures; {@link #main} makes a 10,000-post blog in a temp folder
 * and prints them.
 */
public final class IndexBench {
    /** Timings of one run. */
    public record Result(int files, Duration cold, Duration warm, Duration warmFromFile) {
    }

    private IndexBench() {
    }

    /** Scans {@code blogRoot} cold, then warm, then with a fresh index loaded from a cache file in {@code cacheDir}. */
    public static Result run(Path blogRoot, Path cacheDir, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            BlogFolder blog = BlogFolder.open(blogRoot);
            PostIndex index = new PostIndex(blog);
            long t0 = System.nanoTime();
            List<PostSummary> cold = index.scan(pool, PostIndex.Progress.none()).get();
            long t1 = System.nanoTime();
            index.scan(pool, PostIndex.Progress.none()).get();
            long t2 = System.nanoTime();
            Path cacheFile = IndexCacheFile.forBlog(cacheDir, blogRoot);
            index.saveCache(cacheFile);
            PostIndex reopened = new PostIndex(BlogFolder.open(blogRoot));
            long t3 = System.nanoTime();
            reopened.loadCache(cacheFile);
            reopened.scan(pool, PostIndex.Progress.none()).get();
            long t4 = System.nanoTime();
            return new Result(cold.size(), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                    Duration.ofNanos(t4 - t3));
        } finally {
            pool.shutdownNow();
        }
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("postdesk-bench");
        Path blog = dir.resolve("blog");
        SyntheticBlog.create(blog, posts, 42);
        for (int round = 1; round <= 3; round++) {
            Result r = run(blog, dir.resolve("cache-" + round), Runtime.getRuntime().availableProcessors());
            System.out.printf("round %d: %d files, cold %d ms, warm %d ms, warm from cache file %d ms%n", round,
                    r.files(), r.cold().toMillis(), r.warm().toMillis(), r.warmFromFile().toMillis());
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
