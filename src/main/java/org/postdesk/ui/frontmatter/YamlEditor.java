package org.postdesk.ui.frontmatter;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import org.postdesk.core.frontmatter.FrontMatterDocument;

/**
 * The raw front-matter text ({@code #fm-yaml}), in the post's own language (YAML, TOML or JSON). Each change the author types is parsed off the
 * FX thread; only the newest text's result is delivered, on the FX thread.
 */
final class YamlEditor {
    private final TextArea area = new TextArea();
    private final Executor background;
    private final Supplier<List<String>> keyOrder;
    private final Supplier<FrontMatterDocument> current;
    private final Consumer<FrontMatterDocument> onParsed;
    private boolean showing;
    private long generation;

    YamlEditor(Executor background, Supplier<List<String>> keyOrder, Supplier<FrontMatterDocument> current,
            Consumer<FrontMatterDocument> onParsed) {
        this.background = background;
        this.keyOrder = keyOrder;
        this.current = current;
        this.onParsed = onParsed;
        area.setId("fm-yaml");
        area.getStyleClass().add("fm-yaml");
        area.setPrefRowCount(12);
        area.setWrapText(false);
        area.textProperty().addListener((obs, old, now) -> {
            if (!showing) {
                check(now);
            }
        });
    }

    TextArea node() {
        return area;
    }

    /** Shows a text that came from elsewhere (a load or a form edit) without checking it again. */
    void show(String text) {
        if (area.getText().equals(text)) {
            return;
        }
        generation++;
        showing = true;
        try {
            area.setText(text);
        } finally {
            showing = false;
        }
    }

    private void check(String text) {
        long mine = ++generation;
        List<String> order = keyOrder.get();
        FrontMatterDocument shown = current.get();
        background.execute(() -> {
            // the same form and rules as the post's own (docs/decisions/0037), the form's key order
            FrontMatterDocument parsed = shown.reparse(text, order);
            Platform.runLater(() -> {
                if (mine == generation) {
                    onParsed.accept(parsed);
                }
            });
        });
    }
}
