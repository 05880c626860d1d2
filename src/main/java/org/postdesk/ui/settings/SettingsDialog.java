package org.postdesk.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Settings (File > Settings): theme, language (on the next start), editor font and size, soft
 * wrap, the autosave delay (how soon unsaved text goes to the recovery journal), and a button to the blog's image import settings. Blog-specific settings stay in the
 * blog's {@code .postdesk.yml}; these are the user's. Returns the new values on OK.
 */
public final class SettingsDialog extends Dialog<SettingsValues> {

    private static final List<String> THEMES = List.of("system", "light", "dark");
    private static final List<String> LANGUAGES = List.of("system", "en", "zh-CN");

    private final ComboBox<String> theme = new ComboBox<>(FXCollections.observableArrayList(THEMES));
    private final ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(LANGUAGES));
    private final ComboBox<String> font = new ComboBox<>();
    private final Spinner<Double> size = new Spinner<>(8.0, 40.0, 14.0, 1.0);
    private final CheckBox wrap = new CheckBox();
    private final Spinner<Integer> autosave = new Spinner<>(SettingsValues.AUTOSAVE_MIN_SECONDS,
            SettingsValues.AUTOSAVE_MAX_SECONDS, SettingsValues.AUTOSAVE_DEFAULT_SECONDS);

    /**
     * @param families      the font families to offer
     * @param imageSettings opens the blog's image import settings; null when no blog is open
     */
    public SettingsDialog(ResourceBundle text, Window owner, SettingsValues current, List<String> families,
                          Runnable imageSettings) {
        initOwner(owner);
        setTitle(text.getString("settings.title"));
        theme.setId("settingsTheme");
        theme.setConverter(names(text, "settings.theme."));
        theme.setValue(current.theme());
        language.setId("settingsLanguage");
        language.setConverter(names(text, "settings.language."));
        language.setValue(current.language());
        font.setId("settingsFont");
        font.getItems().setAll(families);
        font.setEditable(true);
        font.setValue(current.fontFamily());
        size.setId("settingsFontSize");
        size.getValueFactory().setValue(current.fontSize());
        size.setEditable(true);
        wrap.setId("settingsSoftWrap");
        wrap.setText(text.getString("settings.softWrap"));
        wrap.setSelected(current.softWrap());
        autosave.setId("settingsAutosaveDelay");
        autosave.getValueFactory().setValue(current.autosaveSeconds());
        autosave.setEditable(true);
        autosave.setPrefWidth(90);
        Label autosaveHint = new Label(text.getString("settings.autosave.hint"));
        autosaveHint.getStyleClass().add("hint");
        autosaveHint.setWrapText(true);
        autosaveHint.setMaxWidth(360);
        Button images = new Button(text.getString("settings.images"));
        images.setId("settingsImages");
        images.setDisable(imageSettings == null);
        images.setOnAction(e -> imageSettings.run());
        Label restart = new Label(text.getString("settings.language.restart"));
        restart.getStyleClass().add("hint");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(text.getString("settings.theme")), theme);
        grid.addRow(1, new Label(text.getString("settings.language")), language);
        grid.add(restart, 1, 2);
        grid.addRow(3, new Label(text.getString("settings.font")), font);
        grid.addRow(4, new Label(text.getString("settings.fontSize")), size);
        grid.add(wrap, 1, 5);
        grid.addRow(6, new Label(text.getString("settings.autosave")), autosave);
        grid.add(autosaveHint, 1, 7);
        grid.addRow(8, new Label(text.getString("settings.imagesLabel")), images);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(text.getString("settings.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.getString("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        setResultConverter(button -> button == ok ? values() : null);
    }

    /** The values as the dialog shows them now. */
    public SettingsValues values() {
        String family = font.getEditor().getText();
        return new SettingsValues(theme.getValue(), language.getValue(),
                family == null || family.isBlank() ? font.getValue() : family.strip(),
                size.getValue(), wrap.isSelected(), autosaveSeconds());
    }

    /** The spinner's value, taking text typed into it but not yet committed. */
    private int autosaveSeconds() {
        String typed = autosave.getEditor().getText();
        try {
            return SettingsValues.clampAutosave(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return autosave.getValue();
        }
    }

    public Optional<SettingsValues> ask() {
        return showAndWait();
    }

    private static StringConverter<String> names(ResourceBundle text, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : text.getString(prefix + code);
            }

            @Override
            public String fromString(String name) {
                return name;
            }
        };
    }
}
