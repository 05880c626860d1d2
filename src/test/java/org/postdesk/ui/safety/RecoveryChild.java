package org.postdesk.ui.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.postdesk.app.MemorySettings;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;

/**
 * A real Postdesk window in its own JVM, for {@link RecoveryKillTest}: opens {@code args[0]}'s
 * post {@code args[2]}, types {@code args[3]} through the editor, waits until the journal in
 * {@code args[1]} holds it, prints JOURNALED and waits to be killed.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path blog = Path.of(args[0]);
        Path journal = Path.of(args[1]);
        String post = args[2];
        String typed = args[3];
        AtomicReference<Workbench> bench = new AtomicReference<>();
        Platform.startup(() -> {
            ShellContext context = ShellContext.create(new MemorySettings(),
                    ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT), url -> { });
            Workbench b = TestShells.create(new Stage(), context, w -> new ScriptedDialogs(), null,
                    Clock.systemDefaultZone(), new FileSafety(journal, (w, c) -> null, AtomicFiles.CHANNEL));
            b.window().stage().show();
            b.openBlog(blog, post);
            bench.set(b);
        });
        long deadline = System.currentTimeMillis() + 60_000;
        while (!onFx(() -> bench.get() != null && bench.get().openPostNow() != null
                && bench.get().openPostNow().path().equals(post))) {
            check(deadline);
        }
        Platform.runLater(() -> {
            bench.get().window().editor().moveCaret(Integer.MAX_VALUE);
            bench.get().window().editor().insertAtCaret(typed);
        });
        while (!journalHolds(journal, typed)) {
            check(deadline);
        }
        System.out.println("JOURNALED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static boolean journalHolds(Path journal, String typed) throws Exception {
        if (!Files.isDirectory(journal)) {
            return false;
        }
        try (Stream<Path> files = Files.list(journal)) {
            for (Path f : files.toList()) {
                if (f.toString().endsWith(".journal") && Files.readString(f).contains(typed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onFx(BooleanSupplier condition) throws Exception {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(condition.getAsBoolean()));
        return result.get();
    }

    private static void check(long deadline) throws InterruptedException {
        if (System.currentTimeMillis() > deadline) {
            System.out.println("TIMEOUT");
            System.exit(2);
        }
        Thread.sleep(100);
    }
}
