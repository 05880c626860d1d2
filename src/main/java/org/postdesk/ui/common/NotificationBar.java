package org.postdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A sentence for the author at the top of the editor area ({@code #notification}): what
 * happened and what was kept. Informational or an error; the author dismisses it with ×.
 * Hidden (and taking no space) while there is nothing to say.
 */
public final class NotificationBar extends HBox {

    /** How the sentence is shown. */
    public enum Kind { INFO, ERROR }

    private final Label text = new Label();
    private final Button close = new Button("\u00d7");

    public NotificationBar(String closeTooltip) {
        setId("notification");
        getStyleClass().add("notification");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        text.setId("notificationText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        close.setId("notificationClose");
        close.getStyleClass().add("notification-close");
        close.setFocusTraversable(false);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setPrefWidth(30);
        close.setTooltip(new Tooltip(closeTooltip));
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        hide();
    }

    public void show(Kind kind, String sentence) {
        getStyleClass().removeAll("info", "error");
        getStyleClass().add(kind == Kind.ERROR ? "error" : "info");
        text.setText(sentence);
        setVisible(true);
        setManaged(true);
    }

    public void info(String sentence) {
        show(Kind.INFO, sentence);
    }

    public void error(String sentence) {
        show(Kind.ERROR, sentence);
    }

    public void hide() {
        text.setText("");
        setVisible(false);
        setManaged(false);
    }

    /** Hides the sentence if it is an error (a later success makes it stale); notices stay. */
    public void hideErrors() {
        if (getStyleClass().contains("error")) {
            hide();
        }
    }

    /** The sentence shown now, or empty. */
    public String sentence() {
        return isVisible() ? text.getText() : "";
    }
}
