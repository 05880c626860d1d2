package org.postdesk.ui.editor;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.postdesk.ui.common.EditorText;
import org.reactfx.EventSource;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;
import org.reactfx.value.Val;

/**
 * The Markdown body editor: a code area (node id {@value #NODE_ID}) with line numbers, soft wrap,
 * undo, highlighting computed off the FX thread, the markup shortcuts Ctrl+B, Ctrl+I, Ctrl+K, and
 * input-method composition (the composed text is shown over the caret and enters the text only
 * when committed, as one undo step; see {@link InputMethodSupport}).
 * All methods are for the FX thread.
 */
public final class MarkdownEditor implements EditorText {

    public static final String NODE_ID = "editor";
    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(80);

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final HighlightLoop highlighting;
    private final MarkupActions markup = new MarkupActions(area);
    private final InputMethodSupport inputMethod;
    private final EditorViewport viewport = new EditorViewport(area);
    private final EventSource<Boolean> loaded = new EventSource<>();
    private final LineGutter gutter = new LineGutter(area);
    private ChunkedLoad loading;
    private boolean undoOff;

    /** @param highlightExecutor runs the highlighting computation; never the FX thread */
    public MarkdownEditor(Executor highlightExecutor) {
        this(highlightExecutor, DEFAULT_PAUSE);
    }

    public MarkdownEditor(Executor highlightExecutor, Duration pause) {
        area.setId(NODE_ID);
        area.getStyleClass().add("markdown-editor");
        area.getStylesheets().add(MarkdownEditor.class.getResource("markdown-editor.css").toExternalForm());
        String family = FontChoice.firstInstalled(FontChoice.EDITOR_FAMILIES, Font.getFamilies(), "Monospaced");
        area.setStyle("-fx-font-family: \"" + family + "\";");
        area.setParagraphGraphicFactory(gutter);
        area.setWrapText(true);
        scrollPane.getStyleClass().add("markdown-editor-scroll");
        highlighting = new HighlightLoop(area, highlightExecutor, pause);
        inputMethod = new InputMethodSupport(area, markup::insert, Font.font(family, 14.5));
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.B, KeyCombination.SHORTCUT_DOWN), e -> toggleBold()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.I, KeyCombination.SHORTCUT_DOWN), e -> toggleItalic()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.K, KeyCombination.SHORTCUT_DOWN), e -> insertLink())));
    }

    /** The node to place in the window (the area inside its scroll pane). */
    public Node node() {
        return scrollPane;
    }

    /** The text; prefer {@link #onEdit} plus {@link #getText()} for large texts (no copy per change). */
    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /** False for a post that must not be changed (read-only): the text can be read and selected only. */
    public BooleanProperty editableProperty() {
        return area.editableProperty();
    }

    /** The whole text. Builds a string: on a 1 MB body that costs the FX thread ~20 ms. */
    public String getText() {
        return area.getText();
    }

    /** The length of the text, without building it. */
    public int length() {
        return area.getLength();
    }

    /**
     * The text as it is now, to be read later from any thread: taking the snapshot is O(1) on
     * the FX thread, building the string happens where {@link Supplier#get()} is called.
     */
    public Supplier<String> textSnapshot() {
        ReadOnlyStyledDocument<?, ?, ?> snapshot = area.getContent().snapshot();
        return snapshot::getText;
    }

    /**
     * Runs {@code action} after every change of the text (typing, undo, paste, replace); a
     * {@linkplain #loadInChunks chunked load} counts as one change, when it ends.
     */
    public Subscription onEdit(Runnable action) {
        return EventStreams.merge(area.plainTextChanges().filter(change -> !isLoading()).map(change -> Boolean.TRUE),
                loaded).subscribe(change -> action.run());
    }

    /** Whether a chunked load is still putting text in. */
    public boolean isLoading() {
        return loading != null && loading.isRunning();
    }

    /**
     * Shows a new, long text a piece at a time (see {@link ChunkedLoad}): the area empties now
     * and fills over the next events, {@code progress} hearing the share done; at the end, as
     * with {@link #replaceText}, the caret and view are at the top and the undo history is
     * forgotten, then {@code done} runs. The caller keeps the area read-only meanwhile. Showing
     * another text (either way) cancels it.
     */
    public ChunkedLoad loadInChunks(String text, int chunk, DoubleConsumer progress, Runnable done) {
        if (loading != null) {
            loading.cancel();
        }
        ChunkedLoad load = new ChunkedLoad(area, text, chunk, progress, () -> {
            resetView();
            loaded.push(Boolean.TRUE);
            done.run();
        });
        loading = load;
        area.replaceText(""); // not an edit: the load is running
        resetView();
        // The pieces are no undo steps: a history would keep a second copy of the whole model.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        undoOff = true;
        load.start();
        return load;
    }

    /** Highlighting on (the default) or off (a very large post): off leaves the text unstyled from the next text on. */
    public void setHighlighting(boolean on) {
        highlighting.setEnabled(on);
    }

    public boolean isHighlighting() {
        return highlighting.isEnabled();
    }

    /** The paragraph (from 0) shown at the top of the view. */
    public int firstVisibleParagraph() {
        return area.getVisibleParagraphs().isEmpty() ? 0 : Math.max(0, area.firstVisibleParToAllParIndex());
    }

    /** Puts the caret at {@code caret} and paragraph {@code paragraph} at the top of the view (both clamped). */
    public void restoreView(int caret, int paragraph) {
        area.moveTo(Math.max(0, Math.min(caret, area.getLength())));
        area.showParagraphAtTop(Math.max(0, Math.min(paragraph, area.getParagraphs().size() - 1)));
    }

    /**
     * Shows a new text (another post was opened): caret and view at the top, undo history
     * forgotten, highlighting recomputed at once.
     */
    public void replaceText(String text) {
        inputMethod.endComposition();
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        area.replaceText(text);
        resetView();
    }

    private void resetView() {
        if (undoOff) {
            area.setUndoManager(UndoUtils.defaultUndoManager(area));
            undoOff = false;
        }
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.showParagraphAtTop(0);
        highlighting.forgetStyles();
        highlighting.refresh();
    }

    /** Inserts text at the caret (replacing any selection) as one undo step. */
    public void insertAtCaret(String text) {
        if (isLoading()) {
            return; // the text is still coming in
        }
        markup.insert(text);
    }

    public void toggleBold() {
        if (isLoading()) {
            return; // the text is still coming in
        }
        markup.toggleWrap("**");
    }

    public void toggleItalic() {
        if (isLoading()) {
            return; // the text is still coming in
        }
        markup.toggleWrap("*");
    }

    public void insertLink() {
        if (isLoading()) {
            return; // the text is still coming in
        }
        markup.link();
    }

    /** Makes the caret's line a heading of {@code level} (1-6) or a paragraph (0), as one undo step. */
    public void setHeading(int level) {
        if (isLoading()) {
            return; // the text is still coming in
        }
        markup.heading(level);
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    public boolean isUndoAvailable() {
        return area.isUndoAvailable();
    }

    /** Soft wrap of long lines. */
    public BooleanProperty wrapTextProperty() {
        return area.wrapTextProperty();
    }

    /**
     * The file line (from 1) of the editor's first line: the gutter, the caret's line and Go to
     * Line count file lines (decision record 0031). 1 until a post says otherwise.
     */
    public IntegerProperty firstLineProperty() {
        return gutter.firstLineProperty();
    }

    @Override
    public int firstLine() {
        return gutter.firstLineProperty().get();
    }

    /**
     * Underlines these problems and marks their lines in the gutter (decision record 0031). The
     * underlines join the highlighting's next round (no restyling of their own); the ranges are
     * editor offsets in {@code marks.basis()}, moved if the text changed since.
     *
     * @param lines the editor lines (from 0) to mark
     */
    public void showProblems(ProblemMarks marks, Set<Integer> lines) {
        highlighting.setMarks(marks);
        gutter.problemLinesProperty().set(Set.copyOf(lines));
    }

    /** The caret's line, counted from 1. */
    public ObservableValue<Integer> caretLineProperty() {
        return Val.map(area.currentParagraphProperty(), p -> p + 1);
    }

    /** The (0-based, fractional) line at the top of the view; changes when the view scrolls. */
    public ReadOnlyDoubleProperty topLineProperty() {
        return viewport.topLineProperty();
    }

    /** Scrolls so that this (0-based, fractional) line is at the top of the view. */
    public void scrollToLine(double line) {
        viewport.scrollToLine(line);
    }

    /** Moves the caret to the start of this (0-based) line, shows it and focuses the editor. */
    public void moveCaretToLine(int line) {
        viewport.moveCaretToLine(line);
    }

    public void requestFocus() {
        area.requestFocus();
    }

    /** Number of highlighting results applied so far (for tests and measurements). */
    public long highlightRounds() {
        return highlighting.appliedCount();
    }

    /** FX-thread nanoseconds of the last highlighting round: {reading the text, restyling}. */
    public long[] lastHighlightCost() {
        return new long[] {highlighting.lastRefreshNanos(), highlighting.lastApplyNanos()};
    }

    /** The caret's offset in the text. */
    @Override
    public int caretPosition() {
        return area.getCaretPosition();
    }

    /** Puts the caret at {@code offset} (clamped to the text) and scrolls it into view. */
    public void moveCaret(int offset) {
        area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        area.requestFollowCaret();
    }

    @Override
    public ObservableValue<Integer> caretPositionProperty() {
        return area.caretPositionProperty();
    }

    @Override
    public int[] caretLineColumn() {
        var position = area.offsetToPosition(area.getCaretPosition(), TwoDimensional.Bias.Forward);
        return new int[] {position.getMajor(), position.getMinor()};
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
    public void selectCentred(int anchor, int caret) {
        area.selectRange(anchor, caret);
        // no follow-caret request: it would scroll the line back to the edge (decision 0034)
        area.showParagraphAtCenter(area.getCurrentParagraph());
    }

    @Override
    public void replace(int start, int end, String text) {
        area.getUndoManager().preventMerge();
        area.replaceText(start, end, text);
        area.getUndoManager().preventMerge();
        area.requestFollowCaret();
    }

    @Override
    public boolean isEditable() {
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
        // Centred, and nothing after it: following the caret on the next layout scrolled it back to
        // the edge nearest the old view (decision 0034).
        area.showParagraphAtCenter(paragraph);
    }

    @Override
    public void focus() {
        area.requestFocus();
    }

    /** Sets the text's inline style (the author's font family and size). */
    public void setTextStyle(String css) {
        area.setStyle(css);
    }

    /** The style sheets of the text itself (the dark theme adds one). */
    public ObservableList<String> textStylesheets() {
        return area.getStylesheets();
    }

    /**
     * The RichTextFX area, for the gestures that attach to the text itself (image paste and
     * drop, which hit-test and read the clipboard); everything else goes through this class
     * and {@link EditorText}.
     */
    public CodeArea textArea() {
        return area;
    }

    /** True while an input method is composing text that is not yet committed (not in the text). */
    public boolean isComposing() {
        return inputMethod.isComposing();
    }

    public void dispose() {
        inputMethod.endComposition();
        highlighting.dispose();
    }
}
