package org.postdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MarkdownEditorUiTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private MarkdownEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor(worker);
        stage.setScene(new Scene(new StackPane(editor.node()), 800, 600));
        stage.show();
        area = (CodeArea) stage.getScene().lookup("#" + MarkdownEditor.NODE_ID);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void typedMarkdownIsHighlightedAfterAShortPause(FxRobot robot) {
        robot.clickOn("#editor").write("# 标题").push(KeyCode.ENTER).write("正文 **加粗** 和 `code`");
        String text = fx(editor::getText);
        assertThat(text).isEqualTo("# 标题\n正文 **加粗** 和 `code`");
        waitUntil("the heading is styled", () -> classesAt(text.indexOf("标题")).contains("md-heading"));
        waitUntil("the strong text is styled", () -> classesAt(text.indexOf("加粗")).contains("md-strong"));
        // a pass may have run before the closing backtick was typed: wait for the last one
        waitUntil("the code span is styled", () -> classesAt(text.indexOf("code")).contains("md-code"));
        assertThat(fx(() -> classesAt(text.indexOf("正文")))).isEmpty();
    }

    @Test
    void ctrlBWrapsTheSelectionAndOneUndoRestoresIt(FxRobot robot) {
        robot.clickOn("#editor").write("hello world");
        fxRun(() -> area.selectRange(6, 11));
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertThat(fx(editor::getText)).isEqualTo("hello **world**");
        assertThat(fx(area::getSelectedText)).isEqualTo("world");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(fx(editor::getText)).isEqualTo("hello world");
    }

    @Test
    void ctrlBWithoutSelectionPutsTheCaretBetweenTheMarkers(FxRobot robot) {
        robot.clickOn("#editor").write("a ");
        robot.push(KeyCode.CONTROL, KeyCode.B).write("b");
        assertThat(fx(editor::getText)).isEqualTo("a **b**");
    }

    @Test
    void ctrlITogglesItalicOnAndOff(FxRobot robot) {
        fxRun(() -> editor.replaceText("说 重要 的话"));
        fxRun(() -> area.selectRange(2, 4));
        robot.clickOn("#editor");
        fxRun(() -> area.selectRange(2, 4));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        assertThat(fx(editor::getText)).isEqualTo("说 *重要* 的话");
        robot.push(KeyCode.CONTROL, KeyCode.I);
        assertThat(fx(editor::getText)).isEqualTo("说 重要 的话");
    }

    @Test
    void ctrlKTurnsTheSelectionIntoALinkWithTheCaretInTheAddress(FxRobot robot) {
        fxRun(() -> editor.replaceText("见文档"));
        robot.clickOn("#editor");
        fxRun(() -> area.selectRange(1, 3));
        robot.push(KeyCode.CONTROL, KeyCode.K).write("https://jekyllrb.com");
        assertThat(fx(editor::getText)).isEqualTo("见[文档](https://jekyllrb.com)");
    }

    @Test
    void insertAtCaretIsOneUndoStep(FxRobot robot) {
        robot.clickOn("#editor").write("ab");
        fxRun(() -> {
            area.moveTo(1);
            editor.insertAtCaret("![图](/img/a.png)");
        });
        assertThat(fx(editor::getText)).isEqualTo("a![图](/img/a.png)b");
        fxRun(editor::undo);
        assertThat(fx(editor::getText)).isEqualTo("ab");
    }

    @Test
    void replacingTheTextForgetsTheUndoHistory(FxRobot robot) {
        robot.clickOn("#editor").write("old post");
        fxRun(() -> editor.replaceText("new post"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(fx(editor::getText)).isEqualTo("new post");
        assertThat(fx(editor::isUndoAvailable)).isFalse();
        assertThat(fx(() -> editor.caretLineProperty().getValue())).isEqualTo(1);
    }

    @Test
    void softWrapCanBeToggled() {
        fxRun(() -> editor.wrapTextProperty().set(false));
        assertThat(fx(area::isWrapText)).isFalse();
        fxRun(() -> editor.wrapTextProperty().set(true));
        assertThat(fx(area::isWrapText)).isTrue();
    }

    @Test
    void aOneMegabyteBodyStaysHighlightedWhileTyping(FxRobot robot) {
        String body = LargeBody.create(1_000_000);
        fxRun(() -> editor.replaceText(body));
        int lastHeading = body.lastIndexOf("## ") + 3;
        waitUntil("the last heading is styled", () -> classesAt(lastHeading).contains("md-heading"));

        int middle = body.indexOf('\n', body.length() / 2) + 1;
        robot.clickOn("#editor");
        fxRun(() -> {
            area.moveTo(middle);
            area.requestFollowCaret();
        });
        robot.write("新 **粗体** ");
        waitUntil("the typed strong text is styled", () -> classesAt(middle + 4).contains("md-strong"));
        assertThat(fx(() -> classesAt(lastHeading + 11))).contains("md-heading");
        assertThat(fx(() -> classesAt(middle))).isEmpty();
    }

    @Test
    void aResultForTextThatChangedMeanwhileIsNotApplied() {
        Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        MarkdownEditor manual = fx(() -> new MarkdownEditor(tasks::add));
        @SuppressWarnings("unchecked")
        CodeArea manualArea = fx(() -> ((VirtualizedScrollPane<CodeArea>) manual.node()).getContent());
        fxRun(() -> manual.replaceText("*a*"));
        Runnable staleTask = tasks.poll();
        fxRun(() -> manualArea.insertText(3, " b"));

        staleTask.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(manual::highlightRounds)).isZero();
        assertThat(fx(() -> manualArea.getStyleOfChar(1))).isEmpty();

        waitUntil("a round for the current text is queued", () -> !tasks.isEmpty());
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
        waitUntil("the current text is styled", () -> manualArea.getStyleOfChar(1).contains("md-em"));
    }

    @Test
    void aLongTextIsStyledInViewFirstThenEverywhere() {
        Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        MarkdownEditor manual = fx(() -> new MarkdownEditor(tasks::add));
        CodeArea manualArea = areaOf(manual);
        String body = LargeBody.create(1_000_000);
        fxRun(() -> manual.replaceText(body));
        Runnable round = tasks.poll();
        int firstHeading = body.indexOf("## ") + 3;
        int lastHeading = body.lastIndexOf("## ") + 3;
        // the round's result is applied by the event it queues; the check queued after it sees that moment
        AtomicReference<List<Collection<String>>> seen = new AtomicReference<>();
        fxRun(() -> {
            round.run();
            Platform.runLater(() -> seen.set(List.of(manualArea.getStyleOfChar(firstHeading),
                    manualArea.getStyleOfChar(lastHeading))));
        });
        waitUntil("the result was applied", () -> seen.get() != null);
        assertThat(seen.get().get(0)).as("a heading in view").contains("md-heading");
        assertThat(seen.get().get(1)).as("the last heading, far below the view, is not restyled yet").isEmpty();
        waitUntil("the rest follows in pieces", () -> manualArea.getStyleOfChar(lastHeading).contains("md-heading"));
        assertThat(fx(manual::highlightRounds)).isEqualTo(1);
    }

    @Test
    void anEditDuringTheLongRestyleEndsWithEveryStyleRight() {
        Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        MarkdownEditor manual = fx(() -> new MarkdownEditor(tasks::add));
        CodeArea manualArea = areaOf(manual);
        String body = LargeBody.create(1_000_000);
        fxRun(() -> manual.replaceText(body));
        Runnable round = tasks.poll();
        int lastHeading = body.lastIndexOf("## ") + 3;
        // the edit lands between the view and the pieces: a heading at the end turns into plain text
        fxRun(() -> {
            round.run();
            Platform.runLater(() -> manualArea.insertText(lastHeading - 3, "x"));
        });
        waitUntil("a round for the edited text is queued", () -> !tasks.isEmpty());
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
        waitUntil("the edited text's round is in", () -> manual.highlightRounds() >= 1);
        assertThat(fx(() -> manualArea.getStyleOfChar(lastHeading + 1))).as("no longer a heading").isEmpty();
        int earlierHeading = body.lastIndexOf("## ", lastHeading - 4) + 3;
        assertThat(fx(() -> manualArea.getStyleOfChar(earlierHeading))).contains("md-heading");
        assertThat(fx(() -> manualArea.getStyleOfChar(body.indexOf("## ") + 3))).contains("md-heading");
    }

    @SuppressWarnings("unchecked")
    private static CodeArea areaOf(MarkdownEditor editor) {
        return fx(() -> ((VirtualizedScrollPane<CodeArea>) editor.node()).getContent());
    }

    private Collection<String> classesAt(int index) {
        return area.getStyleOfChar(index);
    }
}
