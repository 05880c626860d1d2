package org.postdesk.ui.postlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.postdesk.core.site.PostNames;

/**
 * Asks for a new post's title and shows the file it will become, as the site names it (for
 * Jekyll {@code _posts/YYYY-MM-DD-SLUG.md} or {@code _drafts/SLUG.md}). Create stays disabled, with a sentence, while the slug is empty or
 * the file exists. The dialog only answers; the shell writes the file.
 *
 * <pre>{@code
 * new NewPostDialog(messages, site.naming(), clock, path -> index.contains(path)).showAndWait().ifPresent(shell::create);
 * }</pre>
 */
public final class NewPostDialog extends Dialog<NewPost> {
    private final NewPostForm form;
    private final ButtonType create;

    /**
     * @param clock  gives today's date, the default date of the post
     * @param exists true for a path (relative, {@code /} separators) that is already taken; called
     *               on the FX thread at each change, so it should be cheap
     */
    public NewPostDialog(Messages messages, PostNames naming, Clock clock, Predicate<String> exists) {
        Objects.requireNonNull(clock, "clock");
        form = new NewPostForm(messages, naming, LocalDate.now(clock), exists);
        create = new ButtonType(messages.get("new.create"), ButtonBar.ButtonData.OK_DONE);
        setTitle(messages.get("new.title"));
        setHeaderText(messages.get("new.header"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId("newPostDialog");
        pane.getStylesheets().add(Objects.requireNonNull(NewPostDialog.class.getResource("postlist.css")).toExternalForm());
        pane.setContent(form);
        // Our own Cancel: JavaFX's built-in one speaks the JVM's language, not the author's.
        ButtonType cancel = new ButtonType(messages.get("new.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(create, cancel);
        Node createButton = pane.lookupButton(create);
        createButton.setId("newPostCreate");
        createButton.disableProperty().bind(form.validProperty().not());
        setResultConverter(button -> button == create ? form.plan().result() : null);
        setOnShown(e -> {
            // The first size is taken before the style sheet applies; measure again once shown.
            pane.getScene().getWindow().sizeToScene();
            Platform.runLater(form.titleField()::requestFocus);
        });
    }

    /** Ticks or clears the Draft box (File > New Draft opens the dialog with it ticked). */
    public void setDraft(boolean draft) {
        form.setDraft(draft);
    }

    /** What the fields add up to right now. */
    public NewPostPlan plan() {
        return form.plan();
    }
}
