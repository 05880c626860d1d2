package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An edit the core refuses leaves the file as it was; the control that made it must then show the
 * file's value again (never a value the file does not have) and the author reads why.
 */
@ExtendWith(ApplicationExtension.class)
class FrontMatterRefusalUiTest {

    /** Keys written in YAML's explicit form ({@code ? key}): the writer cannot replace their values alone. */
    static final String EXPLICIT_KEYS = """
            title: A
            ? catalog
            : true
            ? layout
            : post
            tags:
              - Meta
            """;

    private FrontMatterPane pane;
    private final List<FrontMatterDocument> edits = new ArrayList<>();

    @Start
    void start(Stage stage) {
        pane = new FrontMatterPane(Locale.ENGLISH);
        pane.setDocument(FrontMatterDocument.parse(EXPLICIT_KEYS, FrontMatterPaneUiTest.hints().keyOrder()),
                FrontMatterPaneUiTest.hints());
        pane.addEditListener(edits::add);
        stage.setScene(new Scene(pane, 520, 560));
        stage.show();
    }

    private Label problem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#fm-problem").queryAs(Label.class);
    }

    private void assertRefusedAndUntouched(FxRobot robot) {
        assertThat(pane.getDocument().text()).isEqualTo(EXPLICIT_KEYS);
        assertThat(edits).isEmpty();
        Label problem = problem(robot);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("did not change").doesNotContain("Exception");
    }

    private List<String> chips(FxRobot robot) {
        return robot.lookup("#fm-tags .fm-chip-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void aRefusedCheckBoxGoesBackToTheFilesValueAndSaysWhy(FxRobot robot) {
        CheckBox box = robot.lookup("#fm-catalog").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isTrue();
        robot.clickOn("#fm-catalog");
        assertRefusedAndUntouched(robot);
        assertThat(box.isSelected()).as("the file still says true").isTrue();
        robot.clickOn("#fm-catalog");
        assertThat(box.isSelected()).as("a second click is refused the same way").isTrue();
        assertThat(pane.getDocument().text()).isEqualTo(EXPLICIT_KEYS);
    }

    @Test
    void aRefusedLayoutChoiceGoesBackToTheFilesValueAndSaysWhy(FxRobot robot) {
        robot.clickOn("#fm-layout").clickOn("page");
        assertRefusedAndUntouched(robot);
        assertThat(robot.lookup("#fm-layout").queryAs(ComboBox.class).getValue()).isEqualTo("post");
    }

    @Test
    void aRefusedTagIsNotShownAsAChipAndTheAuthorReadsWhy(FxRobot robot) {
        TextField input = robot.lookup("#fm-tags-input").queryAs(TextField.class);
        robot.interact(() -> {
            input.setText("broken \uD800");
            input.fireEvent(new ActionEvent());
        });
        assertRefusedAndUntouched(robot);
        assertThat(problem(robot).getText()).contains("broken character");
        assertThat(chips(robot)).as("the file's tags, nothing more").containsExactly("Meta");
        robot.clickOn("#fm-tags-input").write("Jekyll").push(KeyCode.ENTER);
        assertThat(chips(robot)).containsExactly("Meta", "Jekyll");
        assertThat(pane.getDocument().text()).contains("  - Meta\n  - Jekyll\n");
        assertThat(problem(robot).isVisible()).as("the next accepted edit clears the sentence").isFalse();
    }
}
