package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The form and the raw text for a Hugo post's TOML and a JSON object (docs/decisions/0037). */
@ExtendWith(ApplicationExtension.class)
class FrontMatterDataFormsUiTest {
    static final List<FrontMatterFormat> HUGO = List.of(FrontMatterFormat.TOML_PLUSES,
            FrontMatterFormat.YAML_DASHES, FrontMatterFormat.JSON_OBJECT);
    static final String TOML = """
            title = "Hello 2015"
            draft = true
            tags = ["生活", "Meta"]

            [params]
              author = "me"
            """;

    private FrontMatterPane pane;
    private final List<FrontMatterDocument> edits = new ArrayList<>();

    static FrontMatterDocument of(String file) {
        return FrontMatterDocument.of(PostDocument.parse(file.getBytes(StandardCharsets.UTF_8), HUGO));
    }

    @Start
    void start(Stage stage) {
        pane = new FrontMatterPane(Locale.ENGLISH);
        pane.setDocument(of("+++\n" + TOML + "+++\nBody\n"), FrontMatterPaneUiTest.hints());
        pane.addEditListener(edits::add);
        stage.setScene(new Scene(pane, 520, 560));
        stage.show();
    }

    @Test
    void tomlFieldsShowAndATitleEditChangesOnlyItsLine(FxRobot robot) {
        assertThat(robot.lookup("#fm-title").queryAs(TextField.class).getText()).isEqualTo("Hello 2015");
        assertThat(robot.lookup("#fm-draft").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#fm-tags .fm-chip-text").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("生活", "Meta");
        robot.clickOn("#fm-title").push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Bye \"2015\"");
        assertThat(pane.getDocument().text()).isEqualTo(TOML.replace("\"Hello 2015\"", "\"Bye \\\"2015\\\"\""));
        robot.clickOn("#fm-draft");
        assertThat(pane.getDocument().text()).contains("draft = false\n").contains("[params]\n  author = \"me\"\n");
        assertThat(edits).isNotEmpty();
    }

    @Test
    void theRawTextIsTomlAndABreakIsASentence(FxRobot robot) throws Exception {
        ToggleButton toggle = robot.lookup("#fm-yaml-toggle").queryAs(ToggleButton.class);
        assertThat(toggle.getText()).isEqualTo("TOML");
        assertThat(toggle.getTooltip().getText()).isEqualTo("Edit the front matter as TOML text");
        robot.clickOn(toggle);
        TextArea raw = robot.lookup("#fm-yaml").queryAs(TextArea.class);
        assertThat(raw.getText()).isEqualTo(TOML);
        robot.clickOn(raw).push(KeyCode.CONTROL, KeyCode.END);
        robot.write("broken = [");
        Label problem = robot.lookup("#fm-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problem.isVisible() && !pane.getDocument().isValid());
        assertThat(problem.getText()).startsWith("Line 7,").contains("The TOML does not parse here")
                .endsWith("The form is off until the TOML parses again; your text is kept exactly as typed.")
                .doesNotContain("Exception");
        assertThat(robot.lookup("#fm-title").queryAs(Node.class).isDisabled()).isTrue();
        robot.write("]");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getDocument().isValid());
        assertThat(pane.getDocument().format()).isEqualTo(FrontMatterFormat.TOML_PLUSES);
        // typed after [params], the key belongs to that table, as TOML says
        assertThat(robot.lookup("#fm-broken").tryQuery()).isEmpty();
        assertThat(((java.util.Map<?, ?>) pane.getDocument().toPageMap().get("params")).containsKey("broken")).isTrue();
    }

    @Test
    void aJsonObjectShowsItsFieldsAndSaysJson(FxRobot robot) {
        robot.interact(() -> pane.setDocument(of("{\n  \"title\": \"JSON 标题\",\n  \"draft\": false\n}\nBody\n"),
                FrontMatterPaneUiTest.hints()));
        assertThat(robot.lookup("#fm-yaml-toggle").queryAs(ToggleButton.class).getText()).isEqualTo("JSON");
        assertThat(robot.lookup("#fm-title").queryAs(TextField.class).getText()).isEqualTo("JSON 标题");
        robot.clickOn("#fm-draft");
        assertThat(pane.getDocument().text()).isEqualTo("{\n  \"title\": \"JSON 标题\",\n  \"draft\": true\n}");
    }
}
