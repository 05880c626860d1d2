package org.postdesk.ui.editor;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * Input-method (IME) support for the code area, replacing what RichTextFX installs.
 *
 * <p>RichTextFX 0.11.7 writes the composed (uncommitted) text into the document, so every
 * pinyin keystroke is an undoable edit, a text change (dirty flag, highlighting, preview) and
 * part of the saved text if the author saves mid-composition; its {@code getTextLocation}
 * ignores the offset. Here the composed text is shown in a small popup placed over the caret
 * (underlined, like an inline composition), and only the committed text reaches the document,
 * as one undo step that replaces the selection. See docs/decisions/0016-input-methods.md.
 */
final class InputMethodSupport {

    /** Node id of the text showing the composition (inside the popup). */
    static final String COMPOSITION_ID = "editor-composition";

    private final CodeArea area;
    private final Consumer<String> insert;
    private final Font fallbackFont;
    private final Text composed = new Text();
    private final Popup popup = new Popup();
    /** The last committed text and where it ended, for {@link InputMethodRequests#cancelLatestCommittedText}. */
    private String lastCommitted;
    private int lastCommittedEnd = -1;

    /** @param insert inserts text at the caret, replacing the selection, as one undo step */
    InputMethodSupport(CodeArea area, Consumer<String> insert, Font fallbackFont) {
        this.area = area;
        this.insert = insert;
        this.fallbackFont = fallbackFont;
        composed.setId(COMPOSITION_ID);
        composed.getStyleClass().add("ime-composition");
        composed.setUnderline(true);
        composed.setBoundsType(TextBoundsType.LOGICAL);
        StackPane box = new StackPane(composed);
        box.setStyle("-fx-background-color: #fdfdfc; -fx-border-color: transparent transparent #1f6feb transparent;");
        box.setMouseTransparent(true);
        popup.getContent().add(box);
        popup.setAutoFix(false);
        popup.setAutoHide(false);
        popup.setConsumeAutoHidingEvents(false);

        area.setOnInputMethodTextChanged(this::handle);
        area.setInputMethodRequests(new Requests());
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                endComposition();
            }
        });
    }

    /** True while uncommitted text is being composed. */
    boolean isComposing() {
        return !composed.getText().isEmpty();
    }

    /** Forgets any composition in progress (the text was replaced, focus left). */
    void endComposition() {
        composed.setText("");
        popup.hide();
    }

    private void handle(InputMethodEvent event) {
        event.consume();
        if (!area.isEditable() || area.isDisabled()) {
            endComposition();
            return;
        }
        String committed = event.getCommitted();
        if (!committed.isEmpty()) {
            insert.accept(committed);
            lastCommitted = committed;
            lastCommittedEnd = area.getCaretPosition();
        }
        StringBuilder text = new StringBuilder();
        for (InputMethodTextRun run : event.getComposed()) {
            text.append(run.getText());
        }
        if (text.isEmpty()) {
            endComposition();
        } else {
            showComposition(text.toString());
        }
    }

    private void showComposition(String text) {
        composed.setFont(areaFont());
        composed.setText(text);
        Bounds caret = caretOnScreen().orElse(null);
        if (caret == null) {
            popup.hide();
            return;
        }
        if (area.getScene() == null || area.getScene().getWindow() == null) {
            return;
        }
        if (popup.isShowing()) {
            popup.setX(caret.getMinX());
            popup.setY(caret.getMinY());
        } else {
            popup.show(area, caret.getMinX(), caret.getMinY());
        }
    }

    /** The font of the text at the caret, so the composition looks like the text around it. */
    private Font areaFont() {
        Node text = area.lookup(".text");
        if (text instanceof Text t) {
            return t.getFont();
        }
        return fallbackFont;
    }

    /** The caret's bounds on screen; empty if the caret's paragraph is not laid out. */
    private Optional<Bounds> caretOnScreen() {
        Optional<Bounds> caret = area.getCaretBounds();
        if (caret.isPresent()) {
            return caret;
        }
        int at = area.getCaretPosition();
        if (at < area.getLength()) {
            return area.getCharacterBoundsOnScreen(at, at + 1);
        }
        return Optional.empty();
    }

    private double prefixWidth(int offset) {
        String text = composed.getText();
        int end = Math.max(0, Math.min(offset, text.length()));
        if (end == 0) {
            return 0;
        }
        Text measure = new Text(text.substring(0, end));
        measure.setFont(composed.getFont());
        return measure.getLayoutBounds().getWidth();
    }

    private final class Requests implements InputMethodRequests {

        /** Where the candidate window goes: below the composed character {@code offset}, or the caret. */
        @Override
        public Point2D getTextLocation(int offset) {
            return caretOnScreen()
                    .map(b -> new Point2D(b.getMinX() + prefixWidth(offset), b.getMaxY()))
                    .orElseGet(() -> {
                        Bounds area = InputMethodSupport.this.area.localToScreen(
                                InputMethodSupport.this.area.getLayoutBounds());
                        return area == null ? new Point2D(0, 0) : new Point2D(area.getMinX(), area.getMinY());
                    });
        }

        /** The composed-text offset under a screen point, or -1 when the point is not on the composition. */
        @Override
        public int getLocationOffset(int x, int y) {
            if (!popup.isShowing() || !isComposing()) {
                return -1;
            }
            Point2D local = composed.screenToLocal(x, y);
            if (local == null || !composed.getLayoutBounds().contains(local)) {
                return -1;
            }
            HitInfo hit = composed.hitTest(local);
            return hit.getInsertionIndex();
        }

        /** Removes the last committed text if it is still there, just before the caret. */
        @Override
        public void cancelLatestCommittedText() {
            if (lastCommitted == null || !area.isEditable()) {
                return;
            }
            int start = lastCommittedEnd - lastCommitted.length();
            if (start >= 0 && lastCommittedEnd == area.getCaretPosition()
                    && area.getText(start, lastCommittedEnd).equals(lastCommitted)) {
                area.selectRange(start, lastCommittedEnd);
                insert.accept("");
            }
            lastCommitted = null;
        }

        @Override
        public String getSelectedText() {
            return area.getSelectedText();
        }
    }
}
