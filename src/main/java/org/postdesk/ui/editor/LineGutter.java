package org.postdesk.ui.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The editor's gutter: each line's number in the file (the body's first line is the file line
 * after the front matter, so the gutter, Go to Line, the status bar, search and {@code check}
 * count alike; decision record 0031), and a mark on the lines that hold a problem.
 *
 * <p>A gutter cell is a region with the style class {@code lineno} (plus {@code problem-line} on a
 * problem line) holding one text with {@code lineno-number}, and on a problem line a region with
 * {@code problem-marker}. The editor makes a new cell for the edited line at every keystroke, so
 * a cell is kept cheap (decision record 0036): two nodes, no control and skin, no bindings; the
 * gutter updates the cells that are shown when the width of the numbers, the first line or the
 * problem lines change, and a cell leaving the scene is forgotten. FX thread.
 */
final class LineGutter implements IntFunction<Node> {

    /** The mark's size and the gap between it and the number, in pixels. */
    static final double MARK = 7;
    static final double GAP = 4;

    private final List<?> paragraphs;
    private final IntegerProperty firstLine = new SimpleIntegerProperty(this, "firstLine", 1);
    private final ObjectProperty<Set<Integer>> problemLines = new SimpleObjectProperty<>(this, "problemLines", Set.of());
    private final Set<Cell> shown = new HashSet<>();
    private int largest;

    LineGutter(GenericStyledArea<?, ?, ?> area) {
        this.paragraphs = area.getParagraphs();
        this.largest = largestNumber();
        area.getParagraphs().addListener((javafx.beans.InvalidationListener) changed -> {
            int next = largestNumber();
            // every keystroke changes the list; only a new number of digits changes the cells
            boolean wider = digits(next) != digits(largest);
            largest = next;
            if (wider) {
                refreshShown();
            }
        });
        firstLine.addListener((o, was, now) -> {
            largest = largestNumber();
            refreshShown();
        });
        problemLines.addListener((o, was, now) -> refreshShown());
    }

    /** The file line (from 1) of the editor's first line. */
    IntegerProperty firstLineProperty() {
        return firstLine;
    }

    /** The editor lines (from 0) that get a mark. */
    ObjectProperty<Set<Integer>> problemLinesProperty() {
        return problemLines;
    }

    /** How many cells are in the scene now (the ones the gutter keeps up to date). */
    int shownCells() {
        return shown.size();
    }

    @Override
    public Node apply(int paragraph) {
        return new Cell(paragraph);
    }

    private int largestNumber() {
        return paragraphs.size() + firstLine.get() - 1;
    }

    private void refreshShown() {
        for (Cell cell : List.copyOf(shown)) {
            cell.update();
        }
    }

    private static int digits(int number) {
        return Integer.toString(number).length();
    }

    /** The number right-aligned to the width of the largest one, as monospaced digits line up. */
    static String format(int number, int largest) {
        String digits = Integer.toString(number);
        int width = Integer.toString(Math.max(largest, number)).length();
        return " ".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** One line's number and mark; laid out as a label with its graphic on the left, centred vertically. */
    private final class Cell extends Region {
        private final int paragraph;
        private final Text number = new Text();
        private Region marker;

        Cell(int paragraph) {
            this.paragraph = paragraph;
            getStyleClass().add("lineno");
            number.getStyleClass().add("lineno-number");
            number.setTextOrigin(VPos.TOP);
            getChildren().add(number);
            update();
            sceneProperty().addListener((o, was, now) -> {
                if (now == null) {
                    shown.remove(this);
                } else if (shown.add(this)) {
                    update(); // what changed while it was out of the scene
                }
            });
        }

        void update() {
            number.setText(format(paragraph + firstLine.get(), largest));
            boolean marked = problemLines.get().contains(paragraph);
            if (marked == (marker != null)) {
                return;
            }
            if (marked) {
                marker = new Region();
                marker.getStyleClass().add("problem-marker");
                getChildren().add(marker);
                getStyleClass().add("problem-line");
            } else {
                getChildren().remove(marker);
                marker = null;
                getStyleClass().remove("problem-line");
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            Insets in = getInsets();
            return snapSizeX(in.getLeft() + MARK + GAP + number.prefWidth(-1) + in.getRight());
        }

        @Override
        protected double computePrefHeight(double width) {
            Insets in = getInsets();
            return snapSizeY(in.getTop() + Math.max(MARK, number.prefHeight(-1)) + in.getBottom());
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double top = in.getTop();
            double inner = getHeight() - top - in.getBottom();
            double left = in.getLeft();
            number.relocate(snapPositionX(left + MARK + GAP),
                    snapPositionY(top + (inner - number.getLayoutBounds().getHeight()) / 2));
            if (marker != null) {
                marker.resizeRelocate(snapPositionX(left), snapPositionY(top + (inner - MARK) / 2), MARK, MARK);
            }
        }
    }
}
