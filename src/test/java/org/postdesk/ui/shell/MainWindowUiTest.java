package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.ui.common.ShellContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private final MemorySettings settings = new MemorySettings();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private ShellContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = newContext();
        window = new MainWindow(stage, context);
        stage.show();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void theWindowHasItsFourAreas(FxRobot robot) {
        for (String id : List.of("#postList", "#frontMatter", "#editor", "#preview", "#menuBar")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
    }

    @Test
    void typingIsHighlightedAndReachesThePreview(FxRobot robot) {
        waitUntil("the preview page is ready", () -> window.preview().readyProperty().get());
        robot.clickOn("#editor").write("写作 **Postdesk** <b>x</b>");

        CodeArea area = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil("the strong text is styled", () -> area.getStyleOfChar(4).contains("md-strong"));
        waitUntil("the preview shows the new text, rendered", () -> window.preview().renderedText().contains("写作 Postdesk"));
        assertThat(fx(() -> window.preview().executeScript("document.querySelectorAll('#pd-content strong').length")))
                .as("the Markdown became markup").isEqualTo(1);
    }

    @Test
    void openingATextRendersItWithoutWaiting() {
        fxRun(() -> window.openText("第一段\n\n第二段"));
        waitUntil("the preview shows both paragraphs", () -> window.preview().renderedText().contains("第二段"));
        assertThat(fx(() -> window.editor().isUndoAvailable())).isFalse();
    }

    @Test
    void thePreviewCanBeHiddenAndShownAgainWithItsWidth(FxRobot robot) {
        SplitPane columns = robot.lookup("#columns").queryAs(SplitPane.class);
        fxRun(() -> columns.setDividerPositions(0.2, 0.6)); // the middle column keeps its minimum width
        double before = fx(() -> columns.getDividerPositions()[1]);

        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.P);
        assertThat(fx(() -> columns.getItems().contains(window.preview()))).isFalse();
        assertThat(robot.lookup("#preview").tryQuery()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.P);
        assertThat(fx(() -> columns.getItems().contains(window.preview()))).isTrue();
        assertThat(fx(() -> columns.getDividerPositions()[1])).isCloseTo(before, within(0.02));
    }

    @Test
    void aNewWindowRestoresSizeSplitsAndToggles(FxRobot robot) {
        SplitPane columns = robot.lookup("#columns").queryAs(SplitPane.class);
        fxRun(() -> {
            window.stage().setWidth(1000);
            window.stage().setHeight(700);
            columns.setDividerPositions(0.23, 0.72); // every column above its minimum width at 1000 px
            window.editor().wrapTextProperty().set(false);
            window.previewShownProperty().set(false);
            window.stage().close();
        });

        MainWindow second = fx(() -> {
            MainWindow w = new MainWindow(new Stage(), context);
            w.stage().show();
            return w;
        });
        try {
            assertThat(fx(() -> second.stage().getWidth())).isEqualTo(1000);
            assertThat(fx(() -> second.stage().getHeight())).isEqualTo(700);
            assertThat(fx(() -> second.editor().wrapTextProperty().get())).isFalse();
            assertThat(fx(() -> second.previewShownProperty().get())).isFalse();
            fxRun(() -> second.previewShownProperty().set(true));
            SplitPane secondColumns = (SplitPane) fx(() -> second.stage().getScene().lookup("#columns"));
            double[] positions = fx(secondColumns::getDividerPositions);
            assertThat(positions[0]).isCloseTo(0.23, within(0.02));
            assertThat(positions[1]).isCloseTo(0.72, within(0.02));
        } finally {
            fxRun(() -> second.stage().close());
        }
    }

    @Test
    void uiStringsComeInEnglishAndChinese() {
        ResourceBundle zh = ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT);
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(zh.getString("menu.view.preview")).isEqualTo("显示预览(_P)");
    }

    private ShellContext newContext() {
        return ShellContext.create(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT), opened::add);
    }
}
