package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Code, math and diagrams are drawn by the offline libraries from the class path. */
@ExtendWith(ApplicationExtension.class)
class PreviewScriptsUiTest {

    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane(url -> { });
        stage.setScene(new Scene(preview, 800, 600));
        stage.show();
    }

    @Test
    void fencedCodeIsHighlightedAndStaysHighlightedAfterAnEdit() {
        show("```java\npublic int answer() { return 42; } // 答案\n```\n\n段落一\n");
        waitUntil("the keyword is highlighted", () -> count("pre code.hljs .hljs-keyword") > 0);

        show("```java\npublic int answer() { return 42; } // 答案\n```\n\n段落二\n");
        waitUntil("the edit shows", () -> preview.renderedText().contains("段落二"));
        assertThat(count("pre code.hljs .hljs-keyword")).as("highlighting after the update").isPositive();
    }

    @Test
    void mathIsTypesetWithKatex() {
        show("$$x^2$$\n\n行内 $$a+b$$ 公式\n");

        waitUntil("display and inline math are typeset", () -> count(".math.display .katex") == 1 && count(".math.inline .katex") == 1);
        assertThat(count(".math.display .katex-html .msupsub")).as("x^2 drawn with a superscript").isEqualTo(1);
        assertThat(fx(preview::renderedText)).doesNotContain("\\[").doesNotContain("x^2");
    }

    @Test
    void aMermaidFenceIsDrawnAndABrokenOneIsMarked() {
        show("```mermaid\ngraph TD\n  A[开始] --> B[结束]\n```\n\n```mermaid\nthis is not a diagram ((\n```\n");

        waitUntil("the diagram is drawn", () -> count(".pd-mermaid svg") >= 1);
        waitUntil("the broken diagram is marked", () -> count(".pd-mermaid-error") == 1);
        assertThat(fx(preview::renderedText)).contains("开始");
        assertThat(fx(() -> preview.executeScript("document.querySelector('.pd-mermaid-error').textContent")).toString())
                .contains("this is not a diagram");
    }

    private void show(String markdown) {
        String html = JekyllEngines.previewRenderer().renderBody(
                new RenderRequest(markdown, Map.of(), Map.of(), Path.of("").toAbsolutePath(), null)).html();
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show(html));
    }

    private int count(String selector) {
        return fx(() -> ((Number) preview.executeScript("document.querySelectorAll('" + selector + "').length")).intValue());
    }
}
