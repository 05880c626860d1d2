package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.render.BlogStyle;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preview with the blog's own stylesheet, and back (docs/decisions/0021). */
@ExtendWith(ApplicationExtension.class)
class PreviewBlogStyleUiTest {

    @TempDir
    Path blog;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane(url -> { });
        stage.setScene(new Scene(preview, 800, 600));
        stage.show();
    }

    @Test
    void theBlogsStylesheetStylesThePostAndGoesAwayWhenSwitchedOff() throws IOException {
        Path sheet = blog.resolve("css/main.css");
        Files.createDirectories(sheet.getParent());
        Files.writeString(sheet, """
                .post-container p { color: rgb(1, 2, 3); }
                .post-content h2 { font-size: 31px; }
                body { background-image: url(../img/bg.png); }
                blockquote { background-image: url(../../outside.png); }
                """);
        show("## 小节\n\n正文段落\n\n> 引用\n");
        String ownColor = style("#pd-content p", "color");

        String css = BlogStyle.forPreview(Files.readString(sheet), sheet, blog);
        fxRun(() -> preview.setBlogStyle(css));

        waitUntil("the blog's rule applies", () -> style("#pd-content p", "color").equals("rgb(1, 2, 3)"));
        assertThat(style("#pd-content h2", "font-size")).isEqualTo("31px");
        assertThat(style("body", "background-image")).as("the blog's own image, inside the blog folder")
                .contains(blog.resolve("img/bg.png").toUri().getPath());
        assertThat(style("blockquote", "background-image")).as("nothing outside the blog folder").isEqualTo("none");
        assertThat(fx(preview::showsBlogStyle)).isTrue();

        fxRun(() -> preview.setBlogStyle(""));

        waitUntil("the preview's own look is back", () -> style("#pd-content p", "color").equals(ownColor));
        assertThat(style("#pd-content h2", "font-size")).isNotEqualTo("31px");
        assertThat(fx(preview::showsBlogStyle)).isFalse();
    }

    private void show(String markdown) {
        String html = JekyllEngines.previewRenderer().renderBody(
                new RenderRequest(markdown, Map.of(), Map.of(), blog, null)).html();
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show(html));
        waitUntil("the post shows", () -> fx(preview::renderedText).contains("正文段落"));
    }

    private String style(String selector, String property) {
        return fx(() -> String.valueOf(preview.executeScript("getComputedStyle(document.querySelector('" + selector
                + "')).getPropertyValue('" + property + "')")));
    }
}
