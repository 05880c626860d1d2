package org.postdesk.ui.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Category chains ({@code #fm-KEY}) for a site where a list of categories is a parent and its
 * children and a list of lists several chains (Hexo, docs/decisions/0038): one text field per
 * chain ({@code .fm-chain}), written {@code 写作 › 工具}; typing {@code ›}, {@code >} or
 * {@code /} between names makes the chain. A chain emptied is removed; Add Chain adds one.
 */
final class CategoryChainsField {
    static final String SEPARATOR = " \u203A ";
    private static final Pattern SPLIT = Pattern.compile("\\s*[\u203A>/]\\s*");

    private final List<List<String>> chains;
    private final Messages messages;
    /** Publishes the new chains; false when the core refused them (the file kept the old ones). */
    private final Predicate<List<List<String>>> onChange;
    private final VBox box = new VBox(4);
    private final String key;

    CategoryChainsField(String key, List<List<String>> initial, Messages messages,
            Predicate<List<List<String>>> onChange) {
        this.key = key;
        this.chains = new ArrayList<>(initial.stream().map(List::copyOf).toList());
        this.messages = messages;
        this.onChange = onChange;
        box.setId("fm-" + key);
        box.getStyleClass().add("fm-chains");
        rebuild();
    }

    Node node() {
        return box;
    }

    /** A chain as typed ({@code a › b}, {@code a > b}, {@code a/b}): its names, blanks dropped. */
    static List<String> parse(String text) {
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(text.strip())) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    private void rebuild() {
        box.getChildren().clear();
        for (int i = 0; i < chains.size(); i++) {
            box.getChildren().add(row(i));
        }
        Button add = new Button(messages.get("chains.add"));
        add.setId("fm-" + key + "-add");
        add.getStyleClass().add("fm-chains-add");
        add.setOnAction(e -> {
            chains.add(List.of());
            rebuild();
            ((HBox) box.getChildren().get(chains.size() - 1)).getChildren().get(0).requestFocus();
        });
        box.getChildren().add(add);
    }

    private HBox row(int index) {
        TextField field = new TextField(String.join(SEPARATOR, chains.get(index)));
        field.getStyleClass().add("fm-chain");
        field.setPromptText(messages.get("chains.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        CommittedText.onChange(field, now -> publish(index, parse(now)));
        Button remove = new Button("\u2212");
        remove.getStyleClass().add("fm-chain-remove");
        remove.setAccessibleText(messages.get("chains.remove", String.join(SEPARATOR, chains.get(index))));
        remove.setOnAction(e -> {
            List<List<String>> next = new ArrayList<>(chains);
            next.remove(index);
            if (onChange.test(next)) {
                chains.clear();
                chains.addAll(next);
            }
            rebuild();
        });
        return new HBox(4, field, remove);
    }

    private void publish(int index, List<String> chain) {
        List<List<String>> next = new ArrayList<>(chains);
        next.set(index, chain);
        if (onChange.test(next)) {
            chains.set(index, chain);
        }
    }
}
