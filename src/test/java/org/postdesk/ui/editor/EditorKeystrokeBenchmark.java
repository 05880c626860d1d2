package org.postdesk.ui.editor;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * Measures the FX-thread cost per keystroke on a 1 MB, 20,000-line body. Not a test (surefire
 * skips *Benchmark); run with the headless flags:
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... EditorKeystrokeBenchmark
 */
public final class EditorKeystrokeBenchmark {

    private static final int KEYSTROKES = 60;

    private EditorKeystrokeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        String body = LargeBody.create(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000);
        MarkdownEditor editor = onFx(() -> {
            MarkdownEditor e = new MarkdownEditor(worker);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(e.node()), 1000, 800));
            stage.show();
            return e;
        });
        @SuppressWarnings("unchecked")
        CodeArea area = onFx(() -> ((VirtualizedScrollPane<CodeArea>) editor.node()).getContent());
        long loadStart = System.nanoTime();
        onFx(() -> {
            editor.replaceText(body);
            return null;
        });
        long loadFx = System.nanoTime() - loadStart;
        waitForRound(editor, 0);
        int lines = onFx(() -> area.getParagraphs().size());
        System.out.printf("body: %,d chars, %,d lines; opening it: %.1f ms FX (replaceText)%n",
                body.length(), lines, loadFx / 1e6);

        int pos = onFx(() -> body.indexOf('\n', body.length() / 2) + 1);
        onFx(() -> {
            area.moveTo(pos);
            area.requestFollowCaret();
            area.getScene().getRoot().applyCss();
            area.getScene().getRoot().layout();
            return null;
        });
        double[] keystroke = new double[KEYSTROKES];
        double[] insertOnly = new double[KEYSTROKES];
        double[] refresh = new double[KEYSTROKES];
        double[] apply = new double[KEYSTROKES];
        String typed = "中文**粗体**写作";
        for (int i = 0; i < KEYSTROKES; i++) {
            long rounds = onFx(editor::highlightRounds);
            String ch = String.valueOf(typed.charAt(i % typed.length()));
            int idx = i;
            keystroke[i] = onFx(() -> {
                long t0 = System.nanoTime();
                area.replaceSelection(ch);
                area.requestFollowCaret();
                insertOnly[idx] = (System.nanoTime() - t0) / 1e6;
                area.getScene().getRoot().applyCss();
                area.getScene().getRoot().layout();
                return (System.nanoTime() - t0) / 1e6;
            });
            waitForRound(editor, rounds);
            long[] cost = onFx(editor::lastHighlightCost);
            refresh[i] = cost[0] / 1e6;
            apply[i] = cost[1] / 1e6;
        }
        System.out.printf("per keystroke, FX thread (insert + listeners + CSS + layout): %s%n", stats(keystroke));
        System.out.printf("  of which the edit itself and its listeners:               %s%n", stats(insertOnly));
        System.out.printf("per highlight round, FX thread, taking the text:              %s%n", stats(refresh));
        System.out.printf("per highlight round, FX thread, restyling the changed window: %s%n", stats(apply));
        worker.shutdownNow();
        Platform.exit();
    }

    private static void waitForRound(MarkdownEditor editor, long after) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(editor::highlightRounds) <= after) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no highlighting round");
            }
            Thread.sleep(5);
        }
    }

    private static String stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        // skip the first few for JIT warm-up in the median/p90 but keep them in max
        return String.format("median %.2f ms, p90 %.2f ms, max %.2f ms", sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1]);
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
