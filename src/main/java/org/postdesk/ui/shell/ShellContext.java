package org.postdesk.ui.shell;

import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.postdesk.ui.preview.LinkOpener;

/**
 * What the window needs from outside, injected by the composition root ({@link PostdeskApp}) or
 * a test: settings, UI strings, the Markdown-to-HTML renderer, the browser opener, and the two
 * background workers (highlighting, rendering). Closing it stops the workers.
 */
public record ShellContext(Settings settings, ResourceBundle messages, Function<String, String> renderer,
                           LinkOpener linkOpener, ExecutorService highlightExecutor,
                           ExecutorService renderExecutor) implements AutoCloseable {

    public static final String MESSAGES = "org.postdesk.ui.messages";

    /** A single daemon worker thread with the given name. */
    public static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        highlightExecutor.shutdownNow();
        renderExecutor.shutdownNow();
    }
}
