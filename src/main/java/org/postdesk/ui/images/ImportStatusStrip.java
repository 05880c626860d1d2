package org.postdesk.ui.images;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * A strip under the notification bar ({@code #imageProgress}) shown while images are imported or
 * downloaded: a sentence, a progress bar ({@code #imageProgressBar}) and Cancel ({@code #imageCancel}).
 * Hidden, taking no space, otherwise.
 */
final class ImportStatusStrip extends HBox {

    private final ProgressBar bar = new ProgressBar(0);
    private final Button cancel = new Button();

    ImportStatusStrip(ResourceBundle text) {
        setId("imageProgress");
        getStyleClass().addAll("notification", "info");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label label = new Label(text.getString("progress.text"));
        bar.setId("imageProgressBar");
        bar.setPrefWidth(200);
        cancel.setId("imageCancel");
        cancel.setText(text.getString("progress.cancel"));
        cancel.setFocusTraversable(false);
        getChildren().addAll(label, bar, cancel);
        setVisible(false);
        setManaged(false);
    }

    /** Follows one blog's import service (null: none, hidden); {@code onCancel} stops its batches. */
    void follow(ReadOnlyBooleanProperty busy, ReadOnlyDoubleProperty progress, Runnable onCancel) {
        visibleProperty().unbind();
        managedProperty().unbind();
        bar.progressProperty().unbind();
        if (busy == null) {
            setVisible(false);
            setManaged(false);
            cancel.setOnAction(null);
            return;
        }
        visibleProperty().bind(busy);
        managedProperty().bind(busy);
        bar.progressProperty().bind(progress);
        cancel.setOnAction(e -> onCancel.run());
    }
}
