package org.postdesk.core.frontmatter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postdesk.core.post.LineEndings;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * How a front matter is laid out, so that new lines look like the old ones: the line ending,
 * the column values are aligned to ({@code layout:     post}), {@code key : value} spacing,
 * and the indent and dash spacing of block lists.
 */
final class FileStyle {
    /** Block-list layout when the file has no block list to copy (the Hux theme's template). */
    private static final String DEFAULT_ITEM_PREFIX = "  - ";

    private final String eol;
    private final int alignColumn;
    private final boolean spaceBeforeColon;
    private final String itemPrefix;
    private final boolean prefersFlowLists;
    private final boolean prefersSingleQuotes;

    private FileStyle(String eol, int alignColumn, boolean spaceBeforeColon, String itemPrefix,
            boolean prefersFlowLists, boolean prefersSingleQuotes) {
        this.eol = eol;
        this.alignColumn = alignColumn;
        this.spaceBeforeColon = spaceBeforeColon;
        this.itemPrefix = itemPrefix;
        this.prefersFlowLists = prefersFlowLists;
        this.prefersSingleQuotes = prefersSingleQuotes;
    }

    static FileStyle detect(String text, List<Entry> entries) {
        String eol = LineEndings.dominant(text);
        Map<Integer, Integer> columns = new HashMap<>();
        int sameLine = 0;
        int padded = 0;
        int spaced = 0;
        String itemPrefix = null;
        int flowLists = 0;
        int blockLists = 0;
        int single = 0;
        int doubled = 0;
        for (Entry e : entries) {
            int lineStart = TextLines.lineStart(text, e.keyStart());
            if (e.colonEnd() >= 2 && text.charAt(e.colonEnd() - 2) == ' ') {
                spaced++;
            }
            Node v = e.valueNode();
            if (v instanceof ScalarNode s && !e.alias()) {
                single += s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED ? 1 : 0;
                doubled += s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? 1 : 0;
            }
            if (v instanceof SequenceNode seq) {
                if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                    flowLists++;
                } else {
                    blockLists++;
                    if (itemPrefix == null) {
                        itemPrefix = blockItemPrefix(text, e.valueStart());
                    }
                }
            }
            boolean onKeyLine = e.valueStart() > e.colonEnd()
                    && TextLines.lineEnd(text, e.colonEnd()) >= e.valueStart();
            if (onKeyLine && v instanceof ScalarNode) {
                sameLine++;
                columns.merge(e.valueStart() - lineStart, 1, Integer::sum);
                if (e.valueStart() - e.colonEnd() > 1) {
                    padded++;
                }
            }
        }
        int align = -1;
        if (sameLine >= 2 && padded >= 1) {
            Map.Entry<Integer, Integer> best = columns.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            if (best.getValue() * 2 >= sameLine && best.getValue() >= 2) {
                align = best.getKey();
            }
        }
        boolean spaceBefore = !entries.isEmpty() && spaced * 2 > entries.size();
        return new FileStyle(eol, align, spaceBefore,
                itemPrefix == null ? DEFAULT_ITEM_PREFIX : itemPrefix, flowLists > blockLists, single > doubled);
    }

    /** The text before an item's value on its line, such as {@code "    - "}. */
    private static String blockItemPrefix(String text, int firstItemPos) {
        int lineStart = TextLines.lineStart(text, firstItemPos);
        int dash = text.indexOf('-', lineStart);
        int i = dash + 1;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.substring(lineStart, i);
    }

    String eol() {
        return eol;
    }

    String itemPrefix() {
        return itemPrefix;
    }

    boolean prefersFlowLists() {
        return prefersFlowLists;
    }

    /** The quote a plain value gets when it needs one: single when the file quotes mostly that way. */
    ScalarWriter.Style quote() {
        return prefersSingleQuotes ? ScalarWriter.Style.SINGLE : ScalarWriter.Style.DOUBLE;
    }

    /** {@code key:} with nothing after it, in the file's colon spacing. */
    String keyColon(String key) {
        return spaceBeforeColon ? key + " :" : key + ":";
    }

    /** {@code key:} and the spacing up to where a value on the same line starts. */
    String keyAndGap(String key) {
        if (spaceBeforeColon) {
            return key + " : ";
        }
        return key + ":" + gapAfterColon(key.length() + 1);
    }

    /** The spaces after a colon at column {@code colonEndColumn} (0-based) before a value. */
    String gapAfterColon(int colonEndColumn) {
        int pad = alignColumn > colonEndColumn ? alignColumn - colonEndColumn : 1;
        return " ".repeat(pad);
    }
}
