package org.postdesk.ui.editor;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.CodeArea;

/**
 * The part of the text the editor shows, as a source line: which (0-based, fractional) line is
 * at the top of the view, and scrolling or moving the caret to a line. For the FX thread.
 */
final class EditorViewport {

    private final CodeArea area;
    private final ReadOnlyDoubleWrapper topLine = new ReadOnlyDoubleWrapper(this, "topLine", 0);
    private boolean scheduled;

    EditorViewport(CodeArea area) {
        this.area = area;
        // Read the view after the pulse that scrolled it: reading cells while the area lays
        // itself out trips the virtual flow's own checks.
        area.estimatedScrollYProperty().addListener((obs, old, now) -> {
            if (!scheduled) {
                scheduled = true;
                Platform.runLater(this::update);
            }
        });
    }

    ReadOnlyDoubleProperty topLineProperty() {
        return topLine.getReadOnlyProperty();
    }

    /** Puts this line at the top of the view (the whole paragraph: the editor has no finer offset). */
    void scrollToLine(double line) {
        int paragraphs = area.getParagraphs().size();
        int paragraph = (int) Math.max(0, Math.min(paragraphs - 1, Math.floor(line)));
        area.showParagraphAtTop(paragraph);
    }

    /** Moves the caret to the start of this line and brings it into view. */
    void moveCaretToLine(int line) {
        int paragraph = Math.max(0, Math.min(area.getParagraphs().size() - 1, line));
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void update() {
        scheduled = false;
        if (area.getParagraphs().isEmpty() || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        try {
            int first = area.firstVisibleParToAllParIndex();
            if (first < 0) {
                return;
            }
            double fraction = visibleBounds(first).map(bounds -> {
                double areaTop = area.localToScreen(area.getBoundsInLocal()).getMinY();
                return bounds.getHeight() <= 0 ? 0 : (areaTop - bounds.getMinY()) / bounds.getHeight();
            }).orElse(0.0);
            topLine.set(first + Math.max(0, Math.min(0.999, fraction)));
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException layoutInProgress) {
            // the view is being laid out; the next scroll event reports the line
        }
    }

    private Optional<Bounds> visibleBounds(int paragraph) {
        if (paragraph < 0) {
            return Optional.empty();
        }
        try {
            int visible = area.allParToVisibleParIndex(paragraph).orElse(-1);
            return visible < 0 ? Optional.empty() : Optional.of(area.getVisibleParagraphBoundsOnScreen(visible));
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
