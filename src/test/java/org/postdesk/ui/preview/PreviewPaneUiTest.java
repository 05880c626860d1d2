package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneUiTest {

    /** A 1x1 PNG. */
    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane(opened::add);
        // sent before the page has loaded: only the newest may appear
        preview.show("<p>第一版</p>");
        preview.show("<p>第二版 second</p>");
        stage.setScene(new Scene(preview, 700, 500));
        stage.show();
    }

    @Test
    void updatesSentBeforeThePageLoadedShowOnlyTheNewest() {
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        waitUntil("the queued update shows", () -> preview.renderedText().contains("第二版 second"));
        assertThat(fx(preview::renderedText)).doesNotContain("第一版");
    }

    @Test
    void anUpdateKeepsTheScrollPosition() {
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show(longPage("原文")));
        waitUntil("the long page is taller than the view", () -> number("document.body.scrollHeight") > 3000);
        fxRun(() -> preview.executeScript("window.scrollTo(0, 1500)"));
        waitUntil("the page scrolled", () -> number("window.scrollY") == 1500);

        fxRun(() -> preview.show(longPage("改后")));
        waitUntil("the update shows", () -> preview.renderedText().contains("改后 0"));
        assertThat(fx(() -> number("window.scrollY"))).isEqualTo(1500);
    }

    @Test
    void clickingALinkOpensItOutsideAndDoesNotNavigate(FxRobot robot) {
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        String pageLocation = fx(preview::location);
        fxRun(() -> preview.show("<p>看 <a id=\"out\" href=\"https://example.com/about/\">外部链接 link</a></p>"));
        waitUntil("the link shows", () -> preview.renderedText().contains("外部链接"));
        List<String> visited = new CopyOnWriteArrayList<>();
        fxRun(() -> webView().getEngine().locationProperty().addListener((obs, old, now) -> visited.add(now)));

        robot.clickOn(centreOf("out"));

        waitUntil("the opener got the address", () -> opened.contains("https://example.com/about/"));
        assertThat(fx(preview::location)).isEqualTo(pageLocation);
        assertThat(visited).as("locations the view moved to").isEmpty();
        assertThat(fx(preview::renderedText)).contains("外部链接");
        assertThat(opened).hasSize(1);
    }

    @Test
    void clickingALinkToAnotherPostAsksForThatPost(FxRobot robot) {
        List<String> posts = new CopyOnWriteArrayList<>();
        fxRun(() -> preview.setOnPostLink(posts::add));
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show("<p><a id=\"post\" href=\"file:///blog/_site/hike.html\" "
                + "data-pd-post=\"_posts/2025-05-20-hike.md\">春日徒步</a></p>"));
        waitUntil("the link shows", () -> preview.renderedText().contains("春日徒步"));

        robot.clickOn(centreOf("post"));

        waitUntil("the post was asked for", () -> posts.contains("_posts/2025-05-20-hike.md"));
        assertThat(opened).as("nothing goes to the browser").isEmpty();
    }

    @Test
    void anInPageAnchorScrollsWithoutOpeningAnything(FxRobot robot) {
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show("<p><a id=\"jump\" href=\"#fn1\">[1]</a></p>" + longPage("x")
                + "<p id=\"fn1\">脚注 footnote</p>"));
        waitUntil("the anchor shows", () -> preview.renderedText().contains("脚注"));

        robot.clickOn(centreOf("jump"));

        waitUntil("the page scrolled to the footnote", () -> number("window.scrollY") > 1000);
        assertThat(opened).isEmpty();
    }

    @Test
    void blogImagesLoadFromFileUrlsAndMissingOnesAreMarked(@TempDir Path blog) throws IOException {
        Path image = Files.write(blog.resolve("pic.png"), PIXEL);
        String present = image.toUri().toString();
        String missing = blog.resolve("nope.png").toUri().toString();
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show("<p><img id=\"ok\" src=\"" + present + "\" alt=\"有\"></p>"
                + "<p><img id=\"gone\" src=\"" + missing + "\" alt=\"缺失的图\"></p>"));

        waitUntil("the present image loaded", () -> number("document.getElementById('ok').naturalWidth") == 1);
        waitUntil("the missing image is marked",
                () -> Boolean.TRUE.equals(preview.executeScript(
                        "document.getElementById('gone').classList.contains('pd-missing')")));
        assertThat(fx(() -> number("document.getElementById('ok').classList.length"))).isZero();
    }

    private Point2D centreOf(String elementId) {
        return fx(() -> {
            JSObject rect = (JSObject) preview.executeScript(
                    "document.getElementById('" + elementId + "').getBoundingClientRect()");
            double x = ((Number) rect.getMember("left")).doubleValue() + ((Number) rect.getMember("width")).doubleValue() / 2;
            double y = ((Number) rect.getMember("top")).doubleValue() + ((Number) rect.getMember("height")).doubleValue() / 2;
            return webView().localToScreen(x, y);
        });
    }

    private WebView webView() {
        return (WebView) preview.getChildren().get(0);
    }

    private int number(String script) {
        return ((Number) preview.executeScript(script)).intValue();
    }

    private static String longPage(String word) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            html.append("<p>").append(word).append(' ').append(i).append(" 段落内容，一行中文。</p>");
        }
        return html.toString();
    }
}
