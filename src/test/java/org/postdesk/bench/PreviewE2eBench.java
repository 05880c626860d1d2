package org.postdesk.bench;

import java.util.function.BiConsumer;
import javafx.application.Platform;
import org.postdesk.ui.shell.PreviewEndToEndBenchmark;

/**
 * preview_e2e_23kb_ms, preview_e2e_1mb_ms (median edit-to-preview-DOM time in the real window),
 * typing_p95_1mb_ms (FX time per keystroke: the edit and the next pulse's CSS and layout, p95),
 * typing_cpu_p95_1mb_ms (the FX thread's CPU time in those keystrokes, p95), typing_max_stall_1mb_ms
 * (longest pulse gap), and typing_forced_css_p95_1mb_ms / typing_forced_css_cpu_p95_1mb_ms (the
 * earlier definition: CSS forced over the whole window after each edit) on a 1 MB body with
 * highlighting and preview on.
 */
final class PreviewE2eBench implements BenchSection {
    @Override
    public void run(BiConsumer<String, Double> record) throws Exception {
        try {
            PreviewEndToEndBenchmark.run(record);
        } finally {
            Platform.exit(); // the last section on the FX toolkit; lets the JVM end
        }
    }
}
