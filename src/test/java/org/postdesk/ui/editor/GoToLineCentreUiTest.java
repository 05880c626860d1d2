package org.postdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Go to Line and outline jumps show the line in the middle of the editor, not at an edge. */
@ExtendWith(ApplicationExtension.class)
class GoToLineCentreUiTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private MarkdownEditor editor;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor(worker);
        stage.setScene(new Scene(new StackPane(editor.node()), 700, 500));
        stage.show();
        area = (CodeArea) stage.getScene().lookup("#" + MarkdownEditor.NODE_ID);
        editor.replaceText(IntStream.rangeClosed(1, 400).mapToObj(i -> "line " + i + (i % 7 == 0 ? " with a longer "
                + "tail that wraps ".repeat(6) : "")).collect(Collectors.joining("\n")));
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void aJumpDownOrUpPutsTheLineInTheMiddle() {
        for (int line : new int[] {150, 300, 40, 399, 0}) {
            fxRun(() -> editor.goToLine(line));
            settle();
            assertThat(fx(() -> area.getCurrentParagraph())).isEqualTo(line);
            if (line < 10 || line > 390) {
                continue; // near the ends the text cannot scroll further
            }
            Bounds caret = fx(() -> area.getCaretBounds().orElseThrow());
            Bounds view = fx(() -> area.localToScreen(area.getLayoutBounds()));
            double middle = (caret.getMinY() + caret.getMaxY()) / 2;
            double relative = (middle - view.getMinY()) / view.getHeight();
            assertThat(relative).as("where line %d sits, from the top (0) to the bottom (1)", line + 1)
                    .isBetween(0.35, 0.65);
        }
    }

    @Test
    void aJumpToAProblemSelectsItAndPutsItsLineInTheMiddle() {
        for (int line : new int[] {200, 60, 330}) {
            int start = fx(() -> area.getAbsolutePosition(line, 2));
            fxRun(() -> editor.selectCentred(start + 3, start)); // the caret at the start, as the Problems list does
            settle();
            assertThat(fx(() -> area.getSelectedText())).isEqualTo("ne ");
            assertThat(fx(() -> area.getCurrentParagraph())).isEqualTo(line);
            Bounds caret = fx(() -> area.getCaretBounds().orElseThrow());
            Bounds view = fx(() -> area.localToScreen(area.getLayoutBounds()));
            double relative = ((caret.getMinY() + caret.getMaxY()) / 2 - view.getMinY()) / view.getHeight();
            assertThat(relative).as("where line %d sits, from the top (0) to the bottom (1)", line + 1)
                    .isBetween(0.35, 0.65);
        }
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
