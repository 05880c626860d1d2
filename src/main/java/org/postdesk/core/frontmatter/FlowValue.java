package org.postdesk.core.frontmatter;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * How a value given in YAML syntax ({@code set KEY=VALUE}) is understood. It keeps its YAML
 * meaning when it is one flow value on one line: a plain or quoted scalar, {@code [a, b]} or
 * {@code {a: 1}}, with no tag, anchor or alias (Jekyll's readers disagree on tags: SafeYAML ignores
 * them, Psych refuses most). Anything else ({@code a: b}, {@code - x}, {@code ? x},
 * {@code !ruby/object:X {}}, {@code &a}, {@code # note}, {@code a #b} whose comment would be lost,
 * several lines, text that does not parse) is the text itself, as a string.
 */
final class FlowValue {
    private FlowValue() {
    }

    /** The value's node when it keeps its YAML meaning; null when it is text (or empty: see {@link #isEmpty}). */
    static Node meaning(String value) {
        String yaml = stripBlanks(value);
        if (yaml.isEmpty() || hasLineBreak(yaml)) {
            return null;
        }
        Node node;
        try {
            if (hasPropertiesOrAliases(yaml)) {
                return null;
            }
            node = YamlReader.composeValue(yaml);
        } catch (YAMLException | IllegalArgumentException e) {
            return null;
        }
        if (node == null || node.getStartMark().getIndex() != 0
                || node.getEndMark().getIndex() < yaml.codePointCount(0, yaml.length())) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            if (hasDisputed(s)) {
                return null;
            }
            DumperOptions.ScalarStyle st = s.getScalarStyle();
            boolean flow = st == DumperOptions.ScalarStyle.PLAIN || st == DumperOptions.ScalarStyle.SINGLE_QUOTED
                    || st == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
            return flow ? node : null;
        }
        if (node instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && !hasDisputed(node)) {
            return node;
        }
        return null;
    }

    /**
     * Scalars the readers disagree on, anywhere in the value: {@code 12:30} is 750 for SnakeYAML
     * and SafeYAML but 45000 for Psych; {@code <<} is a merge key to SnakeYAML and a string to
     * Psych. Such a value has no single meaning, so it is kept as text.
     */
    private static boolean hasDisputed(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().anyMatch(FlowValue::hasDisputed);
        }
        if (node instanceof MappingNode map) {
            return map.getValue().stream().anyMatch(t -> hasDisputed(t.getKeyNode()) || hasDisputed(t.getValueNode()));
        }
        ScalarNode s = (ScalarNode) node;
        if (s.getTag().equals(Tag.MERGE)) {
            return true;
        }
        return FrontMatterValues.isPlain(s) && s.getValue().indexOf(':') >= 0
                && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT));
    }

    /** True for a value that means "empty": nothing but blanks. */
    static boolean isEmpty(String value) {
        return stripBlanks(value).isEmpty();
    }

    /** Strips YAML's own blanks (space, tab) only: U+3000 or NBSP at the ends are part of the value. */
    static String stripBlanks(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPropertiesOrAliases(String yaml) {
        ParserImpl parser = new ParserImpl(new StreamReader(yaml), new LoaderOptions());
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            Event ev = parser.getEvent();
            if (ev instanceof AliasEvent || ev instanceof NodeEvent n && n.getAnchor() != null) {
                return true;
            }
            if (ev instanceof ScalarEvent s && s.getTag() != null
                    || ev instanceof CollectionStartEvent c && c.getTag() != null) {
                return true;
            }
        }
        return false;
    }
}
