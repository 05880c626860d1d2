package org.postdesk.ui.find;

import org.postdesk.ui.common.EditorText;

/** The Markdown editor's text as the find bar's target. FX thread. */
public final class EditorFindTarget implements FindTarget {

    private final EditorText editor;

    public EditorFindTarget(EditorText editor) {
        this.editor = editor;
    }

    @Override
    public String text() {
        return editor.text();
    }

    @Override
    public int selectionStart() {
        return editor.selectionStart();
    }

    @Override
    public int selectionEnd() {
        return editor.selectionEnd();
    }

    @Override
    public void select(int start, int end) {
        editor.select(start, end);
    }

    @Override
    public void replace(int start, int end, String text) {
        editor.replace(start, end, text);
    }

    @Override
    public boolean editable() {
        return editor.isEditable();
    }

    @Override
    public int lineCount() {
        return editor.lineCount();
    }

    @Override
    public int firstLine() {
        return editor.firstLine();
    }

    @Override
    public void goToLine(int line) {
        editor.goToLine(line);
    }

    @Override
    public void focus() {
        editor.focus();
    }
}
