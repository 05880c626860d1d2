package org.postdesk.ui.frontmatter;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.postdesk.app.FieldHints;

/**
 * An image path ({@code #fm-KEY}, committed on each change), a thumbnail loaded in the
 * background ({@code #fm-KEY-thumb}) and a button opening the picker ({@code #fm-KEY-browse}).
 */
final class ImageField implements FrontMatterPane.ImageSpot {
    static final double THUMB_WIDTH = 56;
    static final double THUMB_HEIGHT = 32;

    private final String key;
    private final FieldHints hints;
    private final TextField path;
    private final ImageView thumb = new ImageView();
    private final HBox box;

    ImageField(String key, String initial, FieldHints hints, Messages messages, ImagePicker picker, EditSink sink) {
        this.key = key;
        this.hints = hints;
        path = new TextField(initial);
        path.setId("fm-" + key);
        path.setPromptText(messages.get("image.prompt"));
        HBox.setHgrow(path, Priority.ALWAYS);
        thumb.setId("fm-" + key + "-thumb");
        thumb.setFitWidth(THUMB_WIDTH);
        thumb.setFitHeight(THUMB_HEIGHT);
        thumb.setPreserveRatio(true);
        StackPane frame = new StackPane(thumb);
        frame.getStyleClass().add("fm-thumb");
        frame.setMinSize(THUMB_WIDTH + 2, THUMB_HEIGHT + 2);
        frame.setMaxSize(THUMB_WIDTH + 2, THUMB_HEIGHT + 2);
        Button browse = new Button(messages.get("image.browse"));
        browse.setId("fm-" + key + "-browse");
        browse.setTooltip(new Tooltip(messages.get("image.browse.tooltip")));
        browse.setOnAction(e -> picker.choose(browse.getScene() == null ? null : browse.getScene().getWindow(),
                path.getText(), hints).ifPresent(chosen -> path.setText(inStyleOf(path.getText(), chosen))));
        // A narrow form shows the end of the path: the file name says which image it is (decision 0034).
        path.positionCaret(path.getLength());
        path.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                path.positionCaret(path.getLength());
            }
        });
        showThumbnail(initial);
        CommittedText.onChange(path, now -> {
            sink.apply(doc -> doc.withString(key, now));
            showThumbnail(now);
        });
        box = new HBox(6, path, frame, browse);
        box.getStyleClass().add("fm-image");
        box.getProperties().put(ImageField.class, this);
    }

    String key() {
        return key;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void type(String value) {
        if (path.getScene() != null && !path.isDisabled()) {
            path.setText(value);
        }
    }

    private void showThumbnail(String value) {
        thumb.setImage(hints.imageUrl().apply(value.strip())
                .map(url -> new Image(url, THUMB_WIDTH * 2, THUMB_HEIGHT * 2, true, true, true))
                .orElse(null));
    }

    /**
     * Writes a picked path (relative to the blog root) the way the current value is written:
     * with a leading slash, or after a Liquid prefix such as {@code {{ site.baseurl }}}.
     */
    static String inStyleOf(String current, String chosen) {
        String relative = chosen.startsWith("/") ? chosen.substring(1) : chosen;
        String now = current == null ? "" : current.strip();
        if (now.startsWith("{{")) {
            int end = now.indexOf("}}");
            if (end > 0) {
                return now.substring(0, end + 2) + "/" + relative;
            }
        }
        return now.startsWith("/") ? "/" + relative : relative;
    }
}
