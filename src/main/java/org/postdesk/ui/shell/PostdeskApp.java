package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.postdesk.app.PreferencesSettings;
import org.postdesk.app.StartupBlog;
import org.postdesk.core.blog.IndexCacheFile;
import org.postdesk.ui.common.FxDialogService;
import org.postdesk.ui.common.ShellContext;

/** The composition root of the desktop application: builds the context and the main window. */
public final class PostdeskApp extends Application {

    private PreferencesSettings settings;
    private ShellContext context;

    @Override
    public void start(Stage stage) {
        settings = new PreferencesSettings(Preferences.userRoot().node("org/postdesk/ui"));
        Locale locale = UiLanguage.fromSetting(settings.getString(UiLanguage.SETTING, "")).locale(Locale.getDefault());
        // Once, before any node exists: JavaFX's own texts (dialog buttons, text menus) follow it too.
        Locale.setDefault(locale);
        ResourceBundle messages = ResourceBundle.getBundle(ShellContext.MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        showFirstFrame(stage, messages.getString("app.title"), () -> build(stage, messages));
    }

    /**
     * The window before its contents (docs/decisions/0035): empty, with the remembered size and
     * place and the theme's background, shown as soon as JavaFX runs; {@code build} runs after
     * its first pulse, and the window then takes the built scene. Closed meanwhile: no build.
     */
    private void showFirstFrame(Stage stage, String title, Runnable build) {
        boolean dark = Theme.fromSetting(settings.getString(Theme.SETTING, "")).isDark(System.getenv());
        // AtlantaFX Primer's backgrounds, dark and light (its stylesheet is not read yet)
        Scene scene = new Scene(new Region(), Color.web(dark ? "#0d1117" : "#ffffff"));
        stage.setScene(scene);
        stage.setTitle(title);
        new LayoutMemory(settings).restoreWindow(stage);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                if (stage.isShowing()) {
                    build.run();
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
    }

    /** The window's contents, after its first frame (docs/decisions/0035). */
    private void build(Stage stage, ResourceBundle messages) {
        context = ShellContext.create(settings, messages, this::openInBrowser);
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        StartupBlog startup = new StartupBlog(context.settings(), context, StartupBlog.defaultDocuments(),
                StartupBlog.defaultDataFolder(System.getenv(), os));
        // chosen on the task worker while this thread builds the window (docs/decisions/0035)
        CompletableFuture<StartupBlog.Start> chosen = Shell.choose(context.taskExecutor(), startup,
                getParameters().getRaw());
        Workbench bench = Shell.create(stage, context, window -> new FxDialogService(window, context),
                IndexCacheFile.userCacheRoot(System.getenv(), os, home), Clock.systemDefaultZone());
        bench.tools().applyThemeEverywhere(Application::setUserAgentStylesheet);
        bench.setHugoSampleFolder(startup.hugoSampleFolder()); // File > Open Sample Hugo Site (docs/decisions/0040)
        bench.window().editor().requestFocus();
        Shell.start(bench, chosen);
    }

    /** Links from the preview: web and mail links go to the system browser; nothing else leaves. */
    private void openInBrowser(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            getHostServices().showDocument(url);
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        if (settings != null) {
            settings.flush();
        }
    }
}
