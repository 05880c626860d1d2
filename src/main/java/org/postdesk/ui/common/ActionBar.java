package org.postdesk.ui.common;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A bar above the editor that says something about the open post and offers what to do
 * (reload, keep, convert, rename...). Each bar has an id; showing a bar with an id already shown
 * replaces it. A button closes its bar before it runs its action. FX thread.
 */
public final class ActionBar extends VBox {

    /** One button: its node id, its label and what it does. */
    public record Choice(String id, String label, Runnable action) {
    }

    private final VBox bars;

    private ActionBar(VBox bars, String id, String sentence, List<Choice> choices, Region extra) {
        this.bars = bars;
        setId(id);
        getStyleClass().addAll("notification", "info", "action-bar");
        setSpacing(6);
        Label text = new Label(sentence);
        text.setId(id + "Text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines get their height, never an ellipsis
        HBox row = new HBox(8, text);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        for (Choice choice : choices) {
            Button button = new Button(choice.label());
            button.setId(choice.id());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> {
                remove();
                choice.action().run();
            });
            row.getChildren().add(button);
        }
        getChildren().add(row);
        if (extra != null) {
            getChildren().add(extra);
        }
    }

    /** Shows a bar in {@code bars}, replacing one with the same id. */
    public static ActionBar show(VBox bars, String id, String sentence, List<Choice> choices, Region extra) {
        hide(bars, id);
        ActionBar bar = new ActionBar(bars, id, sentence, choices, extra);
        bars.getChildren().add(bar);
        return bar;
    }

    public static void hide(VBox bars, String id) {
        bars.getChildren().removeIf(n -> id.equals(n.getId()));
    }

    private void remove() {
        bars.getChildren().remove(this);
    }
}
