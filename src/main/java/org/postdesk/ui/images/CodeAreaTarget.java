package org.postdesk.ui.images;

import java.util.Objects;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.CodeArea;

/**
 * Adapts a RichTextFX {@link CodeArea} (the Markdown editor's area, found with
 * {@code editorNode.lookup("#editor")}) to {@link ImageInsertTarget} and {@link OffsetAtPoint}.
 * Each replacement is one undo step that never merges with the typing around it.
 */
public final class CodeAreaTarget implements ImageInsertTarget, OffsetAtPoint {
    private final CodeArea area;

    public CodeAreaTarget(CodeArea area) {
        this.area = Objects.requireNonNull(area);
    }

    @Override
    public int caretOffset() {
        return area.getCaretPosition();
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public void replace(int from, int to, String text) {
        int length = area.getLength();
        int start = Math.max(0, Math.min(from, length));
        int end = Math.max(start, Math.min(to, length));
        area.getUndoManager().preventMerge();
        area.replaceText(start, end, text);
        area.getUndoManager().preventMerge();
        area.moveTo(start + text.length());
        area.requestFollowCaret();
    }

    /** The insertion offset nearest to a scene point; the caret when the point is outside the text. */
    @Override
    public int offsetAt(double sceneX, double sceneY) {
        Point2D local = area.sceneToLocal(sceneX, sceneY);
        if (local == null || !area.getLayoutBounds().contains(local)) {
            return area.getCaretPosition();
        }
        return area.hit(local.getX(), local.getY()).getInsertionIndex();
    }
}
