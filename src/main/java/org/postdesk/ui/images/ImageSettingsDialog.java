package org.postdesk.ui.images;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.postdesk.core.blog.BlogSettings;
import org.postdesk.core.blog.BlogSettingsFile;
import org.postdesk.core.images.LinkTemplate;
import org.postdesk.core.io.FolderFiles;

/**
 * Edits a blog's image settings: folder (browse limited to the blog), URL style with a live
 * example, keep GPS, downscale width. OK stays disabled while a value is unusable, and the
 * reason is shown. The result is the edited settings; {@link #editAndSave} also writes them.
 */
public final class ImageSettingsDialog extends Dialog<BlogSettings> {
    private final ResourceBundle text;
    private final Path blogRoot;
    private final BlogSettings original;
    private final TextField folder = new TextField();
    private final TextField template = new TextField();
    private final Label example = new Label();
    private final Label problem = new Label();
    private final CheckBox keepGps = new CheckBox();
    private final Spinner<Integer> maxWidth = new Spinner<>(0, 100_000, 0, 100);

    public ImageSettingsDialog(Path blogRoot, BlogSettings current, Locale locale) {
        this.text = ResourceBundle.getBundle("org.postdesk.ui.images.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.blogRoot = blogRoot.toAbsolutePath().normalize();
        this.original = current;
        setTitle(text.getString("settings.title"));
        setHeaderText(text.getString("settings.header"));
        folder.setId("image-folder");
        template.setId("image-template");
        example.setId("image-example");
        problem.setId("image-problem");
        keepGps.setId("image-keep-gps");
        maxWidth.setId("image-max-width");
        folder.setText(current.imageFolder());
        template.setText(current.linkTemplate());
        keepGps.setText(text.getString("settings.keepGps"));
        keepGps.setSelected(current.keepGps());
        maxWidth.setEditable(true);
        maxWidth.getValueFactory().setValue(current.maxWidth());
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);

        folder.textProperty().addListener((obs, old, now) -> followFolder(old, now));
        Button browse = new Button(text.getString("settings.browse"));
        browse.setOnAction(e -> browse());
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.getString("settings.folder")), folderRow);
        grid.addRow(1, new Label(text.getString("settings.template")), template);
        grid.add(new Label(text.getString("settings.templateHint")), 1, 2);
        grid.addRow(3, new Label(text.getString("settings.example")), example);
        grid.add(keepGps, 0, 4, 2, 1);
        grid.addRow(5, new Label(text.getString("settings.maxWidth")), maxWidth);
        grid.add(problem, 0, 6, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> edited().problem().isPresent()
                || !problem.getText().isEmpty(), folder.textProperty(), template.textProperty(),
                maxWidth.valueProperty(), problem.textProperty()));
        template.textProperty().addListener((obs, old, now) -> refresh());
        folder.textProperty().addListener((obs, old, now) -> refresh());
        maxWidth.valueProperty().addListener((obs, old, now) -> refresh());
        refresh();
        setResultConverter(button -> button == ButtonType.OK ? edited() : null);
    }

    /** Shows the dialog; on OK saves the settings, reporting a failure through {@code feedback}. */
    public static Optional<BlogSettings> editAndSave(Window owner, ImageImports imports, Locale locale) {
        BlogSettingsFile file = imports.settingsFile();
        ImageSettingsDialog dialog = new ImageSettingsDialog(imports.blogRoot(), file.load().settings(), locale);
        dialog.initOwner(owner);
        Optional<BlogSettings> result = dialog.showAndWait();
        result.ifPresent(s -> {
            try {
                file.save(s);
            } catch (IOException e) {
                imports.feedback().tell(dialog.text.getString("settings.saveFailed") + " " + e.getMessage());
            }
        });
        return result;
    }

    /** The values as edited so far. */
    public BlogSettings edited() {
        Integer width = maxWidth.getValue();
        return new BlogSettings(folder.getText().strip(), template.getText().strip(), keepGps.isSelected(),
                width == null ? 0 : width, original.gpsNoticeShown());
    }

    private void refresh() {
        BlogSettings s = edited();
        Optional<String> wrong = s.problem();
        problem.setText(wrong.orElse(""));
        if (wrong.isEmpty()) {
            example.setText("![](" + LinkTemplate.of(s.linkTemplate()).urlFor("example.png") + ")");
        } else {
            example.setText("");
        }
    }

    /** When the template spells out the folder, a new folder carries over into it. */
    private void followFolder(String old, String now) {
        String t = template.getText();
        String before = "/" + old.strip() + "/";
        if (!old.isBlank() && t.contains(before)) {
            template.setText(t.replace(before, "/" + now.strip() + "/"));
        }
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        File start = blogRoot.resolve(folder.getText().strip()).toFile();
        chooser.setInitialDirectory(FolderFiles.isDirectory(start.toPath()) ? start : blogRoot.toFile());
        File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path path = chosen.toPath().toAbsolutePath().normalize();
        if (!path.startsWith(blogRoot) || path.equals(blogRoot)) {
            problem.setText(text.getString("settings.outside"));
            return;
        }
        folder.setText(blogRoot.relativize(path).toString().replace('\\', '/'));
    }
}
