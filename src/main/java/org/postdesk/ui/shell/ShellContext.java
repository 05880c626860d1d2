package org.postdesk.ui.shell;

import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.postdesk.app.Settings;
import org.postdesk.app.Texts;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.ui.preview.LinkOpener;

/**
 * What the window needs from outside, injected by the composition root ({@link PostdeskApp}) or
 * a test: settings, UI strings, the preview renderer, the browser opener, and the background
 * workers (highlighting, rendering, and file tasks: reading, indexing, learning the blog's
 * habits). Closing it stops the workers.
 */
public record ShellContext(Settings settings, ResourceBundle messages, PreviewRenderer renderer,
                           LinkOpener linkOpener, ExecutorService highlightExecutor,
                           ExecutorService renderExecutor, ExecutorService taskExecutor) implements Texts, AutoCloseable {

    public static final String MESSAGES = "org.postdesk.ui.messages";

    /** A context with its own three daemon workers. */
    public static ShellContext create(Settings settings, ResourceBundle messages, LinkOpener linkOpener) {
        return new ShellContext(settings, messages, new PreviewRenderer(), linkOpener,
                worker("postdesk-highlight"), worker("postdesk-render"), worker("postdesk-tasks"));
    }

    /** A single daemon worker thread with the given name. */
    public static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The UI string for {@code key}, a MessageFormat pattern filled with {@code args}. */
    @Override
    public String text(String key, Object... args) {
        String pattern = messages.getString(key);
        return new java.text.MessageFormat(pattern, messages.getLocale()).format(args);
    }

    /**
     * The feature bundle {@code baseName} in the window's language. English is the base bundle;
     * the JVM's default locale is never a fallback, so the chosen language wins everywhere.
     */
    public ResourceBundle bundle(String baseName) {
        return ResourceBundle.getBundle(baseName, messages.getLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public void close() {
        highlightExecutor.shutdownNow();
        renderExecutor.shutdownNow();
        taskExecutor.shutdownNow();
    }
}
