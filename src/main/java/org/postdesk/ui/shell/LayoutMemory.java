package org.postdesk.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.postdesk.app.Settings;

/** Restores and stores the window's size, position and split positions through {@link Settings}. */
final class LayoutMemory {

    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String MAXIMIZED = "window.maximized";
    static final String MAIN_SPLIT = "split.main.";
    static final String MIDDLE_SPLIT = "split.middle.";
    /** List | form and editor | preview: the middle, where the author writes, the widest (decision 0034). */
    static final double[] MAIN_DEFAULT = {0.21, 0.66};
    /** Form above the editor: the editor gets most of the height. */
    static final double[] MIDDLE_DEFAULT = {0.3};
    /** Below these the columns stop giving way: the dates of the list, a line of text, a readable preview. */
    static final double LIST_MIN_WIDTH = 220;
    static final double MIDDLE_MIN_WIDTH = 440;
    static final double PREVIEW_MIN_WIDTH = 260;

    private final Settings settings;

    LayoutMemory(Settings settings) {
        this.settings = settings;
    }

    void restoreWindow(Stage stage) {
        stage.setWidth(settings.getDouble(WIDTH, 1280));
        stage.setHeight(settings.getDouble(HEIGHT, 800));
        double x = settings.getDouble(X, Double.NaN);
        double y = settings.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isOnSomeScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean(MAXIMIZED, false));
    }

    void storeWindow(Stage stage) {
        settings.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.putDouble(WIDTH, stage.getWidth());
            settings.putDouble(HEIGHT, stage.getHeight());
            settings.putDouble(X, stage.getX());
            settings.putDouble(Y, stage.getY());
        }
    }

    double[] dividers(String prefix, double[] defaults) {
        double[] positions = new double[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            double value = settings.getDouble(prefix + i, defaults[i]);
            if (!(value > 0 && value < 1) || i > 0 && value <= positions[i - 1]) {
                return defaults.clone(); // out of range or out of order: not a split anyone chose
            }
            positions[i] = value;
        }
        return positions;
    }

    void storeDividers(String prefix, double[] positions) {
        for (int i = 0; i < positions.length; i++) {
            settings.putDouble(prefix + i, positions[i]);
        }
    }

    void storeDividers(String prefix, SplitPane split) {
        storeDividers(prefix, split.getDividerPositions());
    }

    private static boolean isOnSomeScreen(double x, double y) {
        return Screen.getScreens().stream()
                .map(Screen::getVisualBounds)
                .anyMatch((Rectangle2D bounds) -> bounds.contains(x + 40, y + 20));
    }
}
