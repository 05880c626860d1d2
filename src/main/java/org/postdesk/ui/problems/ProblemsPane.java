package org.postdesk.ui.problems;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * View > Problems ({@code #problemsPane}): the open post's problems, one row each with its file
 * line, its sentence and, when there is one, its repair button ({@code .problem-repair}); a click
 * or Enter on a row shows the problem in the editor (decision record 0031). FX thread; the rows
 * are computed elsewhere.
 */
public final class ProblemsPane extends VBox {

    public static final String BUNDLE = "org.postdesk.ui.problems.messages";

    private static final double ROW_HEIGHT = 60;

    private final ResourceBundle text;
    private final ListView<ProblemRow> list = new ListView<>();
    private final Label title = new Label();
    private final Button close = new Button();

    public ProblemsPane(ResourceBundle text) {
        this.text = text;
        setId("problemsPane");
        getStyleClass().add("problems-pane");
        title.getStyleClass().add("problems-title");
        close.setText(text.getString("problems.close"));
        close.setId("problemsClose");
        close.getStyleClass().add("problems-close");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(2, 6, 2, 6));
        list.setId("problemsList");
        list.setPlaceholder(new Label(text.getString("problems.none")));
        list.setCellFactory(l -> new RowCell());
        list.setPrefHeight(2 * ROW_HEIGHT + 8);
        list.setOnMouseClicked(e -> {
            ProblemRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && e.getClickCount() >= 1 && !(e.getTarget() instanceof Button)) {
                row.show().run();
            }
        });
        list.setOnKeyPressed(e -> {
            ProblemRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.ENTER) {
                row.show().run();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        setRows(List.of());
        managedProperty().bind(visibleProperty());
    }

    /** What the close button does (View > Problems off). */
    public void setOnClose(Runnable action) {
        close.setOnAction(e -> action.run());
    }

    public void setRows(List<ProblemRow> rows) {
        list.getItems().setAll(rows);
        // room for two rows of wrapped sentences, three when there are more (the editor stays the larger part)
        list.setPrefHeight(Math.max(2, Math.min(3, rows.size())) * ROW_HEIGHT + 8);
        title.setText(new MessageFormat(text.getString("problems.title"), text.getLocale()).format(
                new Object[] {rows.size()}));
    }

    public List<ProblemRow> rows() {
        return List.copyOf(list.getItems());
    }

    /** One row: severity mark, "Ln N", the sentence (wrapped), the repair button. */
    private final class RowCell extends ListCell<ProblemRow> {
        private final Region mark = new Region();
        private final Label where = new Label();
        private final Label sentence = new Label();
        private final Button repair = new Button();
        private final HBox box = new HBox(8, mark, where, sentence, repair);

        RowCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            mark.getStyleClass().add("problem-severity");
            where.getStyleClass().add("problem-where");
            where.setMinWidth(Region.USE_PREF_SIZE);
            sentence.setWrapText(true);
            sentence.setMinHeight(Region.USE_PREF_SIZE); // wrap instead of cutting the sentence short
            sentence.setMaxWidth(Double.MAX_VALUE);
            sentence.getStyleClass().add("problem-sentence");
            HBox.setHgrow(sentence, Priority.ALWAYS);
            repair.getStyleClass().add("problem-repair");
            repair.setMinWidth(Region.USE_PREF_SIZE);
            repair.managedProperty().bind(repair.visibleProperty());
            setPrefWidth(0); // wrap in the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            mark.getStyleClass().setAll("problem-severity", row.severity());
            where.setText(new MessageFormat(text.getString("problems.where"), text.getLocale()).format(
                    new Object[] {row.line(), row.column()}));
            sentence.setText(row.sentence());
            repair.setVisible(row.hasRepair());
            repair.setText(row.hasRepair() ? row.repairLabel() : "");
            repair.setTooltip(row.hasRepair() && row.repairHint() != null ? new Tooltip(row.repairHint()) : null);
            repair.setOnAction(e -> {
                e.consume();
                row.repair().run();
            });
            setText(null);
            setGraphic(box);
        }
    }
}
