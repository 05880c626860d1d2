package org.postdesk.core.frontmatter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Computes the new text for one edit of a valid document. Every method returns the whole new
 * text; the original text comes back unchanged when the value already is what was asked.
 */
final class FrontMatterEditor {
    private final FrontMatterDocument doc;
    private final String text;
    private final FileStyle style;

    FrontMatterEditor(FrontMatterDocument doc) {
        this.doc = doc;
        this.text = doc.text();
        this.style = FileStyle.detect(text, doc.entries());
    }

    String setString(String key, String value) {
        Entry e = existing(key);
        if (e == null) {
            return value.isEmpty() ? insert(key, "") : insert(key, ScalarWriter.write(value, ScalarWriter.Style.PLAIN, false, style.quote()));
        }
        FieldKind kind = e.field().kind();
        if (e.valueNode() instanceof ScalarNode s) {
            boolean textual = kind == FieldKind.STRING || kind == FieldKind.LIST || kind == FieldKind.DATE
                    || kind == FieldKind.EMPTY;
            if (textual && s.getValue().equals(value)) {
                return text;
            }
            ScalarWriter.Style st = ScalarWriter.styleOf(s);
            if (value.isEmpty() && st == ScalarWriter.Style.PLAIN) {
                return replaceValue(e, "");
            }
            return replaceValue(e, ScalarWriter.write(value, st, false, style.quote()));
        }
        return replaceValue(e, value.isEmpty() ? "" : ScalarWriter.write(value, ScalarWriter.Style.PLAIN, false, style.quote()));
    }

    String setBoolean(String key, boolean value) {
        Entry e = existing(key);
        if (e == null) {
            return insert(key, Boolean.toString(value));
        }
        if (e.field().kind() == FieldKind.BOOLEAN && e.field().value().equals(value)) {
            return text;
        }
        String word = Boolean.toString(value);
        if (e.valueNode() instanceof ScalarNode s && e.field().kind() == FieldKind.BOOLEAN) {
            word = sameFamily(s.getValue(), value);
        }
        return replaceValue(e, word);
    }

    /** {@code yes} becomes {@code no}, {@code True} becomes {@code False}, {@code ON} becomes {@code OFF}. */
    private static String sameFamily(String old, boolean value) {
        String lower = old.toLowerCase(Locale.ROOT);
        String word;
        if (lower.equals("yes") || lower.equals("no")) {
            word = value ? "yes" : "no";
        } else if (lower.equals("on") || lower.equals("off")) {
            word = value ? "on" : "off";
        } else {
            word = value ? "true" : "false";
        }
        if (old.equals(old.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(old.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }

    String setDate(String key, FrontMatterDate date) {
        Entry e = existing(key);
        if (e == null) {
            return insert(key, FrontMatterDates.format(date, FrontMatterDates.DEFAULT_TEMPLATE));
        }
        if (e.valueNode() instanceof ScalarNode s) {
            String template = e.field().kind() == FieldKind.DATE ? s.getValue() : FrontMatterDates.DEFAULT_TEMPLATE;
            String formatted = FrontMatterDates.format(date, template);
            if (formatted.equals(s.getValue()) && e.field().kind() == FieldKind.DATE) {
                return text;
            }
            ScalarWriter.Style st = ScalarWriter.styleOf(s);
            boolean plain = st == ScalarWriter.Style.PLAIN || !key.equals("date");
            return replaceValue(e, plain ? formatted : ScalarWriter.write(formatted, st, false));
        }
        return replaceValue(e, FrontMatterDates.format(date, FrontMatterDates.DEFAULT_TEMPLATE));
    }

    String setList(String key, List<String> items) {
        Entry e = existing(key);
        ListWriter lists = new ListWriter(text, style);
        if (e == null) {
            return insertLines(key, lists.newList(items));
        }
        if (e.field().kind() == FieldKind.LIST && e.field().value().equals(items)) {
            return text;
        }
        Node v = e.valueNode();
        if (e.alias()) {
            return replaceValue(e, ListWriter.flow(items, "", ", "));
        }
        if (v instanceof SequenceNode seq && !items.isEmpty()) {
            return lists.edit(e, seq, items);
        }
        if (v instanceof ScalarNode s && e.field().kind() == FieldKind.LIST) {
            String joined = String.join(" ", items);
            boolean words = !items.isEmpty() && items.stream().noneMatch(i -> i.isEmpty() || i.matches(".*\\s.*"));
            if (words) {
                return replaceValue(e, ScalarWriter.write(joined, ScalarWriter.styleOf(s), false));
            }
            return replaceValue(e, ListWriter.flow(items, "", ", "));
        }
        if (items.isEmpty()) {
            return replaceValue(e, "[]");
        }
        ListWriter.Lines lines = lists.newList(items);
        if (lines.inline() != null) {
            return replaceValue(e, lines.inline());
        }
        int lineEnd = TextLines.lineEnd(text, e.valueEnd());
        return new TextEdits(text)
                .replace(e.colonEnd(), e.valueEnd(), "")
                .replace(lineEnd, lineEnd, lines.block())
                .apply();
    }

    /** Sets a value given as YAML (see {@link FlowValue}): {@code yaml} is its text, {@code node} its parse. */
    String setNode(String key, Node node, String yaml) {
        if (node instanceof SequenceNode seq) {
            boolean strings = seq.getValue().stream().allMatch(n -> n instanceof ScalarNode s
                    && FrontMatterValues.scalarKind(s) == FieldKind.STRING);
            return strings ? setList(key, ListWriter.itemsOf(seq)) : setRaw(key, yaml);
        }
        if (node instanceof MappingNode) {
            return setRaw(key, yaml);
        }
        ScalarNode s = (ScalarNode) node;
        switch (FrontMatterValues.scalarKind(s)) {
            case EMPTY:
                return setEmpty(key);
            case BOOLEAN:
                return setBoolean(key, (Boolean) FrontMatterValues.value(s));
            case NUMBER:
                return setRaw(key, yaml);
            case DATE:
                return setDate(key, FrontMatterDates.parse(s.getValue()).orElseThrow());
            default:
                if (s.getValue().isEmpty()) {
                    return setRaw(key, yaml);
                }
                var date = key.equals("date") ? FrontMatterDates.parse(s.getValue()) : Optional.<FrontMatterDate>empty();
                return date.isPresent() ? setDate(key, date.get()) : setString(key, s.getValue());
        }
    }

    String setEmpty(String key) {
        Entry e = existing(key);
        if (e == null) {
            return insert(key, "");
        }
        return e.field().kind() == FieldKind.EMPTY && e.valueStart() == e.colonEnd() ? text : replaceValue(e, "");
    }

    private String setRaw(String key, String yaml) {
        Entry e = existing(key);
        if (e == null) {
            return insert(key, yaml);
        }
        return e.field().rawText().equals(yaml) ? text : replaceValue(e, yaml);
    }

    String remove(String key) {
        TextEdits edits = new TextEdits(text);
        for (Entry e : doc.entries()) {
            if (!e.key().equals(key)) {
                continue;
            }
            int start = TextLines.lineStart(text, e.keyStart());
            requireOwnLine(e, start);
            int end = TextLines.lineEnd(text, Math.max(e.valueEnd(), e.colonEnd()));
            int after = TextLines.afterBreak(text, end);
            if (after == end && start > 0) {
                start = TextLines.beforeBreak(text, start);
            }
            edits.replace(start, after, "");
        }
        return edits.apply();
    }

    private Entry existing(String key) {
        return doc.effectiveEntry(key);
    }

    private void requireOwnLine(Entry e, int lineStart) {
        int from = lineStart == 0 && text.startsWith("\uFEFF") ? 1 : lineStart;
        if (!TextLines.isBlank(text, from, e.keyStart())) {
            throw new EditRefusedException("Postdesk did not add or change a key: the front matter is"
                    + " written as one {key: value} map, which Postdesk only edits in the text. The front matter was kept as it was.");
        }
    }

    /** Replaces an entry's value text by {@code yaml} (one line), keeping any trailing comment. */
    private String replaceValue(Entry e, String yaml) {
        TextEdits edits = new TextEdits(text);
        boolean empty = e.valueStart() == e.colonEnd();
        boolean onKeyLine = !empty && TextLines.lineEnd(text, e.colonEnd()) >= e.valueStart();
        if (yaml.isEmpty()) {
            return edits.replace(e.colonEnd(), e.valueEnd(), "").apply();
        }
        if (onKeyLine) {
            return edits.replace(e.valueStart(), e.valueEnd(), yaml).apply();
        }
        int column = e.colonEnd() - TextLines.lineStart(text, e.colonEnd());
        return edits.replace(e.colonEnd(), e.valueEnd(), style.gapAfterColon(column) + yaml).apply();
    }

    private String insert(String key, String yaml) {
        String k = writeKey(key);
        return insertAt(key, yaml.isEmpty() ? style.keyColon(k) : style.keyAndGap(k) + yaml);
    }

    private String insertLines(String key, ListWriter.Lines lines) {
        String k = writeKey(key);
        return insertAt(key, lines.inline() != null ? style.keyAndGap(k) + lines.inline()
                : style.keyColon(k) + lines.block());
    }

    private static String writeKey(String key) {
        return ScalarWriter.write(key, ScalarWriter.Style.PLAIN, false);
    }

    /** Inserts a new entry (its text without final line break) where the preferred order puts it. */
    private String insertAt(String key, String entryText) {
        Entry anchor = KeyPlacement.anchor(doc, key);
        String eol = style.eol();
        if (anchor != null) {
            requireOwnLine(anchor, TextLines.lineStart(text, anchor.keyStart()));
            int end = TextLines.lineEnd(text, Math.max(anchor.valueEnd(), anchor.colonEnd()));
            return new TextEdits(text).replace(end, end, eol + entryText).apply();
        }
        if (!doc.entries().isEmpty()) {
            Entry first = doc.entries().get(0);
            requireOwnLine(first, TextLines.lineStart(text, first.keyStart()));
        }
        if (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")) {
            return text + entryText + eol;
        }
        return text + eol + entryText;
    }
}
