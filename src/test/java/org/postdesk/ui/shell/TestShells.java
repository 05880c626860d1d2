package org.postdesk.ui.shell;

import static org.postdesk.ui.FxTestSupport.fxRun;

import java.util.Locale;
import java.util.ResourceBundle;
import org.postdesk.app.MemorySettings;
import org.postdesk.app.Settings;
import org.postdesk.ui.common.LinkOpener;
import org.postdesk.ui.common.ShellContext;

/** What the window tests share: a context as the app makes it (English messages), and closing the window. */
final class TestShells {
    private TestShells() {
    }

    /** A context with these settings and this browser, English messages. */
    static ShellContext context(Settings settings, LinkOpener browser) {
        return ShellContext.create(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT), browser);
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
