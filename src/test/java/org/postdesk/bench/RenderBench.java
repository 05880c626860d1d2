package org.postdesk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.SyntheticPost;
import org.postdesk.core.render.kramdown.KramdownFlavour;

/**
 * render_SIZE_ms: our whole preview render (Liquid pass, commonmark with extensions, URL
 * resolution, sanitizing); render_SIZE_baseline_ms: bare commonmark parse + render of the
 * same text; render_SIZE_gfm_baseline_ms: commonmark with the same extensions we ship.
 * Medians over repeated runs after warm-up. The warm-up lasts at least {@link #WARM_UP_NANOS}
 * as well as {@code rounds}: on a loaded machine the JIT compiles late, and a fixed count of
 * short 23 KB renders ended before our larger code path was compiled, so that figure measured
 * the interpreter rather than the renderer.
 */
final class RenderBench implements BenchSection {
    private static final long WARM_UP_NANOS = Long.getLong("bench.warmupSeconds", 3) * 1_000_000_000L;

    @Override
    public void run(BiConsumer<String, Double> record) {
        measure("23kb", SyntheticPost.ofSize(23_000), 200, record);
        measure("1mb", SyntheticPost.ofSize(1_000_000), 15, record);
    }

    private static void measure(String name, String text, int rounds, BiConsumer<String, Double> record) {
        Parser bareParser = Parser.builder().build();
        HtmlRenderer bareRenderer = HtmlRenderer.builder().build();
        Parser gfmParser = Parser.builder().extensions(KramdownFlavour.gfmExtensions()).build();
        HtmlRenderer gfmRenderer = HtmlRenderer.builder().extensions(KramdownFlavour.gfmExtensions()).build();
        PreviewRenderer preview = JekyllEngines.previewRenderer();
        BlogFiles files = rel -> rel.hashCode() % 7 == 0 ? Optional.empty() : Optional.of(rel);
        RenderRequest request = new RenderRequest(text, Map.of("title", "止付，2.9亿！"), Map.of("baseurl", ""),
                Path.of("/blog"), files);
        List<Double> bare = new ArrayList<>();
        List<Double> gfm = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < rounds || System.nanoTime() < warmUntil; i++) {
            bareRenderer.render(bareParser.parse(text));
            gfmRenderer.render(gfmParser.parse(text));
            preview.render(request);
        }
        for (int i = 0; i < rounds; i++) {
            time(bare, () -> bareRenderer.render(bareParser.parse(text)));
            time(gfm, () -> gfmRenderer.render(gfmParser.parse(text)));
            time(ours, () -> preview.render(request));
        }
        record.accept("render_" + name + "_ms", Benchmark.median(ours));
        record.accept("render_" + name + "_baseline_ms", Benchmark.median(bare));
        record.accept("render_" + name + "_gfm_baseline_ms", Benchmark.median(gfm));
        record.accept("render_" + name + "_lines", (double) text.lines().count());
    }

    private static void time(List<Double> sink, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        sink.add((System.nanoTime() - t0) / 1e6);
    }
}
