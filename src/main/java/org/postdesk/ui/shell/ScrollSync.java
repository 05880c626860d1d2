package org.postdesk.ui.shell;

import java.util.Objects;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.preview.PreviewPane;

/**
 * Keeps the editor and the preview on the same source lines: scrolling either scrolls the
 * other to the same (fractional) line, the preview marks the block under the caret, a click on
 * a block moves the caret there. Each change costs one call into the page. A scroll this class caused is not echoed back:
 * the page ignores its own scroll from {@code pdScrollTo}, and the editor ignores the scroll
 * events of the line it was sent to. For the FX thread.
 */
final class ScrollSync {

    private static final double SAME_LINE = 0.01;

    private final MarkdownEditor editor;
    private final PreviewPane preview;
    private double sentToPreview = -1;
    private int editorTarget = -1;

    private ScrollSync(MarkdownEditor editor, PreviewPane preview) {
        this.editor = editor;
        this.preview = preview;
    }

    /** Wires the two panes. */
    static ScrollSync wire(MarkdownEditor editor, PreviewPane preview) {
        ScrollSync sync = new ScrollSync(Objects.requireNonNull(editor), Objects.requireNonNull(preview));
        editor.topLineProperty().addListener((obs, old, line) -> sync.editorScrolled(line.doubleValue()));
        editor.caretLineProperty().addListener((obs, old, line) -> preview.markLine(line - 1));
        preview.setOnScrolledByAuthor(sync::previewScrolled);
        preview.setOnLineClicked(editor::moveCaretToLine);
        preview.readyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                sync.sentToPreview = -1;
                preview.markLine(editor.caretLineProperty().getValue() - 1);
                sync.editorScrolled(editor.topLineProperty().get());
            }
        });
        preview.markLine(editor.caretLineProperty().getValue() - 1);
        return sync;
    }

    private void editorScrolled(double line) {
        if (editorTarget >= 0) {
            if ((int) Math.floor(line) == editorTarget) {
                return; // the scroll we asked for
            }
            editorTarget = -1;
        }
        if (Math.abs(line - sentToPreview) < SAME_LINE) {
            return;
        }
        sentToPreview = line;
        preview.scrollToLine(line);
    }

    private void previewScrolled(double line) {
        sentToPreview = line;
        editorTarget = (int) Math.floor(line);
        editor.scrollToLine(line);
    }
}
