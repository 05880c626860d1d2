package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.preview.PreviewPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor and the preview follow each other by source line. */
@ExtendWith(ApplicationExtension.class)
class ScrollSyncUiTest {

    private MarkdownEditor editor;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor(ForkJoinPool.commonPool());
        preview = new PreviewPane(url -> { });
        ScrollSync.wire(editor, preview);
        String body = body();
        editor.replaceText(body);
        preview.show(JekyllEngines.previewRenderer().renderBody(new RenderRequest(body, Map.of(), Map.of(), Path.of("").toAbsolutePath(), null)).html());
        SplitPane split = new SplitPane(editor.node(), preview);
        split.setDividerPositions(0.5);
        stage.setScene(new Scene(split, 1000, 600));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
    }

    /** Paragraph i starts on line 2i; every tenth one is a long paragraph that wraps in the preview. */
    private static String body() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("第 ").append(i).append(" 段 paragraph").append(i % 10 == 0 ? " 很长的一段文字。".repeat(40) : "")
                    .append("\n\n");
        }
        return text.toString();
    }

    @Test
    void scrollingTheEditorBringsTheSameLineToTheTopOfThePreview() {
        waitForPage();
        fxRun(() -> editor.scrollToLine(200));

        waitUntil("the preview shows paragraph 100 at its top", () -> lineAtPreviewTop() == 200);
    }

    @Test
    void scrollingThePreviewScrollsTheEditor(FxRobot robot) {
        waitForPage();
        robot.clickOn(preview);
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }

        waitUntil("the preview scrolled", () -> lineAtPreviewTop() > 20);
        waitUntil("the editor shows the preview's top block at its top", () -> {
            int block = lineAtPreviewTop();
            double editorLine = editor.topLineProperty().get();
            return editorLine >= block && editorLine < block + 2;
        });
    }

    @Test
    void updatingThePreviewDoesNotScrollTheEditor() {
        waitForPage();
        fxRun(() -> editor.scrollToLine(300));
        waitUntil("the editor scrolled", () -> Math.floor(editor.topLineProperty().get()) == 300);

        fxRun(() -> preview.show("<p data-line=\"0\">短了 short now</p>")); // the page shrinks and jumps to the top
        waitUntil("the update shows", () -> preview.renderedText().contains("短了"));
        fxRun(() -> preview.executeScript("window.scrollTo(0, 0)"));

        assertThat(fx(() -> Math.floor(editor.topLineProperty().get()))).isEqualTo(300);
    }

    @Test
    void theBlockUnderTheCaretIsMarkedAndClickingABlockMovesTheCaret() {
        waitForPage();
        fxRun(() -> editor.moveCaretToLine(41));
        waitUntil("paragraph 20 is marked", () -> "40".equals(preview.executeScript(
                "var m = document.querySelectorAll('.pd-caret'); m.length === 1 ? m[0].getAttribute('data-line') : m.length")));

        // a click as WebKit delivers it to the page (robot clicks on a WebView are unreliable
        // after other windows were shown in the same headless session)
        fxRun(() -> preview.executeScript("document.querySelector('[data-line=\"46\"]')"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))"));

        waitUntil("the caret moved to line 46 (shown as 47)", () -> editor.caretLineProperty().getValue() == 47);
        waitUntil("the clicked block is marked", () -> "46".equals(preview.executeScript(
                "document.querySelector('.pd-caret').getAttribute('data-line')")));
    }

    private void waitForPage() {
        waitUntil("the page shows the post", () -> preview.renderedText().contains("第 299 段"));
    }

    private int lineAtPreviewTop() {
        return fx(() -> ((Number) preview.executeScript(
                "var line = -1; document.querySelectorAll('[data-line]').forEach(function (b) {"
                + " if (b.getBoundingClientRect().top <= 2) { line = parseInt(b.getAttribute('data-line'), 10); } }); line"))
                .intValue());
    }
}
