package org.postdesk.ui.find;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Ctrl+G: a one-field bar ({@code #goToLineBar}, field {@code #goToLineField}); Enter jumps. FX thread. */
public final class GoToLineBar extends HBox {

    private final ResourceBundle text;
    private final FindTarget target;
    private final Label label = new Label();
    private final TextField field = new TextField();
    private final Label problem = new Label();

    public GoToLineBar(ResourceBundle text, FindTarget target) {
        this.text = text;
        this.target = target;
        setId("goToLineBar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(4, 6, 4, 6));
        field.setId("goToLineField");
        field.setPrefColumnCount(8);
        problem.setId("goToLineProblem");
        problem.getStyleClass().add("find-problem");
        getChildren().addAll(label, field, problem);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (go(field.getText())) {
                    setVisible(false);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                setVisible(false);
                target.focus();
                e.consume();
            }
        });
    }

    public void open() {
        label.setText(new MessageFormat(text.getString("goto.label"), text.getLocale()).format(
                new Object[] {target.firstLine(), lastLine()}));
        problem.setText("");
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private int lastLine() {
        return target.firstLine() + target.lineCount() - 1;
    }

    /** Jumps to the file line typed; false with a sentence when it is no line of the text (the front matter's are the form's). */
    public boolean go(String typed) {
        int line;
        try {
            line = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            line = -1;
        }
        if (line < target.firstLine() || line > lastLine()) {
            problem.setText(new MessageFormat(text.getString("goto.invalid"), text.getLocale()).format(
                    new Object[] {typed.strip(), target.firstLine(), lastLine()}));
            return false;
        }
        target.goToLine(line - target.firstLine());
        target.focus();
        return true;
    }
}
