package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * KaTeX in the real WebView with the preview page served from a jar, as the packaged app serves
 * it (and KaTeX, as always, from its WebJar): superscripts and subscripts sit above and below
 * the baseline, which needs KaTeX's stylesheet and its inline offsets to apply.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewMathFromJarUiTest {

    @TempDir
    static Path temp;
    private PreviewPane preview;

    @Start
    void start(Stage stage) throws IOException {
        Path jar = temp.resolve("preview-page.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("preview.html", "preview.js", "preview.css", "reading.css")) {
                String path = PreviewPane.PAGE.substring(1, PreviewPane.PAGE.lastIndexOf('/') + 1) + name;
                zip.putNextEntry(new ZipEntry(path));
                try (InputStream in = PreviewPane.class.getResourceAsStream("/" + path)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        URL page = new URL("jar:" + jar.toUri() + "!" + PreviewPane.PAGE);
        preview = new PreviewPane(url -> { }, page);
        stage.setScene(new Scene(preview, 800, 600));
        stage.show();
    }

    @Test
    void superscriptsAreRaisedAndSubscriptsLowered() {
        assertThat(preview.location()).startsWith("jar:file:");
        String html = JekyllEngines.previewRenderer().renderBody(new RenderRequest("$$x^2 + y_1$$\n\n行内 $$a^2$$ 公式\n",
                Map.of(), Map.of(), temp, null)).html();
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> preview.show(html));
        waitUntil("the math is typeset", () -> number("document.querySelectorAll('.katex .msupsub').length") == 3);
        waitUntil("KaTeX's stylesheet applies", () -> number(
                "parseFloat(getComputedStyle(document.querySelector('.katex .vlist-t')).display === 'inline-table' ? 1 : 0)")
                == 1);

        // display x^2: the 2 ends well above the x's baseline; y_1: the 1 reaches below the y
        double xBottom = number(rect(".math.display .mord.mathnormal", "bottom"));
        double twoBottom = number(rect(".math.display .msupsub .mord", "bottom"));
        assertThat(xBottom - twoBottom).as("the superscript's bottom above the base's").isGreaterThan(3);
        double yBottom = number("Array.from(document.querySelectorAll('.math.display .mord.mathnormal'))"
                + ".find(e => e.textContent === 'y').getBoundingClientRect().bottom");
        double oneBottom = number("document.querySelectorAll('.math.display .msupsub')[1]"
                + ".querySelector('.mord').getBoundingClientRect().bottom");
        assertThat(oneBottom - yBottom).as("the subscript reaches below the base").isGreaterThan(1);
        // inline a^2 in a paragraph too
        assertThat(number(rect(".math.inline .mord.mathnormal", "bottom"))
                - number(rect(".math.inline .msupsub .mord", "bottom"))).isGreaterThan(3);
    }

    private static String rect(String selector, String side) {
        return "document.querySelector('" + selector + "').getBoundingClientRect()." + side;
    }

    private double number(String script) {
        return fx(() -> ((Number) preview.executeScript(script)).doubleValue());
    }
}
