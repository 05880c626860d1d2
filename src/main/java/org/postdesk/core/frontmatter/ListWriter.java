package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes lists: a block list keeps its indent, dash spacing and item quoting, and only the
 * items that change are touched; a flow list stays a flow list with its own spacing.
 */
final class ListWriter {
    /** A list to write after a key: either {@code inline} ({@code [a, b]}) or {@code block} lines, each led by a line break. */
    record Lines(String inline, String block) {
    }

    private final String text;
    private final FileStyle style;
    private final CharOffsets offsets;

    ListWriter(String text, FileStyle style) {
        this.text = text;
        this.style = style;
        this.offsets = new CharOffsets(text);
    }

    /** A new list in the file's usual list style. */
    Lines newList(List<String> items) {
        if (items.isEmpty()) {
            return new Lines("[]", null);
        }
        if (style.prefersFlowLists()) {
            return new Lines(flow(items, "", ", "), null);
        }
        StringBuilder block = new StringBuilder();
        for (String item : items) {
            block.append(style.eol()).append(style.itemPrefix())
                    .append(ScalarWriter.write(item, ScalarWriter.Style.PLAIN, false));
        }
        return new Lines(null, block.toString());
    }

    static String flow(List<String> items, String pad, String separator) {
        List<String> written = new ArrayList<>();
        for (String item : items) {
            written.add(ScalarWriter.write(item, ScalarWriter.Style.PLAIN, true));
        }
        return written.isEmpty() ? "[]" : "[" + pad + String.join(separator, written) + pad + "]";
    }

    /** The items of a list given in YAML flow syntax; nested lists or maps are refused. */
    static List<String> itemsOf(SequenceNode seq) {
        List<String> items = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (!(n instanceof ScalarNode s)) {
                throw new IllegalArgumentException("List items must be plain values, not nested lists or maps.");
            }
            Object v = FrontMatterValues.value(s);
            items.add(v == null ? "" : s.getValue());
        }
        return items;
    }

    /** The text with the list of {@code e} changed to {@code items} (not empty). */
    String edit(Entry e, SequenceNode seq, List<String> items) {
        return seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW || seq.getValue().isEmpty()
                ? editFlow(e, seq, items) : editBlock(seq, items);
    }

    private String editFlow(Entry e, SequenceNode seq, List<String> items) {
        List<Node> old = seq.getValue();
        String pad = "";
        String separator = ", ";
        if (!old.isEmpty()) {
            int first = start(old.get(0));
            pad = TextLines.isBlank(text, e.valueStart() + 1, first) ? text.substring(e.valueStart() + 1, first) : "";
            if (old.size() >= 2) {
                String between = text.substring(end(old.get(0)), start(old.get(1)));
                separator = between.indexOf('\n') < 0 && between.indexOf('\r') < 0 ? between : ", ";
            }
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node before = i < old.size() ? old.get(i) : old.isEmpty() ? null : old.get(old.size() - 1);
            if (i < old.size() && old.get(i) instanceof ScalarNode s && s.getValue().equals(items.get(i))) {
                written.add(text.substring(start(s), end(s)));
            } else {
                written.add(ScalarWriter.write(items.get(i), styleOf(before), true));
            }
        }
        String flow = "[" + pad + String.join(separator, written) + pad + "]";
        return new TextEdits(text).replace(e.valueStart(), e.valueEnd(), flow).apply();
    }

    private String editBlock(SequenceNode seq, List<String> items) {
        List<Node> old = seq.getValue();
        TextEdits edits = new TextEdits(text);
        int common = Math.min(old.size(), items.size());
        for (int i = 0; i < common; i++) {
            Node n = old.get(i);
            if (!(n instanceof ScalarNode s && s.getValue().equals(items.get(i)))) {
                edits.replace(start(n), end(n), ScalarWriter.write(items.get(i), styleOf(n), false));
            }
        }
        Node last = old.get(old.size() - 1);
        if (items.size() > old.size()) {
            int lineEnd = TextLines.lineEnd(text, end(last));
            String prefix = text.substring(TextLines.lineStart(text, start(last)), start(last));
            if (!prefix.strip().equals("-")) {
                prefix = style.itemPrefix();
            }
            StringBuilder added = new StringBuilder();
            for (int i = old.size(); i < items.size(); i++) {
                added.append(style.eol()).append(prefix)
                        .append(ScalarWriter.write(items.get(i), styleOf(last), false));
            }
            edits.replace(lineEnd, lineEnd, added.toString());
        } else if (items.size() < old.size()) {
            int from = TextLines.beforeBreak(text, TextLines.lineStart(text, start(old.get(items.size()))));
            edits.replace(from, TextLines.lineEnd(text, end(last)), "");
        }
        return edits.apply();
    }

    private static ScalarWriter.Style styleOf(Node n) {
        return n instanceof ScalarNode s ? ScalarWriter.styleOf(s) : ScalarWriter.Style.PLAIN;
    }

    private int start(Node n) {
        return offsets.toChar(n.getStartMark().getIndex());
    }

    private int end(Node n) {
        return offsets.toChar(n.getEndMark().getIndex());
    }
}
