package org.postdesk.ui.frontmatter;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * The raw front-matter text ({@code #fm-yaml}), in the post's own language (YAML, TOML or JSON). Each change the author types is parsed off the
 * FX thread; only the newest text's result is delivered, on the FX thread.
 */
final class YamlEditor {
    private final TextArea area = new TextArea();
    private final Executor background;
    private final Supplier<List<String>> keyOrder;
    private final Supplier<FrontMatterFormat> format;
    private final Consumer<FrontMatterDocument> onParsed;
    private boolean showing;
    private long generation;

    YamlEditor(Executor background, Supplier<List<String>> keyOrder, Supplier<FrontMatterFormat> format,
            Consumer<FrontMatterDocument> onParsed) {
        this.background = background;
        this.keyOrder = keyOrder;
        this.format = format;
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
        FrontMatterFormat form = format.get();
        background.execute(() -> {
            FrontMatterDocument parsed = FrontMatterDocument.parse(text, form, order);
            Platform.runLater(() -> {
                if (mine == generation) {
                    onParsed.accept(parsed);
                }
            });
        });
    }
}
