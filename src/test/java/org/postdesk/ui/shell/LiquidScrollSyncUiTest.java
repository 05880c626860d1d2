package org.postdesk.ui.shell;

import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.preview.PreviewPane;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After a Liquid loop that writes more lines than it has, the preview still follows editor lines. */
@ExtendWith(ApplicationExtension.class)
class LiquidScrollSyncUiTest {

    /** A 40-iteration loop on lines 0-3, then "## Heading i" on line 5 + 2i. */
    private static final String BODY = "{% for i in (1..40) %}\nloop paragraph {{ i }}\n\n{% endfor %}\n\n"
            + "## Heading 0\n\n## Heading 1\n\n## Heading 2\n\n## Heading 3\n\nlast paragraph\n";

    private MarkdownEditor editor;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor(ForkJoinPool.commonPool());
        preview = new PreviewPane(url -> { });
        ScrollSync.wire(editor, preview);
        editor.replaceText(BODY);
        preview.show(JekyllEngines.previewRenderer().renderBody(new RenderRequest(BODY, Map.of(), Map.of(),
                Path.of("").toAbsolutePath(), null)).html());
        SplitPane split = new SplitPane(editor.node(), preview);
        stage.setScene(new Scene(split, 1000, 600));
        stage.show();
    }

    @Test
    void theCaretOnAHeadingAfterTheLoopMarksThatHeadingAndClickingItMovesTheCaretBack() {
        waitUntil("the page shows the post", () -> preview.renderedText().contains("last paragraph"));
        fxRun(() -> editor.moveCaretToLine(9)); // "## Heading 2"
        waitUntil("Heading 2 is marked", () -> "Heading 2".equals(preview.executeScript(
                "var m = document.querySelectorAll('.pd-caret'); m.length === 1 ? m[0].textContent : m.length")));

        fxRun(() -> preview.executeScript("Array.from(document.querySelectorAll('h2')).find(function (h) {"
                + " return h.textContent === 'Heading 3'; })"
                + ".dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))"));
        waitUntil("the caret moved to Heading 3's line 11 (shown as 12)",
                () -> editor.caretLineProperty().getValue() == 12);
    }
}
