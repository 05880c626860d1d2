package org.postdesk.ui.publish;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.postdesk.app.publish.PublishItem;
import org.postdesk.core.git.FileChange;

/**
 * The Publish dialog's list of changes: one tick per file, the blog's content ticked in the first
 * box (posts by title, images with a thumbnail loaded in the background), other changes unticked
 * in the second; Git LFS files shown with a note, never tickable (decision record 0042).
 */
final class ChangeRows {
    private final ResourceBundle text;
    private final VBox content;
    private final VBox other;
    private final Runnable changed;
    private final List<Row> rows = new ArrayList<>();

    private record Row(PublishItem item, CheckBox box) {
    }

    ChangeRows(ResourceBundle text, VBox content, VBox other, Runnable changed) {
        this.text = text;
        this.content = content;
        this.other = other;
        this.changed = changed;
    }

    /** Lists {@code items}; images are read from {@code workTree} (the repository's top folder). */
    void show(List<PublishItem> items, Path workTree) {
        rows.clear();
        content.getChildren().clear();
        other.getChildren().clear();
        for (PublishItem item : items) {
            String name = item.isPost() ? item.title() : item.blogPath() == null ? item.repoPath() : item.blogPath();
            CheckBox box = new CheckBox(new MessageFormat(text.getString("item.row"), text.getLocale()).format(
                    new Object[] {text.getString("kind." + item.kind()), text.getString("role." + item.role()), name}));
            box.setMnemonicParsing(false);
            box.setSelected(item.chosenByDefault());
            box.setDisable(item.lfs() && item.kind() != FileChange.Kind.DELETED);
            box.selectedProperty().addListener((obs, was, now) -> changed.run());
            HBox row = new HBox(8, box);
            row.setAlignment(Pos.CENTER_LEFT);
            if (item.role() == PublishItem.Role.IMAGE && item.kind() != FileChange.Kind.DELETED) {
                ImageView thumb = new ImageView(new Image(workTree.resolve(item.repoPath()).toUri().toString(), 40, 40,
                        true, true, true));
                thumb.getStyleClass().add("publish-thumbnail");
                box.setGraphic(thumb);
                box.setGraphicTextGap(8);
            }
            if (item.lfs()) {
                row.getChildren().add(new Label(text.getString("item.lfs")));
            }
            rows.add(new Row(item, box));
            boolean blogContent = item.chosenByDefault() || item.lfs() && item.role() != PublishItem.Role.OTHER;
            (blogContent ? content : other).getChildren().add(row);
        }
        if (items.isEmpty()) {
            content.getChildren().add(new Label(text.getString("dialog.none")));
        }
    }

    /** The files ticked now. */
    List<PublishItem> chosen() {
        return rows.stream().filter(r -> r.box().isSelected()).map(Row::item).toList();
    }
}
