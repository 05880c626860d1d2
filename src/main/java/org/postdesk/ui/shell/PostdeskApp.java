package org.postdesk.ui.shell;

import java.util.ResourceBundle;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/** The composition root of the desktop application: builds the context and the main window. */
public final class PostdeskApp extends Application {

    private PreferencesSettings settings;
    private ShellContext context;

    @Override
    public void start(Stage stage) {
        settings = new PreferencesSettings(Preferences.userRoot().node("org/postdesk/ui"));
        context = new ShellContext(settings, ResourceBundle.getBundle(ShellContext.MESSAGES),
                new PlainTextRenderer(), url -> getHostServices().showDocument(url),
                ShellContext.worker("postdesk-highlight"), ShellContext.worker("postdesk-render"));
        MainWindow window = new MainWindow(stage, context);
        stage.show();
        window.editor().requestFocus();
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
