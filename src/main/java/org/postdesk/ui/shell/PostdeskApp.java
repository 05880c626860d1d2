package org.postdesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;
import javafx.application.Application;
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
        context = ShellContext.create(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), this::openInBrowser);
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        Workbench bench = Shell.create(stage, context, window -> new FxDialogService(window, context),
                IndexCacheFile.userCacheRoot(System.getenv(), os, home), Clock.systemDefaultZone());
        bench.tools().applyThemeEverywhere(Application::setUserAgentStylesheet);
        stage.show();
        bench.window().editor().requestFocus();
        StartupBlog startup = new StartupBlog(context.settings(), context, StartupBlog.defaultDocuments(),
                StartupBlog.defaultDataFolder(System.getenv(), os));
        Shell.start(bench, startup, getParameters().getRaw());
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
