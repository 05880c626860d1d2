package org.postdesk.ui.frontmatter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.postdesk.app.FieldHints;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FieldValue;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.frontmatter.FrontMatterDate;

/**
 * Builds the control for one field. Each control gets the id {@code fm-KEY}; its initial value is
 * set before any listener is attached, so building a form never edits the document.
 */
final class FieldControls {
    private final Messages messages;
    private final FieldHints hints;
    private final EditSink sink;
    private final ImagePicker picker;

    FieldControls(Messages messages, FieldHints hints, EditSink sink, ImagePicker picker) {
        this.messages = messages;
        this.hints = hints;
        this.sink = sink;
        this.picker = picker;
    }

    Node create(FieldValue field) {
        if (hints.categoryChains() && "categories".equals(field.key())
                && (field.kind() == FieldKind.LIST || field.kind() == FieldKind.STRING || field.kind() == FieldKind.EMPTY)) {
            String key = field.key();
            Node chains = new CategoryChainsField(key, FrontMatterDocument.chainsIn(field), messages,
                    next -> sink.apply(doc -> doc.withChains(key, next))).node();
            chains.getProperties().put(ControlKind.class, ControlKind.CHIPS);
            return chains;
        }
        ControlKind control = FieldTypes.infer(field.key(), field.kind(), field.value(), hints);
        if (control == ControlKind.CHIPS && FieldTypes.nestedList(field.rawText())) {
            control = ControlKind.YAML; // a list of lists (Hexo's several category chains): chips would flatten it
        }
        Node node = switch (control) {
            case TEXT -> text(field);
            case CHOICE -> choice(field, false);
            case EDITABLE_CHOICE -> choice(field, true);
            case CHECK -> check(field);
            case DATE -> new DateField(field.key(), dateOf(field), messages, sink).node();
            case CHIPS -> new ChipsField(field.key(), listOf(field), hints.suggestionsFor(field.key()), messages,
                    items -> sink.apply(doc -> doc.withList(field.key(), items))).node();
            case IMAGE -> new ImageField(field.key(), display(field), hints, messages, picker, sink).node();
            case YAML -> yaml(field);
        };
        node.getProperties().put(ControlKind.class, control);
        return node;
    }

    private Node text(FieldValue field) {
        TextField text = new TextField(display(field));
        text.setId("fm-" + field.key());
        text.getStyleClass().add("fm-text");
        String key = field.key();
        FieldKind kind = field.kind();
        CommittedText.onChange(text, now -> sink.apply(doc -> writeText(doc, key, kind, now)));
        return text;
    }

    /** Numbers stay numbers when the author types a number; everything else is written as a string. */
    static FrontMatterDocument writeText(FrontMatterDocument doc, String key, FieldKind kind, String text) {
        if (kind == FieldKind.NUMBER && isNumber(text)) {
            return doc.withYaml(key, text.strip());
        }
        if (kind == FieldKind.EMPTY && text.isEmpty()) {
            return doc.withYaml(key, "");
        }
        return doc.withString(key, text);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Node choice(FieldValue field, boolean editable) {
        String current = display(field);
        List<String> items = new ArrayList<>(editable ? hints.authors() : hints.layouts());
        if (!current.isEmpty() && !items.contains(current)) {
            items.add(0, current);
        }
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setId("fm-" + field.key());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setEditable(editable);
        combo.setValue(current.isEmpty() ? null : current);
        String key = field.key();
        if (editable) {
            combo.getEditor().setText(current);
            CommittedText.onChange(combo.getEditor(), now -> sink.apply(doc -> doc.withString(key, now)), combo);
        } else {
            boolean[] restoring = {false};
            combo.valueProperty().addListener((obs, old, now) -> {
                if (now != null && !restoring[0] && !sink.apply(doc -> doc.withString(key, now))) {
                    // Refused: the file kept the old value, so the control shows it again.
                    restoring[0] = true;
                    combo.setValue(old);
                    restoring[0] = false;
                }
            });
        }
        return combo;
    }

    private Node check(FieldValue field) {
        CheckBox box = new CheckBox();
        box.setId("fm-" + field.key());
        box.setSelected(Boolean.TRUE.equals(field.value()));
        String key = field.key();
        boolean[] restoring = {false};
        box.selectedProperty().addListener((obs, old, now) -> {
            if (!restoring[0] && !sink.apply(doc -> doc.withBoolean(key, now))) {
                // Refused: the file kept the old value, so the box shows it again.
                restoring[0] = true;
                box.setSelected(old);
                restoring[0] = false;
            }
        });
        return box;
    }

    private Node yaml(FieldValue field) {
        TextArea area = new TextArea(stripLeadingNewline(field.rawText()));
        area.setId("fm-" + field.key());
        area.getStyleClass().add("fm-map");
        area.setPrefRowCount(Math.min(8, Math.max(2, area.getText().split("\n", -1).length)));
        String key = field.key();
        String initial = area.getText();
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !area.getText().equals(initial)) {
                boolean applied = sink.apply(doc -> doc.withYaml(key, area.getText()));
                area.getStyleClass().remove("fm-invalid");
                area.setTooltip(applied ? null : new Tooltip(messages.get("map.invalid")));
                if (!applied) {
                    area.getStyleClass().add("fm-invalid");
                }
            }
        });
        HBox.setHgrow(area, Priority.ALWAYS);
        return area;
    }

    private static String stripLeadingNewline(String raw) {
        return raw == null ? "" : raw.startsWith("\n") ? raw.substring(1) : raw;
    }

    /** The value as one line of text for a text-like control. */
    static String display(FieldValue field) {
        Object value = field.value();
        if (value == null) {
            return "";
        }
        if (field.kind() == FieldKind.NUMBER) {
            return field.rawText() == null ? value.toString() : field.rawText().strip();
        }
        if (value instanceof FrontMatterDate date) {
            return date.text();
        }
        return value.toString();
    }

    private static FrontMatterDate dateOf(FieldValue field) {
        return field.value() instanceof FrontMatterDate date ? date : null;
    }

    private static List<String> listOf(FieldValue field) {
        if (field.value() instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(String.valueOf(item)));
            return items;
        }
        String single = display(field);
        return single.isBlank() ? List.of() : List.of(single);
    }
}
