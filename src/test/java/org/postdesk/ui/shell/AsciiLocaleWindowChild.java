package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.postdesk.Utf8Relaunch;
import org.postdesk.app.MemorySettings;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.safety.FileSafety;

/**
 * The window started as the jar's Main starts it, in its own JVM, for {@link AsciiLocaleWindowTest}:
 * first the relaunch under a UTF-8 locale when needed, then a window on blog {@code args[0]} with
 * post {@code args[1]}; prints {@code OPENED}, whether the editor takes typing, and the editor's
 * text once the post is open, or {@code REFUSED} and the window's sentence.
 */
public final class AsciiLocaleWindowChild {

    private AsciiLocaleWindowChild() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt relaunched = Utf8Relaunch.runIfNeeded();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        Path blog = Path.of(args[0]);
        String post = args[1];
        AtomicReference<Workbench> bench = new AtomicReference<>();
        Platform.startup(() -> {
            ShellContext context = ShellContext.create(new MemorySettings(),
                    ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT), url -> { });
            Workbench b = TestShells.create(new Stage(), context, w -> new ScriptedDialogs(), null,
                    Clock.systemDefaultZone(), new FileSafety(Path.of(args[2]), (w, c) -> null, AtomicFiles.CHANNEL));
            b.window().stage().show();
            b.openBlog(blog, post);
            bench.set(b);
        });
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            String line = onFx(() -> {
                Workbench b = bench.get();
                if (b == null) {
                    return null;
                }
                if (b.openPostNow() != null && b.openPostNow().path().equals(post) && b.window().editor().length() > 0) {
                    return "OPENED editable=" + b.window().editor().isEditable() + " text=" + b.window().editor().text();
                }
                String sentence = b.window().notifications().sentence();
                return sentence == null || sentence.isEmpty() ? null : "REFUSED " + sentence;
            });
            if (line != null) {
                System.out.println(line);
                System.out.flush();
                System.exit(0);
            }
            Thread.sleep(100);
        }
        System.out.println("TIMEOUT");
        System.exit(2);
    }

    private static <T> T onFx(Supplier<T> question) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(question.get()));
        return result.get();
    }
}
