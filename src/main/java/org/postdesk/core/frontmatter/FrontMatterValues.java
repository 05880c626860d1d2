package org.postdesk.core.frontmatter;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What Jekyll makes of a composed YAML node. Jekyll reads front matter with SafeYAML over
 * Psych (YAML 1.1): booleans and nulls are matched case-insensitively, {@code tags} and
 * {@code categories} strings are split on whitespace, and the {@code date} key goes through
 * Ruby's {@code Time.parse} even when YAML calls it a string.
 */
final class FrontMatterValues {
    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");
    private static final Set<String> SPLIT_KEYS = Set.of("tags", "categories");

    private FrontMatterValues() {
    }

    static FieldValue field(String key, Node node, String rawText, int line) {
        if (node instanceof SequenceNode seq) {
            List<String> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                Object v = value(item);
                items.add(v == null ? "" : String.valueOf(v));
            }
            return new FieldValue(key, FieldKind.LIST, Collections.unmodifiableList(items), rawText, line);
        }
        if (node instanceof MappingNode map) {
            return new FieldValue(key, FieldKind.MAP, mapValue(map), rawText, line);
        }
        ScalarNode scalar = (ScalarNode) node;
        FieldKind kind = rawText.startsWith("!") ? explicitKind(scalar.getTag()) : scalarKind(scalar);
        Object value = scalarValue(scalar, kind);
        if (kind == FieldKind.STRING && SPLIT_KEYS.contains(key)) {
            List<String> words = Arrays.stream(scalar.getValue().strip().split("\\s+"))
                    .filter(w -> !w.isEmpty()).toList();
            return new FieldValue(key, FieldKind.LIST, words, rawText, line);
        }
        if (kind == FieldKind.STRING && key.equals("date")) {
            Optional<FrontMatterDate> date = FrontMatterDates.parse(scalar.getValue());
            if (date.isPresent()) {
                return new FieldValue(key, FieldKind.DATE, date.get(), rawText, line);
            }
        }
        return new FieldValue(key, kind, value, rawText, line);
    }

    /** True when the scalar is written without quotes or block indicator. */
    static boolean isPlain(ScalarNode node) {
        return node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    static FieldKind scalarKind(ScalarNode node) {
        Tag tag = node.getTag();
        if (!isPlain(node)) {
            return tag.equals(Tag.STR) ? FieldKind.STRING : explicitKind(tag);
        }
        if (tag.equals(Tag.STR) || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL)) {
            String lower = node.getValue().toLowerCase(Locale.ROOT);
            if (TRUE.contains(lower) || FALSE.contains(lower)) {
                return FieldKind.BOOLEAN;
            }
            if (lower.isEmpty() || lower.equals("~") || lower.equals("null")) {
                return FieldKind.EMPTY;
            }
            return FieldKind.STRING;
        }
        return explicitKind(tag);
    }

    private static FieldKind explicitKind(Tag tag) {
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return FieldKind.NUMBER;
        }
        if (tag.equals(Tag.BOOL)) {
            return FieldKind.BOOLEAN;
        }
        if (tag.equals(Tag.NULL)) {
            return FieldKind.EMPTY;
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return FieldKind.DATE;
        }
        return FieldKind.STRING;
    }

    private static Object scalarValue(ScalarNode node, FieldKind kind) {
        String text = node.getValue();
        switch (kind) {
            case EMPTY:
                return null;
            case BOOLEAN:
                return TRUE.contains(text.toLowerCase(Locale.ROOT));
            case NUMBER:
                return number(text);
            case DATE:
                return FrontMatterDates.parse(text).map(d -> (Object) d).orElse(text);
            default:
                return text;
        }
    }

    private static Object number(String text) {
        String clean = text.replace("_", "");
        try {
            if (clean.matches("[-+]?\\d+")) {
                BigInteger big = new BigInteger(clean.startsWith("+") ? clean.substring(1) : clean);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            if (clean.matches("[-+]?0x[0-9a-fA-F]+")) {
                boolean neg = clean.startsWith("-");
                BigInteger v = new BigInteger(clean.substring(clean.indexOf('x') + 1), 16);
                return neg ? v.negate().longValue() : v.longValue();
            }
            return Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** A node's value as Jekyll's page hash would hold it. */
    static Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalarValue(scalar, scalarKind(scalar));
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                out.add(value(item));
            }
            return Collections.unmodifiableList(out);
        }
        return mapValue((MappingNode) node);
    }

    private static Map<String, Object> mapValue(MappingNode map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Object k = value(t.getKeyNode());
            out.put(String.valueOf(k), value(t.getValueNode()));
        }
        return Collections.unmodifiableMap(out);
    }
}
