package org.postdesk.ui.images;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.postdesk.core.io.FolderFiles;

/** {@link ImageDialogs} with real, modal JavaFX dialogs owned by the main window. */
final class FxImageDialogs implements ImageDialogs {

    private final Window owner;
    private final ResourceBundle text;
    private final String appTitle;

    FxImageDialogs(Window owner, ResourceBundle text, String appTitle) {
        this.owner = owner;
        this.text = text;
        this.appTitle = appTitle;
    }

    @Override
    public List<Path> chooseImages(Path start) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString("chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("chooser.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.svg", "*.PNG", "*.JPG", "*.JPEG", "*.GIF"));
        if (start != null && FolderFiles.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public boolean confirmLarge(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(appTitle);
        alert.setHeaderText(text.getString("large.title"));
        alert.getDialogPane().setMinWidth(460);
        return alert.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public boolean confirmBundle(String question) {
        ButtonType make = new ButtonType(text.getString("bundle.make"), ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType(text.getString("bundle.keep"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, make, keep);
        alert.initOwner(owner);
        alert.setTitle(appTitle);
        alert.setHeaderText(text.getString("bundle.title"));
        alert.getDialogPane().setMinWidth(480);
        return alert.showAndWait().orElse(keep) == make;
    }

    @Override
    public void editSettings(ImageImports imports) {
        Locale locale = text.getLocale() == null ? Locale.ROOT : text.getLocale();
        ImageSettingsDialog.editAndSave(owner, imports, locale);
    }
}
