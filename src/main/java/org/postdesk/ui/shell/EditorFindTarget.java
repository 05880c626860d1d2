package org.postdesk.ui.shell;

import org.fxmisc.richtext.CodeArea;
import org.postdesk.ui.find.FindTarget;

/** The Markdown editor's area as the find bar's target. FX thread. */
final class EditorFindTarget implements FindTarget {

    private final CodeArea area;

    EditorFindTarget(CodeArea area) {
        this.area = area;
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public int selectionStart() {
        return area.getSelection().getStart();
    }

    @Override
    public int selectionEnd() {
        return area.getSelection().getEnd();
    }

    @Override
    public void select(int start, int end) {
        area.selectRange(start, end);
        area.requestFollowCaret();
    }

    @Override
    public void replace(int start, int end, String text) {
        area.getUndoManager().preventMerge();
        area.replaceText(start, end, text);
        area.getUndoManager().preventMerge();
        area.requestFollowCaret();
    }

    @Override
    public boolean editable() {
        return area.isEditable();
    }

    @Override
    public int lineCount() {
        return area.getParagraphs().size();
    }

    @Override
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtCenter(paragraph);
        area.requestFollowCaret();
    }

    @Override
    public void focus() {
        area.requestFocus();
    }
}
