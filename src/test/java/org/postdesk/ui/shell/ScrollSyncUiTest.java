package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.render.PreviewRenderer;
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
        preview.show(new PreviewRenderer().renderBody(new RenderRequest(body, Map.of(), Map.of(), Path.of("").toAbsolutePath(), null)).html());
        SplitPane split = new SplitPane(editor.node(), preview);
        split.setDividerPositions(0.5);
        stage.setScene(new Scene(split, 1000, 600));
        stage.show();
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
    void scrollingThePreviewScrollsTheEditor() {
        waitForPage();
        fxRun(() -> preview.executeScript(
                "window.scrollTo(0, document.querySelector('[data-line=\"360\"]').getBoundingClientRect().top + window.scrollY)"));

        waitUntil("the editor shows line 360 at its top", () -> Math.floor(editor.topLineProperty().get()) == 360);
        assertThat(lineAtPreviewTop()).as("the preview stays where the author put it").isEqualTo(360);
    }

    @Test
    void theBlockUnderTheCaretIsMarkedAndClickingABlockMovesTheCaret(FxRobot robot) {
        waitForPage();
        fxRun(() -> editor.moveCaretToLine(41));
        waitUntil("paragraph 20 is marked", () -> "40".equals(preview.executeScript(
                "var m = document.querySelectorAll('.pd-caret'); m.length === 1 ? m[0].getAttribute('data-line') : m.length")));

        fxRun(() -> preview.executeScript("document.querySelector('[data-line=\"46\"]').scrollIntoView()"));
        robot.sleep(500); // the editor follows; let both settle before aiming
        Point2D block = fx(() -> {
            JSObject rect = (JSObject) preview.executeScript("document.querySelector('[data-line=\"46\"]').getBoundingClientRect()");
            return webView().localToScreen(((Number) rect.getMember("left")).doubleValue() + 20,
                    ((Number) rect.getMember("top")).doubleValue() + ((Number) rect.getMember("height")).doubleValue() / 2);
        });
        robot.clickOn(block);

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

    private WebView webView() {
        return (WebView) preview.getChildren().get(0);
    }
}
