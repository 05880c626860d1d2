package org.postdesk.ui.shell;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.postdesk.app.Settings;

/**
 * The window before its contents (docs/decisions/0035): an empty window with the remembered
 * size and place and the theme's background, shown as soon as JavaFX runs, so the person who
 * started Postdesk sees it at once; the editor, the preview (WebKit) and the rest are built
 * after that frame's pulse, and the window then takes their scene.
 */
final class FirstFrame {

    /** AtlantaFX Primer's background colours, light and dark (the stylesheet is not read yet). */
    private static final Color LIGHT = Color.web("#ffffff");
    private static final Color DARK = Color.web("#0d1117");

    private FirstFrame() {
    }

    /** Shows the empty window on {@code stage}, then runs {@code build} on the FX thread after its first pulse. */
    static void show(Stage stage, Settings settings, Map<String, String> environment, String title, Runnable build) {
        boolean dark = Theme.fromSetting(settings.getString(Theme.SETTING, "")).isDark(environment);
        Scene scene = new Scene(new Region(), dark ? DARK : LIGHT);
        stage.setScene(scene);
        stage.setTitle(title);
        new LayoutMemory(settings).restoreWindow(stage);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                if (stage.isShowing()) { // closed meanwhile: nothing to build
                    build.run();
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
    }
}
