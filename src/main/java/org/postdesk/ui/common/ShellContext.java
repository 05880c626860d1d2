package org.postdesk.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.postdesk.app.Settings;
import org.postdesk.app.Texts;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Generators;

/**
 * What the window needs from outside, injected by the composition root
 * ({@code ui.shell.PostdeskApp}) or a test: settings, UI strings, the preview renderer, the
 * browser opener, and the background workers (highlighting, rendering, and file tasks: reading,
 * indexing, learning the blog's habits). Closing it stops the workers. In {@code ui.common}
 * because every feature room reads its strings and workers from it (decision record 0030).
 */
public record ShellContext(Settings settings, ResourceBundle messages, PreviewRenderer renderer,
                           LinkOpener linkOpener, ExecutorService highlightExecutor,
                           ExecutorService renderExecutor, ExecutorService taskExecutor,
                           Function<String, ExecutorService> workers) implements Texts, AutoCloseable {

    public static final String MESSAGES = "org.postdesk.ui.messages";

    /** A context whose features get {@linkplain #idleWorker idle-stopping workers}. */
    public ShellContext(Settings settings, ResourceBundle messages, PreviewRenderer renderer, LinkOpener linkOpener,
                        ExecutorService highlightExecutor, ExecutorService renderExecutor,
                        ExecutorService taskExecutor) {
        this(settings, messages, renderer, linkOpener, highlightExecutor, renderExecutor, taskExecutor,
                ShellContext::idleWorker);
    }

    /** A context with its own three daemon workers. */
    public static ShellContext create(Settings settings, ResourceBundle messages, LinkOpener linkOpener) {
        // a file outside any blog previews with the fallback generator's engines (decision record 0029, step 3)
        Generator fallback = Generators.standard().fallback();
        return new ShellContext(settings, messages,
                new PreviewRenderer(fallback.templatePass(), fallback.markdownFlavour()), linkOpener,
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

    /**
     * A worker of its own for a feature that must not wait behind the task worker (the recovery
     * journal, image imports, search in all posts), made by the injected {@code workers}; the
     * feature stops it when its window closes.
     */
    public ExecutorService newWorker(String name) {
        return workers.apply(name);
    }

    /** A single daemon worker thread with the given name that stops after 30 idle seconds and starts again on demand. */
    public static ExecutorService idleWorker(String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The UI string for {@code key}, a MessageFormat pattern filled with {@code args}. */
    @Override
    public String text(String key, Object... args) {
        String pattern = messages.getString(key);
        return new MessageFormat(pattern, messages.getLocale()).format(args);
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
