package org.postdesk.ui.frontmatter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.postdesk.core.frontmatter.FieldValue;

/** The two-column form: a label, the control, and a small remove button ({@code #fm-remove-KEY}) per key. */
final class FormGrid {
    private final Messages messages;
    private final Consumer<String> onRemove;
    private final GridPane grid = new GridPane();
    private final Label empty;

    FormGrid(Messages messages, Consumer<String> onRemove) {
        this.messages = messages;
        this.onRemove = onRemove;
        grid.getStyleClass().add("fm-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE); // never clip a label; the controls give way
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        controls.setMinWidth(120);
        ColumnConstraints remove = new ColumnConstraints();
        grid.getColumnConstraints().setAll(labels, controls, remove);
        empty = new Label(messages.get("pane.empty"));
        empty.getStyleClass().add("fm-empty");
        empty.setWrapText(true);
    }

    Node node() {
        return grid;
    }

    void show(List<FieldValue> fields, FieldControls controls) {
        grid.getChildren().clear();
        if (fields.isEmpty()) {
            grid.add(empty, 0, 0, 3, 1);
            return;
        }
        int row = 0;
        for (FieldValue field : lastOfEachKey(fields)) {
            Node control = controls.create(field);
            Label label = new Label(messages.fieldLabel(field.key()));
            label.getStyleClass().add("fm-label");
            label.setTooltip(new Tooltip(field.key()));
            label.setLabelFor(control);
            label.setMinWidth(Label.USE_PREF_SIZE);
            Button remove = new Button("−");
            remove.setId("fm-remove-" + field.key());
            remove.getStyleClass().add("fm-remove");
            remove.setFocusTraversable(false);
            remove.setTooltip(new Tooltip(messages.get("pane.remove.tooltip", field.key())));
            remove.setOnAction(e -> onRemove.accept(field.key()));
            GridPane.setValignment(label, VPos.TOP);
            GridPane.setValignment(remove, VPos.TOP);
            GridPane.setFillWidth(control, true);
            grid.addRow(row++, label, control, remove);
        }
    }

    /** Jekyll reads the last of duplicated keys, so the form shows that one. */
    private static List<FieldValue> lastOfEachKey(List<FieldValue> fields) {
        Map<String, FieldValue> last = new LinkedHashMap<>();
        fields.forEach(f -> last.put(f.key(), f));
        return fields.stream().filter(f -> last.get(f.key()) == f).toList();
    }

    /** Moves the keyboard focus to a key's control (its text input for chips). */
    void focus(String key) {
        Node input = grid.lookup("#fm-" + key + "-input");
        Node target = input != null ? input : grid.lookup("#fm-" + key);
        if (target != null) {
            target.requestFocus();
        }
    }
}
