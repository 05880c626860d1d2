package org.postdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code mvn -B -Pbench verify}: measures what the issues set goals for, prints a table and
 * writes {@code results.json} (one flat object, metric name to number, unit in the name).
 * Nothing here asserts on time; the figures go into the issue notes.
 */
public final class Benchmark {
    private final Map<String, Double> results = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Benchmark bench = new Benchmark();
        for (BenchSection section : BenchSection.all()) {
            section.run(bench.results::put);
        }
        bench.report(out);
    }

    private void report(Path out) throws IOException {
        Files.createDirectories(out);
        StringBuilder table = new StringBuilder("\nPostdesk benchmark\n");
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Double> e : results.entrySet()) {
            table.append(String.format(Locale.ROOT, "  %-28s %12.3f%n", e.getKey(), e.getValue()));
            json.append(String.format(Locale.ROOT, "  \"%s\": %.3f%s%n", e.getKey(), e.getValue(),
                    ++i < results.size() ? "," : ""));
        }
        json.append("}\n");
        System.out.println(table);
        Files.writeString(out.resolve("results.json"), json, StandardCharsets.UTF_8);
        System.out.println("written: " + out.resolve("results.json"));
    }

    /** Median of a sample, in the sample's unit. */
    public static double median(List<Double> sample) {
        List<Double> sorted = new ArrayList<>(sample);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public static double percentile(List<Double> sample, double p) {
        List<Double> sorted = new ArrayList<>(sample);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The corpus's post files, or none when it is absent. */
    static List<Path> corpusPosts() throws IOException {
        Path corpus = Path.of(System.getProperty("postdesk.corpus", "../shared/corpus"));
        if (!Files.isDirectory(corpus)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.toString().contains("/_posts/") || p.toString().contains("/_drafts/"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }
}
