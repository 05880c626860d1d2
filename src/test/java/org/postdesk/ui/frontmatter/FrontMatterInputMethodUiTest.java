package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.ui.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Input-method composition in the form fields, driven by the events an IME sends. */
@ExtendWith(ApplicationExtension.class)
class FrontMatterInputMethodUiTest {

    private FrontMatterPane pane;
    private final List<FrontMatterDocument> edits = new ArrayList<>();

    @Start
    void start(Stage stage) {
        FieldHints hints = FrontMatterPaneUiTest.hints();
        pane = new FrontMatterPane(Locale.ENGLISH);
        pane.setDocument(FrontMatterDocument.parse(FrontMatterPaneUiTest.HUX, hints.keyOrder()), hints);
        pane.addEditListener(edits::add);
        stage.setScene(new Scene(pane, 520, 560));
        stage.show();
    }

    static InputMethodEvent composing(String text) {
        List<InputMethodTextRun> runs = List.of(new InputMethodTextRun(text, InputMethodHighlight.UNSELECTED_RAW));
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, runs, "", text.length());
    }

    static InputMethodEvent committing(String text) {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), text, 0);
    }

    private static void fire(Node target, InputMethodEvent event) {
        fxRun(() -> target.fireEvent(event));
    }

    private static String textOf(TextField field) {
        return fx(field::getText);
    }

    private String line(String key) {
        return fx(() -> pane.getDocument().text().lines().filter(l -> l.startsWith(key + ":")).findFirst().orElse(""));
    }

    private TextField caretIn(FxRobot robot, String query, int caret) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        fxRun(() -> field.positionCaret(caret));
        return field;
    }

    @Test
    void aComposedTitleShowsInTheFieldButIsNoEditAndCancellingRestoresIt(FxRobot robot) {
        TextField title = caretIn(robot, "#fm-title", 6);
        fire(title, composing("zhong"));
        assertThat(textOf(title)).as("the composition is visible in the field").isEqualTo("Hello zhong2015");
        assertThat(edits).as("composing publishes nothing").isEmpty();

        fire(title, committing(""));
        assertThat(textOf(title)).isEqualTo("Hello 2015");
        assertThat(edits).isEmpty();
        assertThat(line("title")).isEqualTo("title:      \"Hello 2015\"");
    }

    @Test
    void aCommittedTitleLandsAtTheCaretAsOneEdit(FxRobot robot) {
        TextField title = caretIn(robot, "#fm-title", 6);
        fire(title, composing("zhong"));
        fire(title, composing("zhongwen"));
        fire(title, committing("中文"));
        assertThat(textOf(title)).isEqualTo("Hello 中文2015");
        assertThat(fx(title::getCaretPosition)).isEqualTo(8);
        assertThat(edits).hasSize(1);
        assertThat(line("title")).isEqualTo("title:      \"Hello 中文2015\"");
    }

    @Test
    void theTitleCandidateWindowIsPlacedAtTheField(FxRobot robot) {
        TextField title = caretIn(robot, "#fm-title", 6);
        var location = fx(() -> title.getInputMethodRequests().getTextLocation(0));
        var bounds = fx(() -> title.localToScreen(title.getLayoutBounds()));
        assertThat(location.getX()).isBetween(bounds.getMinX(), bounds.getMaxX());
        assertThat(location.getY()).isBetween(bounds.getMinY(), bounds.getMaxY() + bounds.getHeight());
    }

    @Test
    void aCommittedAuthorLandsAtTheCaretOfTheComboEditor(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> author = robot.lookup("#fm-author").queryAs(ComboBox.class);
        robot.clickOn(author.getEditor());
        TextField editor = author.getEditor();
        fxRun(() -> editor.positionCaret(0));
        fire(editor, composing("huang"));
        assertThat(edits).isEmpty();
        fire(editor, committing("黄"));
        assertThat(textOf(editor)).isEqualTo("黄Hux");
        assertThat(edits).hasSize(1);
        assertThat(line("author")).isEqualTo("author:     \"黄Hux\"");
    }

    @Test
    void anInputMethodTalkingToTheAuthorComboReachesItsEditor(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> author = robot.lookup("#fm-author").queryAs(ComboBox.class);
        robot.clickOn(author.getEditor());
        fxRun(() -> author.getEditor().positionCaret(3));
        fire(author, composing("huang"));
        assertThat(edits).isEmpty();
        fire(author, committing("黄"));
        assertThat(textOf(author.getEditor())).isEqualTo("Hux黄");
        assertThat(line("author")).isEqualTo("author:     \"Hux黄\"");
    }

    @Test
    void aCommittedTagFollowedByAFullWidthCommaBecomesAChip(FxRobot robot) {
        TextField input = caretIn(robot, "#fm-tags-input", 0);
        fire(input, composing("qianduan"));
        assertThat(edits).isEmpty();
        fire(input, committing("前端"));
        assertThat(textOf(input)).isEqualTo("前端");
        fire(input, committing("，"));
        FxTestSupport.waitUntil("the tag is a chip",
                () -> pane.lookupAll("#fm-tags .fm-chip-text").size() == 3);
        assertThat(fx(() -> pane.lookupAll("#fm-tags .fm-chip-text").stream().map(n -> ((Label) n).getText()).toList()))
                .containsExactly("生活", "Meta", "前端");
        assertThat(edits).hasSize(1);
        assertThat(fx(() -> pane.getDocument().text())).contains("    - 前端");
    }
}
