package org.postdesk.ui.shell;

import static org.postdesk.ui.shell.BenchFx.fx;
import static org.postdesk.ui.shell.BenchFx.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.safety.SafetyUiTest;

/**
 * The longest FX-thread stall while opening a large post in the real window: an animation timer
 * records the largest gap between pulses from the click until the body is all in the editor.
 * Not a test (surefire skips *Benchmark); run with the headless flags, e.g.
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ...
 * org.postdesk.ui.shell.LargePostOpenBenchmark 50 1} (sizes in MB).
 */
public final class LargePostOpenBenchmark {

    private LargePostOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Path temp = Files.createTempDirectory("postdesk-bigbench");
        Path blog = SampleBlogCopy.into(temp);
        String[] sizes = args.length > 0 ? args : new String[] {"50", "1"};
        for (String mb : sizes) {
            String path = "_posts/2025-01-0" + mb.length() + "-big-" + mb + ".md";
            Files.writeString(blog.resolve(path), LargePostBody.file("Big " + mb,
                    LargePostBody.body((int) (Double.parseDouble(mb) * 1_000_000))), StandardCharsets.UTF_8);
        }
        ShellContext context = TestShells.context();
        Workbench bench = BenchFx.openWindow(context, temp, blog);
        waitFor(() -> bench.openPostNow() != null, 120);
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT
            for (String mb : sizes) {
                String path = "_posts/2025-01-0" + mb.length() + "-big-" + mb + ".md";
                fx(() -> {
                    bench.selectPost(SafetyUiTest.HIKE);
                    return null;
                });
                waitFor(() -> bench.openPostNow().path().equals(SafetyUiTest.HIKE), 60);
                Thread.sleep(500);
                long[] gap = new long[2];
                AnimationTimer timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        long t = System.nanoTime();
                        if (gap[0] != 0) {
                            gap[1] = Math.max(gap[1], t - gap[0]);
                        }
                        gap[0] = t;
                    }
                };
                long t0 = System.nanoTime();
                fx(() -> {
                    timer.start();
                    bench.selectPost(path);
                    return null;
                });
                waitFor(() -> bench.openPostNow().path().equals(path) && !bench.largePosts().isLoading(), 600);
                long total = System.nanoTime() - t0;
                Thread.sleep(300);
                fx(() -> {
                    timer.stop();
                    return null;
                });
                System.out.printf(Locale.ROOT, "%s%s MB post (%s mode): opened in %.0f ms, longest FX stall %.0f ms%n",
                        round == 0 ? "[warm-up] " : "", mb, fx(() -> bench.largePosts().isLargeNow()) ? "large" : "normal",
                        total / 1e6, gap[1] / 1e6);
            }
        }
        fx(() -> {
            bench.window().stage().hide();
            return null;
        });
        context.close();
        Platform.exit();
    }

}
