package org.postdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.postdesk.app.NotABlog;
import org.postdesk.core.io.FolderFiles;

/** {@link DialogService} with real, modal JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final ShellContext context;

    public FxDialogService(Window owner, ShellContext context) {
        this.owner = owner;
        this.context = context;
    }

    @Override
    public SaveChoice askSaveChanges(String postTitle) {
        ButtonType save = new ButtonType(context.text("dialog.unsaved.save"), ButtonData.YES);
        ButtonType dontSave = new ButtonType(context.text("dialog.unsaved.dontSave"), ButtonData.NO);
        ButtonType cancel = new ButtonType(context.text("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, context.text("dialog.unsaved.header", postTitle),
                context.text("dialog.unsaved.text"), save, dontSave, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public NotABlogChoice askNotABlog(Path folder, NotABlog why) {
        ButtonType create = new ButtonType(context.text("dialog.notBlog.create",
                why.starterFolder().replace("_", "__")), ButtonData.YES); // "__": a button reads "_" as a mnemonic
        ButtonType other = new ButtonType(context.text("dialog.notBlog.other"), ButtonData.NO);
        ButtonType cancel = new ButtonType(context.text("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, context.text("dialog.notBlog.header", why.generator()),
                context.text("dialog.notBlog.text", folder, why.why(), why.starterFolder(), why.generator()),
                create, other, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == create ? NotABlogChoice.CREATE_POSTS_FOLDER
                : answer == other ? NotABlogChoice.PICK_ANOTHER : NotABlogChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseBlogFolder(Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(context.text("dialog.openBlog.title"));
        if (start != null && FolderFiles.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File dir = chooser.showDialog(owner);
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public <T> Optional<T> ask(Dialog<T> dialog) {
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(owner);
        alert.setTitle(context.text("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        return alert;
    }

}
