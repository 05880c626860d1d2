package org.postdesk.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.CodeArea;

/** Edits that wrap or insert Markdown markup, each one undo step. */
final class MarkupActions {

    private final CodeArea area;

    MarkupActions(CodeArea area) {
        this.area = area;
    }

    /**
     * Wraps the selection in {@code marker} (or inserts two markers with the caret between);
     * if the selection is already wrapped in exactly that marker, unwraps it.
     */
    void toggleWrap(String marker) {
        IndexRange sel = area.getSelection();
        int start = sel.getStart();
        int end = sel.getEnd();
        String selected = area.getSelectedText();
        int m = marker.length();
        oneStep(() -> {
            if (isWrapped(start, end, marker)) {
                area.replaceText(start - m, end + m, selected);
                area.selectRange(start - m, end - m);
            } else {
                area.replaceText(start, end, marker + selected + marker);
                area.selectRange(start + m, end + m);
            }
        });
    }

    /**
     * Turns the selection into a link: {@code [text]()} with the caret in the parentheses, or
     * {@code [](url)} with the caret in the brackets when the selection is an address.
     * With no selection, inserts {@code []()} with the caret in the brackets.
     */
    void link() {
        IndexRange sel = area.getSelection();
        String selected = area.getSelectedText();
        int start = sel.getStart();
        oneStep(() -> {
            if (selected.isEmpty() || looksLikeAddress(selected)) {
                area.replaceText(start, sel.getEnd(), "[](" + selected + ")");
                area.moveTo(start + 1);
            } else {
                area.replaceText(start, sel.getEnd(), "[" + selected + "]()");
                area.moveTo(start + selected.length() + 3);
            }
        });
    }

    void insert(String text) {
        oneStep(() -> area.replaceSelection(text));
    }

    private void oneStep(Runnable edit) {
        area.getUndoManager().preventMerge();
        edit.run();
        area.getUndoManager().preventMerge();
        area.requestFollowCaret();
    }

    private boolean isWrapped(int start, int end, String marker) {
        int m = marker.length();
        if (start < m || end + m > area.getLength() || end <= start) {
            return false;
        }
        if (!area.getText(start - m, start).equals(marker) || !area.getText(end, end + m).equals(marker)) {
            return false;
        }
        char c = marker.charAt(0);
        boolean longerBefore = start - m > 0 && area.getText(start - m - 1, start - m).charAt(0) == c;
        boolean longerAfter = end + m < area.getLength() && area.getText(end + m, end + m + 1).charAt(0) == c;
        return !longerBefore && !longerAfter;
    }

    private static boolean looksLikeAddress(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/")
                || s.startsWith("mailto:");
    }

    /** Sets the caret line's heading level (1-6), or makes it a paragraph (0); one undo step. */
    void heading(int level) {
        int paragraph = area.getCurrentParagraph();
        String line = area.getParagraph(paragraph).getText();
        Matcher m = HEADING_MARK.matcher(line);
        int markEnd = m.find() ? m.end() : 0;
        String mark = level <= 0 ? "" : "#".repeat(Math.min(level, 6)) + " ";
        int lineStart = area.getAbsolutePosition(paragraph, 0);
        int column = area.getCaretColumn();
        oneStep(() -> {
            area.replaceText(lineStart, lineStart + markEnd, mark);
            area.moveTo(lineStart + mark.length() + Math.max(0, column - markEnd));
        });
    }

    private static final Pattern HEADING_MARK = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
}
