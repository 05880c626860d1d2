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

/**
 * An edit in the middle of a long post changes only the blocks it touched in the page: later
 * blocks stay the same nodes (with their highlighting) and carry their new source lines, so
 * scroll sync and the caret mark land on the right block.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPatchUiTest {

    private static final int SECTIONS = 120;
    private static final int LINES_PER_SECTION = 10;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane(url -> { });
        stage.setScene(new Scene(preview, 800, 600));
        stage.show();
    }

    /** Section i starts on line 10i: heading, paragraph, Java code, list. */
    private static String post(String insertedBeforeSection60) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SECTIONS; i++) {
            if (i == 60) {
                text.append(insertedBeforeSection60);
            }
            text.append("## 第 ").append(i).append(" 节\n\n")
                    .append("段落 ").append(i).append(" 的正文。\n\n")
                    .append("```java\npublic int value").append(i).append("() { return ").append(i).append("; }\n```\n\n")
                    .append("- 列表 ").append(i).append("\n\n");
        }
        return text.toString();
    }

    @Test
    void anEditInTheMiddleReplacesOnlyTheEditedBlocksAndShiftsTheLaterOnes() {
        show(post(""));
        waitUntil("every code block is highlighted", () -> count("pre code.hljs") == SECTIONS
                && count("pre code .hljs-keyword") >= SECTIONS);
        int heading90 = 90 * LINES_PER_SECTION;
        int code90 = heading90 + 4;
        fx(() -> preview.executeScript("document.querySelector('h2[data-line=\"" + heading90 + "\"]').pdProbe = 'kept';"
                + "document.querySelector('pre[data-line=\"" + code90 + "\"] code').pdProbe = 'kept';"
                + "document.querySelector('h2[data-line=\"10\"]').pdProbe = 'kept';"));

        String inserted = "新加的一段 zqnew。\n\n```java\nint zqAdded = 1;\n```\n\n";
        show(post(inserted));
        waitUntil("the new text shows", () -> fx(preview::renderedText).contains("zqnew"));

        int shift = 6; // the inserted lines
        assertThat(probe("h2", heading90 + shift)).as("a later heading is the same node, its line shifted").isEqualTo("kept");
        assertThat(probe("pre", code90 + shift)).as("a later code block is the same node").isEqualTo("kept");
        assertThat(probe("h2", 10)).as("an earlier heading is the same node, its line unchanged").isEqualTo("kept");
        assertThat(count("h2[data-line=\"" + heading90 + "\"]")).as("no heading keeps the old line").isZero();
        assertThat(count("pre[data-line=\"" + (code90 + shift) + "\"] code .hljs-keyword"))
                .as("the kept code block is still highlighted").isPositive();
        waitUntil("the new code block is highlighted", () -> count("pre code.hljs") == SECTIONS + 1);
        assertThat(fx(() -> preview.executeScript("document.querySelector('pre code .hljs-keyword') != null"
                + " && document.getElementById('pd-content').textContent.indexOf('zqAdded') >= 0"))).isEqualTo(true);
        assertThat(fx(preview::renderedText)).containsSubsequence("第 59 节", "zqnew", "zqAdded", "第 60 节", "第 119 节");

        // scroll sync and the caret mark use the shifted lines
        fxRun(() -> preview.scrollToLine(heading90 + shift));
        waitUntil("the heading of section 90 is at the top", () -> Math.abs(number(
                "document.querySelector('h2[data-line=\"" + (heading90 + shift) + "\"]').getBoundingClientRect().top")) < 2);
        assertThat(fx(() -> preview.executeScript("document.querySelector('h2[data-line=\"" + (heading90 + shift)
                + "\"]').textContent"))).isEqualTo("第 90 节");
        fxRun(() -> preview.markLine(heading90 + shift + 2));
        waitUntil("the paragraph of section 90 is marked", () -> "段落 90 的正文。".equals(
                fx(() -> preview.executeScript("document.querySelector('.pd-caret').textContent"))));
        assertThat(count(".pd-caret")).isEqualTo(1);

        // removing the text again shifts back; the nodes still stay
        show(post(""));
        waitUntil("the added text is gone", () -> !fx(preview::renderedText).contains("zqnew"));
        assertThat(probe("h2", heading90)).isEqualTo("kept");
        assertThat(probe("pre", code90)).isEqualTo("kept");
        assertThat(count("pre code.hljs")).isEqualTo(SECTIONS);
        assertThat(fx(() -> preview.executeScript("document.querySelector('.pd-caret').textContent")).toString())
                .as("the caret's line (908) now holds the list of section 90").contains("列表 90");
        assertThat(count(".pd-caret")).isEqualTo(1);
    }

    @Test
    void typingInAParagraphKeepsEveryOtherBlockAndTheScrollPosition() {
        show(post(""));
        waitUntil("highlighted", () -> count("pre code.hljs") == SECTIONS);
        fxRun(() -> preview.scrollToLine(80 * LINES_PER_SECTION));
        waitUntil("scrolled", () -> number("window.scrollY") > 0);
        double scrolled = number("window.scrollY");
        fx(() -> preview.executeScript("var all = document.querySelectorAll('#pd-content > *');"
                + "for (var i = 0; i < all.length; i++) { all[i].pdProbe = i; }"));
        int elements = (int) number("document.querySelectorAll('#pd-content > *').length");

        show(post("").replace("段落 85 的正文。", "段落 85 的正文，多写了几个字。"));
        waitUntil("the edit shows", () -> fx(preview::renderedText).contains("多写了几个字"));

        assertThat(number("(function(){var all = document.querySelectorAll('#pd-content > *'), fresh = 0;"
                + "for (var i = 0; i < all.length; i++) { if (all[i].pdProbe !== i) fresh++; } return fresh;})()"))
                .as("only the edited paragraph is a new node").isEqualTo(1);
        assertThat(number("document.querySelectorAll('#pd-content > *').length")).isEqualTo(elements);
        assertThat(number("window.scrollY")).as("the view stays where it was").isEqualTo(scrolled);
    }

    @Test
    void mathAndDiagramsInANewBlockAreDrawnAndThoseInKeptBlocksStay() {
        String before = "$$x^2$$\n\n段落一\n\n```mermaid\ngraph TD\n  A[开始] --> B[结束]\n```\n\n段落二\n";
        show(before);
        waitUntil("math and diagram drawn", () -> count(".math.display .katex") == 1 && count(".pd-mermaid svg") == 1);
        fx(() -> preview.executeScript("document.querySelector('.math.display').pdProbe = 'kept';"
                + "document.querySelector('.pd-mermaid').pdProbe = 'kept';"));

        show(before.replace("段落二", "段落二\n\n$$y_1$$"));
        waitUntil("the new math is typeset", () -> count(".math.display .katex") == 2);

        assertThat(fx(() -> preview.executeScript("document.querySelector('.math.display').pdProbe"))).isEqualTo("kept");
        assertThat(fx(() -> preview.executeScript("document.querySelector('.pd-mermaid').pdProbe"))).isEqualTo("kept");
        assertThat(count(".pd-mermaid svg")).isEqualTo(1);
        assertThat(fx(preview::renderedText)).doesNotContain("y_1").doesNotContain("x^2");
    }

    private void show(String markdown) {
        String html = JekyllEngines.previewRenderer().renderBody(
                new RenderRequest(markdown, Map.of(), Map.of(), Path.of("").toAbsolutePath(), null)).html();
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show(html));
    }

    private Object probe(String tag, int line) {
        return fx(() -> preview.executeScript("(function(){var e = document.querySelector('" + tag + "[data-line=\"" + line
                + "\"]'); return e == null ? 'missing' : (tag(e).pdProbe || 'new');"
                + "function tag(e){ return e.tagName === 'PRE' ? e.firstElementChild : e; }})()"));
    }

    private int count(String selector) {
        return fx(() -> ((Number) preview.executeScript("document.querySelectorAll('" + selector + "').length")).intValue());
    }

    private double number(String script) {
        return fx(() -> ((Number) preview.executeScript(script)).doubleValue());
    }
}
