package org.postdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.postdesk.core.post.LargePostTest;
import org.postdesk.core.post.PostContent;
import org.postdesk.core.post.PostDocument;

/** large_post_parse_ms: inspect + parse of a 55 MB post (median of 5 after warm-up); large_post_mb. */
final class LargePostBench implements BenchSection {
    @Override
    public void run(BiConsumer<String, Double> record) {
        byte[] bytes = LargePostTest.fiftyMegabytes();
        long sink = 0;
        List<Double> parse = new ArrayList<>();
        List<Double> inspect = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            sink += PostContent.inspect("big.md", bytes).verdict().ordinal();
            long t1 = System.nanoTime();
            sink += PostDocument.parse(bytes).body().length();
            long t2 = System.nanoTime();
            if (round >= 3) {
                inspect.add((t1 - t0) / 1e6);
                parse.add((t2 - t1) / 1e6);
            }
        }
        record.accept("large_post_mb", bytes.length / 1e6);
        record.accept("large_post_inspect_ms", Benchmark.median(inspect));
        record.accept("large_post_parse_ms", Benchmark.median(parse) + (sink == 42 ? 1 : 0));
    }
}
