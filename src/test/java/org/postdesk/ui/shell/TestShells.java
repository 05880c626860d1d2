package org.postdesk.ui.shell;

import static org.postdesk.ui.FxTestSupport.fxRun;

import java.util.Locale;
import java.util.ResourceBundle;
import org.postdesk.app.MemorySettings;
import org.postdesk.app.Settings;
import org.postdesk.ui.preview.LinkOpener;

/** What the window tests share: a context as the app makes it (English messages), and closing the window. */
final class TestShells {
    private TestShells() {
    }

    /** A context with these settings and this browser, English messages. */
    static ShellContext context(Settings settings, LinkOpener browser) {
        return ShellContext.create(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT), browser);
    }

    /** A context with these settings and messages in {@code locale} (no fallback to the base bundle, as the app does). */
    static ShellContext context(Settings settings, Locale locale) {
        return ShellContext.create(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), url -> { });
    }

    /** A context with settings in memory and no browser. */
    static ShellContext context() {
        return context(new MemorySettings(), url -> { });
    }

    /** Hides the window and stops the context's workers. */
    static void close(Workbench bench, ShellContext context) {
        fxRun(() -> bench.window().stage().hide());
        context.close();
    }
}
