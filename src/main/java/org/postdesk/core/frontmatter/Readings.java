package org.postdesk.core.frontmatter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a value means, in a form that can be compared with {@code equals}: Jekyll's view (YAML
 * 1.1 types, booleans and nulls in any case, {@code tags} strings split, {@code date} strings
 * parsed) but strict about types inside lists and maps, and blind to how the value is written
 * (quotes, flow or block, boolean word family, date format).
 */
final class Readings {
    /** A date as read, without the text it was read from. */
    record DateReading(LocalDateTime dateTime, boolean hasTime, ZoneOffset offset) {
    }

    /** A scalar with its kind, so that the number 1 and the string "1" differ. */
    record Scalar(FieldKind kind, Object value) {
    }

    /** A map entry (maps are compared as ordered lists of pairs, duplicates kept). */
    record Pair(Object key, Object value) {
    }

    private Readings() {
    }

    /** The reading of a top-level entry. */
    static Object of(Entry e) {
        return of(e.key(), e.valueNode(), e.field());
    }

    /** The reading of {@code node} as the value of {@code key} ({@code field} as FrontMatterValues gives it). */
    static Object of(String key, Node node, FieldValue field) {
        if (node instanceof ScalarNode) {
            return scalar(field.kind(), field.value());
        }
        return nested(node);
    }

    /** The reading of a value given on its own (no text around it). */
    static Object ofValue(String key, Node node) {
        if (node instanceof ScalarNode s) {
            String raw = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    ? s.getValue() : "\"";
            FieldValue f = FrontMatterValues.field(key, s, raw, 1);
            return scalar(f.kind(), f.value());
        }
        return nested(node);
    }

    /** What Jekyll makes of {@code text} written as a string for {@code key}. */
    static Object ofText(String key, String text) {
        ScalarNode quoted = new ScalarNode(Tag.STR, text, null, null,
                DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        return ofValue(key, quoted);
    }

    private static Object nested(Node node) {
        if (node instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(nested(item));
            }
            return Collections.unmodifiableList(items);
        }
        if (node instanceof MappingNode map) {
            List<Object> pairs = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                pairs.add(new Pair(nested(t.getKeyNode()), nested(t.getValueNode())));
            }
            return Collections.unmodifiableList(pairs);
        }
        ScalarNode s = (ScalarNode) node;
        FieldKind kind = FrontMatterValues.scalarKind(s);
        return scalar(kind, FrontMatterValues.value(s));
    }

    private static Object scalar(FieldKind kind, Object value) {
        if (value instanceof FrontMatterDate d) {
            return new DateReading(d.dateTime(), d.hasTime(), d.offset());
        }
        if (kind == FieldKind.LIST) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(new Scalar(FieldKind.STRING, item));
            }
            return Collections.unmodifiableList(items);
        }
        return new Scalar(kind, value);
    }

    /** The reading as a short text for a sentence. */
    static String show(Object reading) {
        if (reading instanceof Scalar s) {
            return s.kind() == FieldKind.EMPTY ? "nothing (empty)"
                    : s.kind() == FieldKind.STRING ? "the text \"" + s.value() + "\""
                    : "the " + s.kind().name().toLowerCase(Locale.ROOT) + " " + s.value();
        }
        if (reading instanceof DateReading d) {
            return "the date " + d.dateTime() + (d.offset() == null ? "" : " " + d.offset());
        }
        return reading instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Pair ? "a map" : "a list";
    }
}
