package org.postdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The autosave delay in the Settings dialog: shown, typed, returned on OK, kept in range. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogUiTest extends FxRobot {

    private Stage owner;
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            interact(() -> dialog.close());
        }
    }

    private void open(Locale locale, int autosave) {
        ResourceBundle text = ResourceBundle.getBundle("org.postdesk.ui.settings.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        interact(() -> {
            dialog = new SettingsDialog(text, owner,
                    new SettingsValues("system", "system", "Monospaced", 14, true, autosave), List.of("Monospaced"),
                    null);
            dialog.show();
        });
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> spinner() {
        return lookup("#settingsAutosaveDelay").queryAs(Spinner.class);
    }

    @Test
    void theDelayIsShownAndATypedOneIsReturnedOnOk() {
        open(Locale.ROOT, 2);
        assertThat(fx(() -> spinner().getValue())).isEqualTo(2);
        assertThat(lookup("Autosave delay (seconds)").tryQuery()).isPresent();

        clickOn(spinner().getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("7");
        Button ok = fx(() -> (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes()
                .stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        clickOn(ok);
        waitUntil("the dialog closed", () -> !dialog.isShowing());
        assertThat(dialog.getResult().autosaveSeconds()).isEqualTo(7);
    }

    @Test
    void theChineseDialogNamesTheDelayAndOutOfRangeValuesAreClamped() {
        open(Locale.SIMPLIFIED_CHINESE, 1);
        assertThat(lookup("自动保存延迟（秒）").tryQuery()).isPresent();
        interact(() -> spinner().getEditor().setText("60"));
        assertThat(fx(() -> dialog.values().autosaveSeconds())).isEqualTo(SettingsValues.AUTOSAVE_MAX_SECONDS);
        interact(() -> spinner().getEditor().setText("0"));
        assertThat(fx(() -> dialog.values().autosaveSeconds())).isEqualTo(SettingsValues.AUTOSAVE_MIN_SECONDS);
        assertThat(new SettingsValues("system", "system", "x", 14, true, 99).autosaveSeconds()).isEqualTo(10);
    }
}
