package org.postdesk.ui.editor;

import java.util.Set;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.GenericStyledArea;
import org.reactfx.value.Val;

/**
 * The editor's gutter: each line's number in the file (the body's first line is the file line
 * after the front matter, so the gutter, Go to Line, the status bar, search and {@code check}
 * count alike; decision record 0031), and a mark on the lines that hold a problem. Labels have the
 * style classes {@code lineno} and, on a problem line, {@code problem-line}; the mark is a region
 * with {@code problem-marker}. FX thread.
 */
final class LineGutter implements IntFunction<Node> {

    private final Val<Integer> paragraphs;
    private final IntegerProperty firstLine = new SimpleIntegerProperty(this, "firstLine", 1);
    private final ObjectProperty<Set<Integer>> problemLines = new SimpleObjectProperty<>(this, "problemLines", Set.of());

    LineGutter(GenericStyledArea<?, ?, ?> area) {
        this.paragraphs = Val.create(() -> area.getParagraphs().size(), area.getParagraphs());
    }

    /** The file line (from 1) of the editor's first line. */
    IntegerProperty firstLineProperty() {
        return firstLine;
    }

    /** The editor lines (from 0) that get a mark. */
    ObjectProperty<Set<Integer>> problemLinesProperty() {
        return problemLines;
    }

    @Override
    public Node apply(int paragraph) {
        Label label = new Label();
        label.getStyleClass().add("lineno");
        Region marker = new Region();
        marker.getStyleClass().add("problem-marker");
        label.setGraphic(marker);
        Val<String> number = Val.combine(paragraphs, firstLine, (count, first) -> format(paragraph + first.intValue(),
                count + first.intValue() - 1));
        label.textProperty().bind(number.conditionOnShowing(label));
        Val<Boolean> marked = Val.map(problemLines, lines -> lines.contains(paragraph));
        marked.conditionOnShowing(label).values().subscribe(on -> {
            if (Boolean.TRUE.equals(on)) {
                if (!label.getStyleClass().contains("problem-line")) {
                    label.getStyleClass().add("problem-line");
                }
            } else {
                label.getStyleClass().remove("problem-line");
            }
        });
        return label;
    }

    /** The number right-aligned to the width of the largest one, as monospaced digits line up. */
    static String format(int number, int largest) {
        String digits = Integer.toString(number);
        int width = Integer.toString(Math.max(largest, number)).length();
        return " ".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
