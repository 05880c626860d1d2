package org.postdesk.ui.frontmatter;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputMethodEvent;

/**
 * Reports the text of a field as the author settles it, leaving out the uncommitted text of an
 * input method. JavaFX text fields show a composition (pinyin such as "zhong") by writing it into
 * their text; reporting those texts would publish front-matter edits, and mark the post changed,
 * for letters that are about to be replaced by "中". Here the field's own input-method handling
 * still runs (the composition stays visible and underlined in the field, at the caret), but the
 * text is reported only when the composition ends: once with the committed result, or not at all
 * when the composition was cancelled. See docs/decisions/0016-input-methods.md.
 */
final class CommittedText {

    private final TextInputControl field;
    private final Consumer<String> action;
    private boolean handlingInputMethod;
    private boolean composing;
    /** The text without any composition: the last one reported, or the one found before composing. */
    private String settled;

    private CommittedText(TextInputControl field, Consumer<String> action) {
        this.field = field;
        this.action = action;
        this.settled = field.getText();
    }

    /**
     * Runs {@code action} with the field's text after each change that is not part of a composition.
     *
     * @param owners controls that receive input-method events on the field's behalf and pass them
     *     to it (an editable combo box: it holds the focus, its editor shows the text)
     */
    static void onChange(TextInputControl field, Consumer<String> action, Node... owners) {
        CommittedText text = new CommittedText(field, action);
        field.textProperty().addListener((obs, old, now) -> text.changed(now));
        field.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> text.inputMethod(field, e));
        for (Node owner : owners) {
            owner.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> text.inputMethod(owner, e));
        }
    }

    private void changed(String now) {
        if (handlingInputMethod || composing) {
            return;
        }
        settled = now;
        action.accept(now);
    }

    /** Lets the control (its skin) that received the event handle it, then reports the text if the composition ended. */
    private void inputMethod(Node target, InputMethodEvent event) {
        EventHandler<? super InputMethodEvent> skin = target.getOnInputMethodTextChanged();
        if (skin == null || event.isConsumed()) {
            return;
        }
        event.consume();
        if (!composing) {
            settled = field.getText();
        }
        handlingInputMethod = true;
        try {
            skin.handle(event);
        } finally {
            handlingInputMethod = false;
        }
        composing = !event.getComposed().isEmpty();
        String now = field.getText();
        if (!composing && !now.equals(settled)) {
            settled = now;
            action.accept(now);
        }
    }
}
