package org.postdesk.ui.shell;

import static org.postdesk.ui.FxTestSupport.fxRun;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.postdesk.app.MemorySettings;
import org.postdesk.app.Settings;
import org.postdesk.ui.common.DialogService;
import org.postdesk.ui.common.LinkOpener;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.PostHooks;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.images.ImagesFeature;
import org.postdesk.ui.safety.FileSafety;

/** What the window tests share (also those of the feature rooms, decision record 0030): a context as the app makes it (English messages), and closing the window. */
public final class TestShells {
    private TestShells() {
    }

    /** A context with these settings and this browser, English messages. */
    public static ShellContext context(Settings settings, LinkOpener browser) {
        return ShellContext.create(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT), browser);
    }

    /** A context with these settings and messages in {@code locale} (no fallback to the base bundle, as the app does). */
    static ShellContext context(Settings settings, Locale locale) {
        return ShellContext.create(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), url -> { });
    }

    /** A context with settings in memory and no browser. */
    public static ShellContext context() {
        return context(new MemorySettings(), url -> { });
    }

    /** Hides the window and stops the context's workers. */
    public static void close(Workbench bench, ShellContext context) {
        fxRun(() -> bench.window().stage().hide());
        context.close();
    }

    /** The window as {@link Shell#create} builds it, with the journal folder, file questions and write path given. */
    public static Workbench create(Stage stage, ShellContext context, Function<Window, DialogService> dialogs,
                                   Path cacheRoot, Clock clock, FileSafety safety) {
        return Shell.create(stage, context, dialogs, cacheRoot, clock, safety);
    }

    /** The installed feature of this class (the wiring keeps the features in its hooks). */
    public static <T extends PostHooks> T hook(Workbench bench, Class<T> feature) {
        return bench.hooks.find(feature);
    }

    /** The images feature the wiring made. */
    public static ImagesFeature images(Workbench bench) {
        return bench.images();
    }

    /** The window's notification bar. */
    public static NotificationBar notifications(Workbench bench) {
        return bench.window().notifications();
    }
}
