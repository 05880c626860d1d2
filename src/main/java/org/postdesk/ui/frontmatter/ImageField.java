package org.postdesk.ui.frontmatter;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * A path with no file behind it says so in the thumbnail's place ({@code #fm-KEY-missing}, the
 * frame gets {@code missing}; decision record 0031) instead of showing an empty frame.
 */
final class ImageField implements FrontMatterPane.ImageSpot {
    static final double THUMB_WIDTH = 56;
    static final double THUMB_HEIGHT = 32;

    private final String key;
    private final FieldHints hints;
    private final TextField path;
    private final ImageView thumb = new ImageView();
    private final Label missing = new Label();
    private final StackPane frame;
    private final Messages messages;
    private final HBox box;
    private Tooltip frameTip;

    ImageField(String key, String initial, FieldHints hints, Messages messages, ImagePicker picker, EditSink sink) {
        this.key = key;
        this.hints = hints;
        this.messages = messages;
        path = new TextField(initial);
        path.setId("fm-" + key);
        path.setPromptText(messages.get("image.prompt"));
        HBox.setHgrow(path, Priority.ALWAYS);
        thumb.setId("fm-" + key + "-thumb");
        thumb.setFitWidth(THUMB_WIDTH);
        thumb.setFitHeight(THUMB_HEIGHT);
        thumb.setPreserveRatio(true);
        missing.setId("fm-" + key + "-missing");
        missing.getStyleClass().add("fm-thumb-missing");
        missing.setText(messages.get("image.missing"));
        missing.setWrapText(true);
        missing.setVisible(false);
        frame = new StackPane(thumb, missing);
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
        String written = value.strip();
        var url = hints.imageUrl().apply(written);
        thumb.setImage(url.map(u -> new Image(u, THUMB_WIDTH * 2, THUMB_HEIGHT * 2, true, true, true)).orElse(null));
        boolean gone = url.isEmpty() && !written.isEmpty();
        missing.setVisible(gone);
        frame.getStyleClass().remove("missing");
        path.getStyleClass().remove("fm-missing");
        if (frameTip != null) {
            Tooltip.uninstall(frame, frameTip);
            frameTip = null;
        }
        if (gone) {
            frame.getStyleClass().add("missing");
            path.getStyleClass().add("fm-missing");
            frameTip = new Tooltip(messages.get("image.missing.tooltip", written));
            frameTip.setWrapText(true);
            frameTip.setMaxWidth(360);
            Tooltip.install(frame, frameTip);
        }
        path.setTooltip(gone ? new Tooltip(messages.get("image.missing.tooltip", written)) : null);
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
