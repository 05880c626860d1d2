package org.postdesk.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.postdesk.ui.common.DatePickers;

/** {@link FileQuestions} as dialogs over the main window. */
public final class FxFileQuestions implements FileQuestions {

    private final Window owner;
    private final ShellContext context;

    public FxFileQuestions(Window owner, ShellContext context) {
        this.owner = owner;
        this.context = context;
    }

    @Override
    public Overwrite askOverwrite(String postTitle) {
        ButtonType overwrite = new ButtonType(context.text("disk.overwrite"), ButtonBar.ButtonData.YES);
        ButtonType reload = new ButtonType(context.text("disk.reload"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(context.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, context.text("disk.askOverwrite", postTitle),
                overwrite, reload, cancel);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == overwrite ? Overwrite.OVERWRITE : answer == reload ? Overwrite.RELOAD_THEIRS : Overwrite.CANCEL;
    }

    @Override
    public boolean confirmTrash(String postTitle) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, context.text("post.trash.ask", postTitle),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<LocalDate> askPublishDate(String postTitle, LocalDate today) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(context.text("post.publish.title"));
        dialog.setHeaderText(context.text("post.publish.ask", postTitle));
        DatePicker picker = DatePickers.iso(new DatePicker(today));
        picker.setId("publishDate");
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? picker.getValue() : null);
        return dialog.showAndWait();
    }
}
