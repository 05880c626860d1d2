package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A hostile post in the real preview: nothing runs, nothing navigates, nothing outside is read. */
@ExtendWith(ApplicationExtension.class)
class PreviewSafetyUiTest {

    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> visited = new CopyOnWriteArrayList<>();
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane(opened::add);
        stage.setScene(new Scene(preview, 700, 600));
        stage.show();
    }

    @Test
    void aHostilePostRunsNothingAndKeepsThePage(@TempDir Path root, FxRobot robot) throws IOException {
        Path blog = Files.createDirectories(root.resolve("blog"));
        Files.write(root.resolve("outside.png"), PIXEL); // beside the blog, not in it
        String post = hostilePost() + "\n<img id=\"outside\" src=\"" + root.resolve("outside.png").toUri() + "\">\n"
                + "\n<p id=\"bg\" style=\"background:url(" + root.resolve("outside.png").toUri() + ")\">bg</p>\n";
        String html = JekyllEngines.previewRenderer().render(new RenderRequest(post, Map.of(), Map.of(), blog, BlogFiles.NONE)).html();
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        String page = fx(preview::location);
        fxRun(() -> webView().getEngine().locationProperty().addListener((obs, old, now) -> visited.add(now)));

        fxRun(() -> preview.show(html));
        waitUntil("the post shows", () -> preview.renderedText().contains("普通段落 still shown"));
        robot.clickOn(centreOf("js-link"));
        robot.clickOn(centreOf("submit"));
        robot.sleep(300); // give anything that would run a chance to

        assertThat(fx(() -> preview.executeScript("typeof window.pdPwned"))).isEqualTo("undefined");
        String dom = fx(() -> (String) preview.executeScript("var c = document.getElementById('pd-content').cloneNode(true);"
                + "c.querySelectorAll('[title]').forEach(function (e) { e.removeAttribute('title'); });" // notes name URLs
                + "c.innerHTML"));
        assertThat(dom).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe src")
                .doesNotContainIgnoringCase("<object").doesNotContainIgnoringCase("<embed")
                .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<meta")
                .doesNotContainIgnoringCase("javascript:").doesNotContain("onerror").doesNotContain("onload")
                .doesNotContain("outside.png").doesNotContain("/etc/");
        assertThat(fx(() -> preview.executeScript("document.getElementById('outside').naturalWidth"))).isEqualTo(0);
        assertThat(fx(preview::location)).isEqualTo(page);
        assertThat(visited).as("locations the view moved to").isEmpty();
        assertThat(opened).as("addresses handed to the browser").isEmpty();
    }

    @Test
    void thePagePolicyStopsScriptsEvenIfTheSanitizerMissedThem() {
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        // straight into the page, past the renderer: only the page's own policy stands in the way
        fxRun(() -> preview.show("<img id=\"x\" src=\"nope.png\" onerror=\"window.pdPwned='onerror'\">"
                + "<a id=\"j\" href=\"javascript:window.pdPwned='href'\">j</a>"));
        waitUntil("the broken image is marked", () -> Boolean.TRUE.equals(preview.executeScript(
                "document.getElementById('x').classList.contains('pd-missing')")));
        fxRun(() -> preview.executeScript("document.getElementById('j').dispatchEvent(new MouseEvent('click', {bubbles: true}))"));

        assertThat(fx(() -> preview.executeScript("typeof window.pdPwned"))).isEqualTo("undefined");
        assertThat(opened).isEmpty();
    }

    @Test
    void noJavaObjectIsReachableFromThePage() {
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        String globals = fx(() -> (String) preview.executeScript(
                "typeof window.pdBridge + ' ' + typeof window.pdInit + ' ' + typeof window.java"));
        assertThat(globals).isEqualTo("undefined undefined undefined");
    }

    private Point2D centreOf(String elementId) {
        return fx(() -> {
            preview.executeScript("document.getElementById('" + elementId + "').scrollIntoView()");
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

    private static String hostilePost() throws IOException {
        try (InputStream in = PreviewSafetyUiTest.class.getResourceAsStream("/org/postdesk/preview/hostile-post.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
