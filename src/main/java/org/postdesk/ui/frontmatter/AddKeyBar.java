package org.postdesk.ui.frontmatter;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The "+" button ({@code #fm-add}); it opens a key name field ({@code #fm-add-key}, suggesting
 * the blog's usual keys not yet present) and an Add button ({@code #fm-add-confirm}).
 */
final class AddKeyBar {
    private final Messages messages;
    private final Predicate<String> onAdd;
    private final Button plus;
    private final ComboBox<String> name = new ComboBox<>();
    private final Button confirm;
    private final Label message = new Label();
    private final HBox editor;
    private final HBox box;

    /** @param onAdd adds the key; returns false (and the bar stays open) when it could not */
    AddKeyBar(Messages messages, Predicate<String> onAdd) {
        this.messages = messages;
        this.onAdd = onAdd;
        plus = new Button(messages.get("pane.add"));
        plus.setId("fm-add");
        plus.getStyleClass().add("fm-add");
        plus.setTooltip(new Tooltip(messages.get("pane.add.tooltip")));
        name.setId("fm-add-key");
        name.setEditable(true);
        name.setPromptText(messages.get("pane.add.prompt"));
        name.setPrefWidth(160);
        confirm = new Button(messages.get("pane.add.confirm"));
        confirm.setId("fm-add-confirm");
        confirm.setDefaultButton(false);
        message.getStyleClass().add("fm-add-message");
        editor = new HBox(6, name, confirm, message);
        editor.setVisible(false);
        editor.setManaged(false);
        box = new HBox(6, plus, editor);
        box.getStyleClass().add("fm-add-bar");
        plus.setOnAction(e -> open(!editor.isVisible()));
        name.setOnAction(e -> {
            if (editor.isVisible()) {
                submit();
            }
        });
        confirm.setOnAction(e -> submit());
    }

    Node node() {
        return box;
    }

    /** The keys the blog usually has that this post lacks. */
    void suggest(Collection<String> usual, Collection<String> present) {
        List<String> missing = usual.stream().filter(k -> !present.contains(k)).toList();
        name.getItems().setAll(missing);
    }

    private void open(boolean show) {
        editor.setVisible(show);
        editor.setManaged(show);
        message.setText("");
        if (show) {
            name.setValue(null);
            name.getEditor().clear();
            name.requestFocus();
        }
    }

    private void submit() {
        String typed = name.getValue() != null ? name.getValue() : name.getEditor().getText();
        String key = typed == null ? "" : typed.strip();
        if (key.isEmpty() || key.contains(":") || key.contains("\n")) {
            message.setText(messages.get("add.invalid"));
            return;
        }
        if (onAdd.test(key)) {
            open(false);
        } else {
            message.setText(messages.get("add.exists", key));
        }
    }
}
