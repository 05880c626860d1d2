package org.postdesk.ui.postlist;

import java.util.Set;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.postdesk.core.text.DisplayDates;

/**
 * A row of the list: the title (the file name when there is none), a muted line with the date and
 * the tags, a draft badge, an unsaved-changes dot, and for a flagged file a warning sign with the
 * reason on a third line and in the tooltip. The nodes are built once per cell and reused.
 */
final class PostCell extends ListCell<PostSearch.Keyed> {

    private final Messages messages;
    private final Set<String> dirtyPaths;
    private final Set<String> changedSinceCommit;
    private final Label uncommitted = new Label("\u25B2");

    private final Label dirty = new Label("\u25CF");
    private final Label title = new Label();
    private final Label draft = new Label();
    private final Label warning = new Label("\u26A0");
    private final Label date = new Label();
    private final Label tags = new Label();
    private final HBox meta = new HBox(date, tags);
    private final Label reason = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;

    PostCell(Messages messages, Set<String> dirtyPaths, Set<String> changedSinceCommit) {
        this.messages = messages;
        this.dirtyPaths = dirtyPaths;
        this.changedSinceCommit = changedSinceCommit;
        uncommitted.getStyleClass().add("post-uncommitted");
        uncommitted.setTooltip(new Tooltip(messages.get("row.uncommitted")));
        getStyleClass().add("post-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
        dirty.getStyleClass().add("post-dirty");
        title.getStyleClass().add("post-title");
        draft.getStyleClass().add("post-draft");
        draft.setText(messages.get("row.draft"));
        warning.getStyleClass().add("post-warning");
        // The date never gives way (decision 0034): a narrow list cuts the tags, not the date.
        date.getStyleClass().addAll("post-meta", "post-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        tags.getStyleClass().addAll("post-meta", "post-tags");
        tags.setMinWidth(0);
        reason.getStyleClass().add("post-reason");
        reason.setWrapText(true);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(4, dirty, title, draft, uncommitted, warning);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(1, top, meta, reason);
        box.setMinWidth(0);
        box.setPrefWidth(0);
        for (Label l : new Label[] {dirty, draft, uncommitted, warning, date}) {
            l.managedProperty().bind(l.visibleProperty());
        }
        meta.managedProperty().bind(meta.visibleProperty());
        reason.managedProperty().bind(reason.visibleProperty());
    }

    @Override
    protected void updateItem(PostSearch.Keyed item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        PostRow row = item.row();
        title.setText(row.displayTitle());
        title.getStyleClass().remove("post-untitled");
        if (row.title().isEmpty()) {
            title.getStyleClass().add("post-untitled");
        }
        boolean unsaved = dirtyPaths.contains(row.path());
        dirty.setVisible(unsaved);
        uncommitted.setVisible(changedSinceCommit.contains(row.path()));
        draft.setVisible(row.draft());
        warning.setVisible(row.flagged());
        String metaText = metaLine(row);
        date.setText(row.date() == null ? "" : DisplayDates.date(row.date().toLocalDate()));
        date.setVisible(row.date() != null);
        tags.setText(row.tags().isEmpty() ? "" : (row.date() == null ? "" : "  \u00B7  ") + String.join(", ", row.tags()));
        meta.setVisible(!metaText.isEmpty());
        reason.setText(row.flagReason());
        reason.setVisible(row.flagged());
        tooltip.setText(tooltipText(row, unsaved));
        setTooltip(tooltip);
        setAccessibleText(String.join(", ", Stream.of(row.displayTitle(), metaText,
                row.draft() ? messages.get("row.draft") : "", unsaved ? messages.get("row.unsaved") : "",
                row.flagReason()).filter(t -> !t.isEmpty()).toList()));
        setGraphic(box);
    }

    private String metaLine(PostRow row) {
        StringBuilder text = new StringBuilder();
        if (row.date() != null) {
            text.append(DisplayDates.date(row.date().toLocalDate()));
        }
        if (!row.tags().isEmpty()) {
            if (text.length() > 0) {
                text.append("  \u00B7  ");
            }
            text.append(String.join(", ", row.tags()));
        }
        return text.toString();
    }

    private String tooltipText(PostRow row, boolean unsaved) {
        StringBuilder text = new StringBuilder(row.path());
        if (unsaved) {
            text.append('\n').append(messages.get("row.unsaved"));
        }
        if (row.flagged()) {
            text.append('\n').append(row.flagReason());
        }
        return text.toString();
    }
}
