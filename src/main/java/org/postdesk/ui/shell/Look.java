package org.postdesk.ui.shell;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.postdesk.app.Settings;
import org.postdesk.ui.editor.FontChoice;
import org.postdesk.ui.editor.MarkdownEditor;

/**
 * Theme and editor font, from the user's settings: the scene's user-agent stylesheet
 * (AtlantaFX Primer light or dark), the preview's dark class, the editor's family and size.
 * The CJK-capable UI font stays, because the window's author stylesheet (see
 * {@link MainWindow#uiFontStylesheet()}) wins over the theme's font. FX thread.
 */
final class Look {

    static final String FONT_FAMILY = "editor.fontFamily";
    static final String FONT_SIZE = "editor.fontSize";
    static final double DEFAULT_SIZE = 14.5;

    private final MainWindow window;
    private final Settings settings;
    private final MarkdownEditor editor;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private Consumer<String> everywhere = css -> { };

    Look(MainWindow window, Settings settings, Map<String, String> environment) {
        this.window = window;
        this.settings = settings;
        this.editor = window.editor();
        String look = Look.class.getResource("look.css").toExternalForm();
        window.stage().getScene().getStylesheets().add(look);
        dark.set(Theme.fromSetting(settings.getString(Theme.SETTING, "")).isDark(environment));
        dark.addListener((obs, was, now) -> {
            settings.putString(Theme.SETTING, now ? Theme.DARK.code() : Theme.LIGHT.code());
            applyTheme();
        });
        applyTheme();
        applyFont(fontFamily(), fontSize());
    }

    /** Also applies the theme to every other window (dialogs): the app passes Application::setUserAgentStylesheet. */
    void applyEverywhere(Consumer<String> setUserAgentStylesheet) {
        this.everywhere = setUserAgentStylesheet;
        applyTheme();
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    /** Applies a theme choice from Settings (system, light or dark) and remembers it. */
    void chooseTheme(Theme theme, Map<String, String> environment) {
        dark.set(theme.isDark(environment));
        settings.putString(Theme.SETTING, theme.code());
    }

    String fontFamily() {
        return settings.getString(FONT_FAMILY,
                FontChoice.firstInstalled(FontChoice.EDITOR_FAMILIES, Font.getFamilies(), "Monospaced"));
    }

    double fontSize() {
        return settings.getDouble(FONT_SIZE, DEFAULT_SIZE);
    }

    void chooseFont(String family, double size) {
        settings.putString(FONT_FAMILY, family);
        settings.putDouble(FONT_SIZE, size);
        applyFont(family, size);
    }

    private void applyFont(String family, double size) {
        editor.setTextStyle("-fx-font-family: \"" + family.replace("\"", "") + "\"; -fx-font-size: " + size + "px;");
    }

    private void applyTheme() {
        String css = Theme.stylesheet(dark.get());
        Scene scene = window.stage().getScene();
        scene.setUserAgentStylesheet(css);
        everywhere.accept(css);
        scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        scene.getRoot().getStyleClass().add(dark.get() ? "theme-dark" : "theme-light");
        window.preview().setDark(dark.get());
        String editorDark = Look.class.getResource("editor-dark.css").toExternalForm();
        editor.textStylesheets().remove(editorDark);
        String formDark = Look.class.getResource("front-matter-dark.css").toExternalForm();
        window.frontMatter().getStylesheets().remove(formDark);
        if (dark.get()) {
            editor.textStylesheets().add(editorDark);
            window.frontMatter().getStylesheets().add(formDark);
        }
    }
}
