package org.postdesk.ui.frontmatter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Removable tokens ({@code .fm-chip}) in a flow pane ({@code #fm-KEY}) followed by a text field
 * ({@code #fm-KEY-input}). Enter or a comma adds what was typed; suggestions come from the blog,
 * most used first.
 */
final class ChipsField {
    private static final int MAX_SUGGESTIONS = 8;

    private final List<String> items;
    private final Map<String, Integer> suggestions;
    private final Messages messages;
    /** Publishes the new items; false when the core refused them (the file kept the old ones). */
    private final Predicate<List<String>> onChange;
    private final FlowPane pane = new FlowPane(4, 4);
    private final TextField input = new TextField();
    private final ContextMenu popup = new ContextMenu();

    ChipsField(String key, List<String> initial, Map<String, Integer> suggestions, Messages messages,
            Predicate<List<String>> onChange) {
        this.items = new ArrayList<>(initial);
        this.suggestions = suggestions;
        this.messages = messages;
        this.onChange = onChange;
        pane.setId("fm-" + key);
        pane.getStyleClass().add("fm-chips");
        input.setId("fm-" + key + "-input");
        input.getStyleClass().add("fm-chips-input");
        input.setPromptText(messages.get("chips.prompt"));
        input.setPrefColumnCount(8);
        input.setOnAction(e -> addTyped(input.getText()));
        CommittedText.onChange(input, now -> {
            if (now.indexOf(',') >= 0 || now.indexOf('，') >= 0) {
                Platform.runLater(() -> addTyped(input.getText()));
            } else {
                suggest(now);
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !items.isEmpty()) {
                remove(items.size() - 1);
            }
        });
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        render();
    }

    Node node() {
        return pane;
    }

    private void addTyped(String typed) {
        List<String> before = List.copyOf(items);
        boolean changed = false;
        for (String part : typed.split("[,，]")) {
            String item = part.strip();
            if (!item.isEmpty() && !items.contains(item)) {
                items.add(item);
                changed = true;
            }
        }
        input.clear();
        popup.hide();
        if (changed) {
            publish(before);
        }
        input.requestFocus();
    }

    private void remove(int index) {
        List<String> before = List.copyOf(items);
        items.remove(index);
        publish(before);
        input.requestFocus();
    }

    /** Sends the items on; when the core refuses them, the chips go back to {@code before}, the file's. */
    private void publish(List<String> before) {
        if (!onChange.test(List.copyOf(items))) {
            items.clear();
            items.addAll(before);
        }
        render();
    }

    private void render() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(chip(items.get(i), i));
        }
        nodes.add(input);
        pane.getChildren().setAll(nodes);
    }

    private Node chip(String item, int index) {
        Label text = new Label(item);
        text.getStyleClass().add("fm-chip-text");
        Button close = new Button("×");
        close.getStyleClass().add("fm-chip-remove");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip(messages.get("chips.remove", item)));
        close.setOnAction(e -> remove(index));
        HBox chip = new HBox(2, text, close);
        chip.getStyleClass().add("fm-chip");
        chip.setUserData(item);
        return chip;
    }

    private void suggest(String typed) {
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty() || suggestions.isEmpty()) {
            popup.hide();
            return;
        }
        List<String> matches = suggestions.keySet().stream()
                .filter(s -> !items.contains(s) && s.toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.<String, Boolean>comparing(s -> !s.toLowerCase(Locale.ROOT).startsWith(needle))
                        .thenComparing(s -> -suggestions.get(s))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .toList();
        if (matches.isEmpty()) {
            popup.hide();
            return;
        }
        popup.getItems().setAll(matches.stream().map(this::suggestionItem).toList());
        if (!popup.isShowing() && input.getScene() != null && input.getScene().getWindow() != null) {
            popup.show(input, Side.BOTTOM, 0, 0);
        }
    }

    private CustomMenuItem suggestionItem(String tag) {
        Label name = new Label(tag);
        Label count = new Label(String.valueOf(suggestions.get(tag)));
        count.getStyleClass().add("fm-suggestion-count");
        HBox row = new HBox(8, name, count);
        CustomMenuItem item = new CustomMenuItem(row, true);
        item.getStyleClass().add("fm-suggestion");
        item.setOnAction(e -> addTyped(tag));
        return item;
    }
}
