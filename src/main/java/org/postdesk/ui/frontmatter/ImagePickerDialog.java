package org.postdesk.ui.frontmatter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.postdesk.app.FieldHints;

/** A simple dialog listing the blog's image files with thumbnails (loaded in the background). */
final class ImagePickerDialog implements ImagePicker {
    private static final int CACHE_LIMIT = 200;
    private final Messages messages;

    ImagePickerDialog(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> choose(Window owner, String current, FieldHints hints) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("picker.title"));
        dialog.setResizable(true);
        TextField filter = new TextField();
        filter.setId("fm-picker-filter");
        filter.setPromptText(messages.get("picker.filter"));
        ListView<String> list = new ListView<>();
        list.setId("fm-picker-list");
        list.setPlaceholder(new Label(messages.get("picker.none")));
        list.getItems().setAll(hints.imageFiles());
        Map<String, Image> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > CACHE_LIMIT;
            }
        };
        list.setCellFactory(view -> new ThumbnailCell(hints, cache));
        filter.textProperty().addListener((obs, old, now) -> {
            String needle = now.strip().toLowerCase(Locale.ROOT);
            list.getItems().setAll(hints.imageFiles().stream()
                    .filter(f -> f.toLowerCase(Locale.ROOT).contains(needle)).toList());
        });
        String selected = current == null ? "" : current.strip().replaceFirst("^.*?}}", "").replaceFirst("^/", "");
        list.getSelectionModel().select(selected);
        list.scrollTo(selected);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        VBox content = new VBox(6, filter, list);
        content.setPrefSize(460, 420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    private static final class ThumbnailCell extends ListCell<String> {
        private final FieldHints hints;
        private final Map<String, Image> cache;
        private final ImageView view = new ImageView();

        ThumbnailCell(FieldHints hints, Map<String, Image> cache) {
            this.hints = hints;
            this.cache = cache;
            view.setFitWidth(64);
            view.setFitHeight(40);
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item);
            view.setImage(cache.computeIfAbsent(item, path -> hints.imageUrl().apply(path)
                    .map(url -> new Image(url, 128, 80, true, true, true)).orElse(null)));
            setGraphic(view);
        }
    }
}
