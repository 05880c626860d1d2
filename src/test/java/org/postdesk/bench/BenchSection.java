package org.postdesk.bench;

import java.util.List;
import java.util.function.BiConsumer;

/** One group of measurements. */
interface BenchSection {
    void run(BiConsumer<String, Double> record) throws Exception;

    /**
     * Every section, or only those named (simple class names, comma-separated) in
     * {@code -Dbench.sections}, e.g. {@code -Dbench.sections=RenderBench} to measure the render alone.
     */
    static List<BenchSection> all() {
        List<BenchSection> all = List.of(new StartupBench(), new IndexBenchSection(), new FrontMatterBench(), new RenderBench(),
                new LargePostBench(), new PreviewE2eBench());
        String only = System.getProperty("bench.sections", "").strip();
        if (only.isEmpty()) {
            return all;
        }
        List<String> names = List.of(only.split("\\s*,\\s*"));
        return all.stream().filter(s -> names.contains(s.getClass().getSimpleName())).toList();
    }
}
