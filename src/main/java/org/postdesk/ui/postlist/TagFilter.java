package org.postdesk.ui.postlist;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** The tag choice: "All tags" first, then each tag with the number of posts that carry it. */
final class TagFilter {
    private final Messages messages;
    private final ComboBox<TagChoice> box = new ComboBox<>();
    private boolean replacing;

    TagFilter(Messages messages, Runnable onChange) {
        this.messages = messages;
        box.setId("tagFilter");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.setCellFactory(v -> new Cell());
        box.setButtonCell(new Cell());
        box.valueProperty().addListener((o, a, b) -> {
            if (!replacing) {
                onChange.run();
            }
        });
        setChoices(List.of(new TagChoice(null, 0)));
    }

    Region node() {
        return box;
    }

    /** The chosen tag, or null for all tags. */
    String selectedTag() {
        TagChoice value = box.getValue();
        return value == null ? null : value.tag();
    }

    /** New choices (new counts); the chosen tag stays chosen while some post still has it. */
    void setChoices(List<TagChoice> choices) {
        String tag = selectedTag();
        replacing = true;
        try {
            box.getItems().setAll(choices);
            box.setValue(choices.stream().filter(c -> tag != null && tag.equals(c.tag())).findFirst()
                    .orElse(choices.get(0)));
        } finally {
            replacing = false;
        }
    }

    void reset() {
        replacing = true;
        try {
            box.getSelectionModel().select(0);
        } finally {
            replacing = false;
        }
    }

    String label(TagChoice choice) {
        return choice.all() ? messages.get("tags.all", choice.count()) : messages.get("tags.one", choice.tag(), choice.count());
    }

    private final class Cell extends ListCell<TagChoice> {
        @Override
        protected void updateItem(TagChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
        }
    }
}
