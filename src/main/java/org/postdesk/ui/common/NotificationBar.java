package org.postdesk.ui.common;

import java.nio.file.Path;
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
 * Hidden (and taking no space) while there is nothing to say. A sentence belongs to a
 * {@link Scope}: one post, one blog, or the application; it leaves when the window shows another
 * post or blog (decision record 0034). It wraps: every word stays readable.
 */
public final class NotificationBar extends HBox {

    /** How the sentence is shown. */
    public enum Kind { INFO, ERROR }

    /**
     * What a sentence is about: a post of a blog ({@code post} its path), a whole blog ({@code post}
     * null), or the application ({@code blog} null too).
     */
    public record Scope(Path blog, String post) {
        public static final Scope APPLICATION = new Scope(null, null);

        /** Whether a sentence about this still belongs while {@code openBlog} and {@code openPost} are shown. */
        public boolean belongsTo(Path openBlog, String openPost) {
            return blog == null || blog.equals(openBlog) && (post == null || post.equals(openPost));
        }
    }

    private final Label text = new Label();
    private final Button close = new Button("\u00d7");
    private Scope scope = Scope.APPLICATION;

    public NotificationBar(String closeTooltip) {
        setId("notification");
        getStyleClass().add("notification");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        text.setId("notificationText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines get their height, never an ellipsis
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
        show(kind, sentence, Scope.APPLICATION);
    }

    /** Shows {@code sentence} about {@code scope}, replacing what was shown. */
    public void show(Kind kind, String sentence, Scope scope) {
        this.scope = scope;
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

    /** Hides the sentence unless it belongs to {@code blog} and {@code post} (a post or blog was opened). */
    public void keepOnly(Path blog, String post) {
        if (isVisible() && !scope.belongsTo(blog, post)) {
            hide();
        }
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
