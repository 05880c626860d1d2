package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards against slow paths (regex blow-ups, quadratic scans): the full preview of a long post
 * must stay within a small factor of commonmark with the same extensions on the same text. The
 * real figures come from the benchmark (goal 1.5x); this bound is loose so a busy 2-core machine
 * does not fail it. Also prints the ratio to commonmark without extensions.
 */
class RenderSpeedTest {

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {23_000, 1_000_000})
    void previewStaysCloseToBareCommonmark(int size) {
        String text = SyntheticPost.ofSize(size);
        Parser bareParser = Parser.builder().build();
        HtmlRenderer bareRenderer = HtmlRenderer.builder().build();
        Parser extParser = Parser.builder().extensions(MarkdownRenderer.extensions()).build();
        HtmlRenderer extRenderer = HtmlRenderer.builder().extensions(MarkdownRenderer.extensions()).build();
        PreviewRenderer preview = new PreviewRenderer();
        BlogFiles files = rel -> rel.hashCode() % 7 == 0 ? Optional.empty() : Optional.of(rel);
        RenderRequest request = new RenderRequest(text, Map.of("title", "止付，2.9亿！"), Map.of("baseurl", ""),
                Path.of("/blog"), files);
        int rounds = size > 100_000 ? 6 : 60;
        long bare = 0;
        long ext = 0;
        long full = 0;
        for (int warm = 0; warm < 2; warm++) {
            bare = best(rounds, () -> bareRenderer.render(bareParser.parse(text)));
            ext = best(rounds, () -> extRenderer.render(extParser.parse(text)));
            full = best(rounds, () -> preview.render(request));
        }
        System.out.printf("%,d bytes: bare commonmark %.2f ms, with extensions %.2f ms, preview %.2f ms"
                + " (%.2fx bare, %.2fx extensions)%n", text.length(), bare / 1e6, ext / 1e6, full / 1e6,
                (double) full / bare, (double) full / ext);
        assertThat((double) full / ext).isLessThan(2.5);
    }

    private static long best(int rounds, Runnable r) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, System.nanoTime() - t);
        }
        return best;
    }

}
