package org.postdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.postdesk.core.blog.IndexBench;
import org.postdesk.core.blog.SyntheticBlog;

/**
 * index_10k_cold_ms: the first scan of a generated 10,000-post blog in this JVM, no cache;
 * index_10k_warm_ms: the same index scanned again (in-memory cache);
 * index_10k_cachefile_ms: a new index that loads the cache file first (a blog opened before).
 * It runs first, so "cold" includes the JIT warming up, as at app start.
 */
final class IndexBenchSection implements BenchSection {
    @Override
    public void run(BiConsumer<String, Double> record) throws Exception {
        Path dir = Files.createTempDirectory("postdesk-bench-index");
        try {
            Path blog = dir.resolve("blog");
            SyntheticBlog.create(blog, 10_000, 42);
            IndexBench.Result first = IndexBench.run(blog, dir.resolve("cache-1"), Runtime.getRuntime().availableProcessors());
            IndexBench.Result second = IndexBench.run(blog, dir.resolve("cache-2"), Runtime.getRuntime().availableProcessors());
            record.accept("index_10k_files", (double) first.files());
            record.accept("index_10k_cold_ms", first.cold().toNanos() / 1e6);
            record.accept("index_10k_cold_jit_warm_ms", second.cold().toNanos() / 1e6);
            record.accept("index_10k_warm_ms", second.warm().toNanos() / 1e6);
            record.accept("index_10k_cachefile_ms", second.warmFromFile().toNanos() / 1e6);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
