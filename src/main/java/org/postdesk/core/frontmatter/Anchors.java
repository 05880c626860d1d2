package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Keeps aliases valid when the value that holds their anchor is replaced or removed. An anchor
 * ({@code &t}) defined inside that value and used later ({@code *t}) moves to its first later
 * use, which is then written out in full ({@code &t Hello}); later uses stay aliases. The move
 * changes no value, and {@link EditCheck} proves it before the edit itself runs.
 */
final class Anchors {
    /** An anchor or alias token: its name and where its text is. */
    private record Token(String name, int start, int end, boolean alias) {
    }

    private Anchors() {
    }

    /**
     * The text with every anchor inside {@code entries}' values that a later alias uses moved to
     * that alias; the same string when there is none.
     */
    static String detach(String text, List<Entry> entries) {
        List<Token> tokens = tokens(text);
        if (tokens.stream().noneMatch(Token::alias)) {
            return text;
        }
        TextEdits edits = new TextEdits(text);
        boolean changed = false;
        for (Entry e : entries) {
            if (e.alias()) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token def = tokens.get(i);
                if (def.alias() || def.start() < e.valueStart() || def.start() >= e.valueEnd()) {
                    continue;
                }
                Token use = firstUse(tokens, i, e.valueEnd());
                if (use == null) {
                    continue;
                }
                Node node = find(e.valueNode(), def.name());
                if (node == null) {
                    throw new EditRefusedException("Postdesk did not change \"" + e.key() + "\": its anchor &"
                            + def.name() + " is used elsewhere (*" + def.name() + ") and could not be moved."
                            + " The front matter was kept as it was; edit it in the text.");
                }
                edits.replace(use.start(), use.end(), "&" + def.name() + " " + inline(node));
                removeToken(text, def, edits);
                changed = true;
            }
        }
        return changed ? edits.apply() : text;
    }

    /** The span of the alias ({@code *name}) that starts at or after {@code from}, or null. */
    static int[] aliasAfter(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '*') {
            return null;
        }
        int end = i + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",[]{}".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new int[] {i, end};
    }

    private static Token firstUse(List<Token> tokens, int defIndex, int after) {
        String name = tokens.get(defIndex).name();
        for (int j = defIndex + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (!t.name().equals(name)) {
                continue;
            }
            if (!t.alias()) {
                return null;
            }
            if (t.start() >= after) {
                return t;
            }
        }
        return null;
    }

    private static void removeToken(String text, Token def, TextEdits edits) {
        int start = def.start();
        int end = def.end();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        if (end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r' || text.charAt(end) == '#') {
            end = def.end();
            while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                start--;
            }
        }
        edits.replace(start, end, "");
    }

    private static Node find(Node node, String anchor) {
        if (anchor.equals(node.getAnchor())) {
            return node;
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            children.addAll(seq.getValue());
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                children.add(t.getKeyNode());
                children.add(t.getValueNode());
            }
        }
        for (Node child : children) {
            Node found = find(child, anchor);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A node as one line of flow YAML with the same reading. */
    static String inline(Node node) {
        if (node instanceof SequenceNode seq) {
            List<String> items = new ArrayList<>();
            seq.getValue().forEach(item -> items.add(inline(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node instanceof MappingNode map) {
            List<String> pairs = new ArrayList<>();
            map.getValue().forEach(t -> pairs.add(inline(t.getKeyNode()) + ": " + inline(t.getValueNode())));
            return "{" + String.join(", ", pairs) + "}";
        }
        ScalarNode s = (ScalarNode) node;
        if (FrontMatterValues.isPlain(s) && FrontMatterValues.scalarKind(s) != FieldKind.STRING) {
            return s.getValue();
        }
        ScalarWriter.Style style = s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED
                ? ScalarWriter.Style.SINGLE : s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                ? ScalarWriter.Style.PLAIN : ScalarWriter.Style.DOUBLE;
        return ScalarWriter.write(s.getValue(), style, true);
    }

    /** Anchors and aliases in text order, with char offsets. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) {
            return out;
        }
        String parsed = text;
        try {
            collect(text, parsed, out);
        } catch (YAMLException e) {
            out.clear();
            collect(text, TabSeparators.spaced(text), out);
        }
        return out;
    }

    private static void collect(String text, String parsed, List<Token> out) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        CharOffsets offsets = new CharOffsets(text);
        ParserImpl parser = new ParserImpl(new StreamReader(parsed), options);
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            Event ev = parser.getEvent();
            if (!(ev instanceof NodeEvent n) || n.getAnchor() == null) {
                continue;
            }
            int start = offsets.toChar(ev.getStartMark().getIndex());
            int end = offsets.toChar(ev.getEndMark().getIndex());
            String name = n.getAnchor();
            if (ev instanceof AliasEvent) {
                out.add(new Token(name, start, end, true));
            } else {
                int amp = text.indexOf("&" + name, start);
                out.add(new Token(name, amp, amp + 1 + name.length(), false));
            }
        }
    }
}
