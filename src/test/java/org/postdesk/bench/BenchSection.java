package org.postdesk.bench;

import java.util.List;
import java.util.function.BiConsumer;

/** One group of measurements. */
interface BenchSection {
    void run(BiConsumer<String, Double> record) throws Exception;

    static List<BenchSection> all() {
        return List.of(new IndexBenchSection(), new FrontMatterBench(), new RenderBench(), new LargePostBench(),
                new PreviewE2eBench());
    }
}
