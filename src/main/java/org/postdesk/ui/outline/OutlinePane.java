package org.postdesk.ui.outline;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.postdesk.core.text.Outline;

/**
 * The headings of the open post ({@code #outline}), indented by level; a click (or Enter) jumps
 * to the heading's line through the callback. FX thread; the headings are computed elsewhere.
 */
public final class OutlinePane extends VBox {

    private final ListView<Outline.Heading> list = new ListView<>();
    private IntConsumer jump = line -> { };

    public OutlinePane(ResourceBundle text) {
        setId("outlinePane");
        getStyleClass().add("outline-pane");
        Label title = new Label(text.getString("outline.title"));
        title.getStyleClass().add("outline-title");
        title.setPadding(new Insets(4, 8, 4, 8));
        list.setId("outline");
        list.setPlaceholder(new Label(text.getString("outline.empty")));
        list.setCellFactory(v -> new HeadingCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        setMinHeight(0);
        list.setOnMouseClicked(e -> jumpToSelected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToSelected();
            }
        });
    }

    /** Called with the heading's line (from 0) when the author picks one. */
    public void setOnJump(IntConsumer jump) {
        this.jump = jump;
    }

    public void setHeadings(List<Outline.Heading> headings) {
        if (!list.getItems().equals(headings)) {
            list.getItems().setAll(headings);
        }
    }

    public List<Outline.Heading> headings() {
        return List.copyOf(list.getItems());
    }

    private void jumpToSelected() {
        Outline.Heading heading = list.getSelectionModel().getSelectedItem();
        if (heading != null) {
            jump.accept(heading.line());
        }
    }

    private static final class HeadingCell extends ListCell<Outline.Heading> {
        @Override
        protected void updateItem(Outline.Heading item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setPadding(Insets.EMPTY);
            } else {
                setText(item.text());
                setPadding(new Insets(2, 4, 2, 4 + 12 * (item.level() - 1)));
                getStyleClass().removeIf(c -> c.startsWith("outline-level-"));
                getStyleClass().add("outline-level-" + item.level());
            }
        }
    }
}
