package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes front-matter text with SnakeYAML (node tree only: nothing is constructed, so no
 * class can be instantiated from the text) and lists the top-level entries with their spans.
 */
final class YamlReader {
    /** Front matter this big is an accident; the limit only guards against runaway input. */
    private static final int CODE_POINT_LIMIT = 32 * 1024 * 1024;
    /** Read-only after construction, so one serves all threads (building one per post costs). */
    private static final Resolver RESOLVER = new Resolver();

    /** The outcome: entries in file order (duplicates included), or the problem. */
    record Result(List<Entry> entries, YamlProblem problem) {
    }

    private YamlReader() {
    }

    static Result read(String text) {
        Node root;
        try {
            root = compose(text);
        } catch (YAMLException first) {
            String spaced = TabSeparators.spaced(text);
            if (spaced == text) {
                return new Result(List.of(), ProblemMessages.of(first, text));
            }
            try {
                root = compose(spaced);
            } catch (YAMLException second) {
                return new Result(List.of(), ProblemMessages.of(second, text));
            }
        }
        if (root == null) {
            return new Result(List.of(), null);
        }
        CharOffsets offsets = new CharOffsets(text);
        if (!(root instanceof MappingNode map)) {
            String what = root instanceof SequenceNode ? "a list" : "a single value";
            int line = root.getStartMark().getLine() + 1;
            return new Result(List.of(), new YamlProblem(line, root.getStartMark().getColumn() + 1,
                    "The front matter is " + what + ", not a set of \"key: value\" lines, so Jekyll"
                    + " cannot use it."));
        }
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            entries.add(entry(text, offsets, tuple));
        }
        return new Result(List.copyOf(entries), null);
    }

    /** True when the text composes to a map or a list, or does not compose at all (never for a scalar or nothing). */
    static boolean isDataOrBroken(String text) {
        try {
            Node root = compose(text);
            return root instanceof MappingNode || root instanceof SequenceNode;
        } catch (YAMLException e) {
            return true;
        }
    }

    /** One value given in YAML syntax (for {@code set KEY=VALUE}); null when it holds only a comment. */
    static Node composeValue(String yaml) {
        try {
            return compose(yaml);
        } catch (YAMLException e) {
            YamlProblem p = ProblemMessages.of(e, yaml);
            throw new IllegalArgumentException("The value is not valid YAML (column " + p.column()
                    + "): " + p.message(), e);
        }
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Composer composer = new Composer(new ParserImpl(new StreamReader(text), options),
                RESOLVER, options);
        return composer.getSingleNode();
    }

    private static Entry entry(String text, CharOffsets offsets, NodeTuple tuple) {
        Node keyNode = tuple.getKeyNode();
        Node valueNode = tuple.getValueNode();
        int keyStart = offsets.toChar(keyNode.getStartMark().getIndex());
        int keyEnd = offsets.toChar(keyNode.getEndMark().getIndex());
        String key = keyNode instanceof ScalarNode s ? s.getValue() : text.substring(keyStart, keyEnd);
        int colonEnd = colonEnd(text, keyEnd);
        int valueStart = offsets.toChar(valueNode.getStartMark().getIndex());
        boolean alias = valueStart < keyEnd;
        int valueEnd;
        if (alias) {
            int[] span = Anchors.aliasAfter(text, colonEnd);
            valueStart = span == null ? colonEnd : span[0];
            valueEnd = span == null ? colonEnd : span[1];
        } else if (valueNode instanceof ScalarNode s && s.getValue().isEmpty()
                && FrontMatterValues.isPlain(s)) {
            valueStart = colonEnd;
            valueEnd = colonEnd;
        } else {
            valueEnd = contentEnd(text, offsets, valueNode);
        }
        int line = keyNode.getStartMark().getLine() + 1;
        String raw = text.substring(valueStart, valueEnd);
        FieldValue field = FrontMatterValues.field(key, valueNode, raw, line);
        return new Entry(key, valueNode, keyStart, colonEnd, valueStart, valueEnd, field, alias);
    }

    private static int colonEnd(String text, int keyEnd) {
        int i = keyEnd;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':' ? i + 1 : keyEnd;
    }

    /** Where a node's own text ends: block collections and block scalars stop at their last content. */
    private static int contentEnd(String text, CharOffsets offsets, Node node) {
        int end = offsets.toChar(node.getEndMark().getIndex());
        if (node instanceof ScalarNode s) {
            if (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                    || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
                int start = offsets.toChar(node.getStartMark().getIndex());
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            return end;
        }
        if (node instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !seq.getValue().isEmpty()) {
            return contentEnd(text, offsets, seq.getValue().get(seq.getValue().size() - 1));
        }
        if (node instanceof MappingNode map && map.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !map.getValue().isEmpty()) {
            NodeTuple last = map.getValue().get(map.getValue().size() - 1);
            int keyEnd = offsets.toChar(last.getKeyNode().getEndMark().getIndex());
            Node v = last.getValueNode();
            boolean emptyValue = v instanceof ScalarNode s && s.getValue().isEmpty()
                    && FrontMatterValues.isPlain(s);
            return emptyValue ? colonEnd(text, keyEnd) : contentEnd(text, offsets, v);
        }
        return end;
    }
}
