package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.safety.FileSafety;
import org.postdesk.ui.safety.SafetyUiTest;

/** What the window benchmarks share: run on the FX thread and wait, poll until a condition holds. */
final class BenchFx {
    private BenchFx() {
    }

    static void waitFor(Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    /**
     * The real window, 1200 x 800, with its own journal under {@code temp}, showing {@code blog}
     * with the sample post open; the caller waits for what it measures.
     */
    static Workbench openWindow(ShellContext context, Path temp, Path blog) throws Exception {
        return fx(() -> {
            Workbench b = Shell.create(new Stage(), context, w -> new ScriptedDialogs(), temp.resolve("cache"),
                    Clock.systemDefaultZone(), new FileSafety(temp.resolve("journal"), (w, c) -> new SafetyUiTest.Answers(),
                            AtomicFiles.CHANNEL));
            b.window().stage().setWidth(1200);
            b.window().stage().setHeight(800);
            b.window().stage().show();
            b.openBlog(blog, SafetyUiTest.HIKE);
            return b;
        });
    }
}
