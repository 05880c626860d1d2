package org.postdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Input-method composition in the body editor, driven by the events an IME sends. */
@ExtendWith(ApplicationExtension.class)
class MarkdownEditorInputMethodUiTest {

    private static final String LINE = "第一行\n写 and 读\n第三行";
    /** Between "写 " and "and" on the second line. */
    private static final int MIDDLE = LINE.indexOf("and");

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final AtomicInteger edits = new AtomicInteger();
    private MarkdownEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor(worker);
        stage.setScene(new Scene(new StackPane(editor.node()), 800, 600));
        stage.show();
        area = (CodeArea) stage.getScene().lookup("#" + MarkdownEditor.NODE_ID);
        editor.replaceText(LINE);
        editor.onEdit(edits::incrementAndGet);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    static InputMethodEvent composing(String text) {
        List<InputMethodTextRun> runs = List.of(new InputMethodTextRun(text, InputMethodHighlight.UNSELECTED_RAW));
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, runs, "", text.length());
    }

    static InputMethodEvent committing(String text) {
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), text, 0);
    }

    static InputMethodEvent cancelling() {
        return committing("");
    }

    private void caretAtMiddle(FxRobot robot) {
        robot.clickOn("#editor");
        fxRun(() -> editor.moveCaret(MIDDLE));
    }

    private void fire(InputMethodEvent event) {
        fxRun(() -> area.fireEvent(event));
    }

    private Bounds caretOnScreen() {
        return fx(() -> area.getCaretBounds().orElseThrow());
    }

    /** The composition the author sees, if any window shows one. */
    private Optional<Text> visibleComposition() {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Popup && w.isShowing())
                .map(w -> w.getScene().lookup("#" + InputMethodSupport.COMPOSITION_ID))
                .filter(n -> n instanceof Text t && !t.getText().isEmpty())
                .map(n -> (Text) n)
                .findFirst());
    }

    @Test
    void composedTextIsShownAtTheCaretAndLeavesTheTextAloneUntilCancelled(FxRobot robot) {
        caretAtMiddle(robot);
        Bounds caret = caretOnScreen();
        fire(composing("zh"));
        fire(composing("zhong"));

        Text shown = visibleComposition().orElseThrow(() -> new AssertionError("no composition shown"));
        assertThat(fx(shown::getText)).isEqualTo("zhong");
        Bounds at = fx(() -> shown.localToScreen(shown.getLayoutBounds()));
        assertThat(at.getMinX()).isCloseTo(caret.getMinX(), Offset.offset(2.0));
        assertThat(at.getMinY()).isCloseTo(caret.getMinY(), Offset.offset(caret.getHeight()));
        assertThat(fx(editor::isComposing)).isTrue();
        assertThat(fx(editor::getText)).isEqualTo(LINE);
        assertThat(edits).as("composing is not an edit").hasValue(0);

        fire(cancelling());
        assertThat(visibleComposition()).isEmpty();
        assertThat(fx(editor::getText)).isEqualTo(LINE);
        assertThat(fx(editor::caretPosition)).isEqualTo(MIDDLE);
        assertThat(fx(editor::isUndoAvailable)).isFalse();
        assertThat(edits).hasValue(0);
    }

    @Test
    void committedTextLandsAtTheCaretInTheMiddleOfALine(FxRobot robot) {
        caretAtMiddle(robot);
        fire(composing("zhongwen"));
        fire(committing("中文"));

        assertThat(fx(editor::getText)).isEqualTo("第一行\n写 中文and 读\n第三行");
        assertThat(fx(editor::caretPosition)).isEqualTo(MIDDLE + 2);
        assertThat(visibleComposition()).isEmpty();
        assertThat(edits).as("one edit, at commit").hasValue(1);
    }

    @Test
    void committedTextReplacesTheSelection(FxRobot robot) {
        robot.clickOn("#editor");
        fxRun(() -> area.selectRange(MIDDLE, MIDDLE + 3));
        fire(composing("du"));
        fire(committing("和"));
        assertThat(fx(editor::getText)).isEqualTo("第一行\n写 和 读\n第三行");
    }

    @Test
    void oneUndoRemovesTheCommittedText(FxRobot robot) {
        caretAtMiddle(robot);
        fire(composing("zhong"));
        fire(composing("zhongwen"));
        fire(committing("中文"));
        assertThat(fx(editor::getText)).isEqualTo("第一行\n写 中文and 读\n第三行");
        fxRun(editor::undo);
        assertThat(fx(editor::getText)).isEqualTo(LINE);
        assertThat(fx(editor::isUndoAvailable)).isFalse();
    }

    @Test
    void twoCommitsInARowAreTwoUndoSteps(FxRobot robot) {
        caretAtMiddle(robot);
        fire(committing("中"));
        fire(committing("文"));
        fxRun(editor::undo);
        assertThat(fx(editor::getText)).isEqualTo("第一行\n写 中and 读\n第三行");
    }

    @Test
    void theCandidateWindowIsPlacedAtTheCaret(FxRobot robot) {
        caretAtMiddle(robot);
        Bounds caret = caretOnScreen();
        Point2D location = fx(() -> area.getInputMethodRequests().getTextLocation(0));
        double lineHeight = caret.getHeight();
        assertThat(location.getX()).isBetween(caret.getMinX() - lineHeight, caret.getMaxX() + lineHeight);
        assertThat(location.getY()).isBetween(caret.getMinY(), caret.getMaxY() + lineHeight);

        // later in the composition the window follows the composed characters
        fire(composing("zhongwen"));
        Point2D later = fx(() -> area.getInputMethodRequests().getTextLocation(5));
        assertThat(later.getX()).isGreaterThan(location.getX());
        assertThat(later.getY()).isEqualTo(location.getY());
    }

    @Test
    void theCandidateWindowMovesWithTheCaret(FxRobot robot) {
        robot.clickOn("#editor");
        fxRun(() -> editor.moveCaret(0));
        Point2D first = fx(() -> area.getInputMethodRequests().getTextLocation(0));
        fxRun(() -> editor.moveCaret(LINE.lastIndexOf('\n') + 1));
        Point2D third = fx(() -> area.getInputMethodRequests().getTextLocation(0));
        assertThat(third.getY()).isGreaterThan(first.getY());
    }

    @Test
    void theInputMethodSeesTheSelectionAndCanTakeBackItsLastCommit(FxRobot robot) {
        robot.clickOn("#editor");
        fxRun(() -> area.selectRange(MIDDLE, MIDDLE + 3));
        assertThat(fx(() -> area.getInputMethodRequests().getSelectedText())).isEqualTo("and");

        fxRun(() -> editor.moveCaret(MIDDLE));
        fire(committing("中文"));
        fxRun(() -> area.getInputMethodRequests().cancelLatestCommittedText());
        assertThat(fx(editor::getText)).isEqualTo(LINE);
    }

    @Test
    void aReadOnlyPostTakesNoInput(FxRobot robot) {
        fxRun(() -> editor.editableProperty().set(false));
        caretAtMiddle(robot);
        fire(composing("zhong"));
        assertThat(visibleComposition()).isEmpty();
        fire(committing("中文"));
        assertThat(fx(editor::getText)).isEqualTo(LINE);
    }

    @Test
    void openingAnotherPostEndsTheComposition(FxRobot robot) {
        caretAtMiddle(robot);
        fire(composing("zhong"));
        assertThat(visibleComposition()).isPresent();
        fxRun(() -> editor.replaceText("另一篇"));
        assertThat(visibleComposition()).isEmpty();
        assertThat(fx(editor::isComposing)).isFalse();
    }
}
