package org.postdesk.ui.status;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.postdesk.core.text.WordCount;
import org.postdesk.ui.common.SaveState;

/**
 * The line at the bottom of the window ({@code #statusBar}): caret line and column
 * ({@code #statusPosition}), words and characters of the body ({@code #statusCounts}), reading
 * time ({@code #statusReading}), whether the post is saved ({@code #statusSave}) and which
 * generator's site the open blog is ({@code #statusSite}, docs/decisions/0038).
 * FX thread only; the counts are computed elsewhere and handed in.
 */
public final class StatusBar extends HBox {

    private final ResourceBundle text;
    private final Label position = label("statusPosition");
    private final Label counts = label("statusCounts");
    private final Label reading = label("statusReading");
    private final Label save = label("statusSave");
    private final Label problems = label("statusProblems");
    private final Label site = label("statusSite");
    private Runnable onProblems = () -> { };

    public StatusBar(ResourceBundle text) {
        this.text = text;
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);
        setPadding(new Insets(3, 10, 3, 10));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        problems.getStyleClass().add("status-problems");
        problems.setOnMouseClicked(e -> onProblems.run());
        getChildren().addAll(site, position, problems, gap, counts, reading, save);
        setCaret(1, 1);
        setCounts(new WordCount.Counts(0, 0, 0, 0));
        setSaveState(SaveState.NO_POST);
    }

    /** Line and column, both from 1. */
    public void setCaret(int line, int column) {
        position.setText(format("status.position", line, column));
    }

    public void setCounts(WordCount.Counts c) {
        counts.setText(format("status.counts", c.words(), c.characters()));
        reading.setText(c.words() == 0 ? "" : format("status.reading", c.readingMinutes()));
    }

    public void setSaveState(SaveState state) {
        save.setText(state == SaveState.NO_POST ? "" : text.getString("status.save." + state.name().toLowerCase(Locale.ROOT)));
        save.getStyleClass().removeAll("unsaved", "read-only");
        if (state == SaveState.UNSAVED) {
            save.getStyleClass().add("unsaved");
        } else if (state == SaveState.READ_ONLY) {
            save.getStyleClass().add("read-only");
        }
    }

    /**
     * The open post's problems (decision record 0031): errors, and notes (warnings and hints);
     * negative counts hide the label (no post).
     */
    public void setProblems(int errors, int notes) {
        problems.setText(errors < 0 ? "" : errors == 0 && notes == 0 ? text.getString("status.problems.none")
                : format("status.problems", errors, notes));
        problems.getStyleClass().removeAll("has-errors", "has-notes");
        if (errors > 0) {
            problems.getStyleClass().add("has-errors");
        } else if (notes > 0) {
            problems.getStyleClass().add("has-notes");
        }
    }

    /** What a click on the problem counts does (opens the Problems list). */
    public void setOnProblemsClicked(Runnable action) {
        onProblems = action == null ? () -> { } : action;
    }

    public String problemsText() {
        return problems.getText();
    }

    public String positionText() {
        return position.getText();
    }

    public String countsText() {
        return counts.getText();
    }

    public String readingText() {
        return reading.getText();
    }

    /** The open blog's generator ({@code Hexo}); empty when no blog is open. */
    public void setSite(String generator) {
        site.setText(generator == null || generator.isEmpty() ? "" : format("status.site", generator));
    }

    public String siteText() {
        return site.getText();
    }

    public String saveText() {
        return save.getText();
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
