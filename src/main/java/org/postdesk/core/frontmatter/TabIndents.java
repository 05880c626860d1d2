package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Hexo's reading of YAML whose lines are indented with tabs: hexo-front-matter turns each tab at
 * the start of a line (after a line break) into two spaces before parsing, so
 * {@code tags:\n\t- a} is a list there while YAML itself refuses a tab as indentation; and its YAML
 * 1.2 reader takes a tab after a list's dash ({@code -\tGoogle}) as the space SnakeYAML wants. The
 * text is read that way and every position is mapped back to the text as written, so edits still
 * replace the author's own characters (docs/decisions/0037).
 */
final class TabIndents {

    private TabIndents() {
    }

    static YamlReader.Result read(String text) {
        if (!text.contains("\n\t") && !text.contains("-\t")) {
            return YamlReader.read(text);
        }
        StringBuilder expanded = new StringBuilder(text.length() + 16);
        List<Integer> original = new ArrayList<>(text.length() + 16);
        boolean lineStart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' && lineStart) {
                expanded.append("  ");
                original.add(i);
                original.add(i);
                continue;
            }
            lineStart = c == '\n';
            if (c == '\t' && dashAlone(expanded)) {
                c = ' ';
            }
            expanded.append(c);
            original.add(i);
        }
        original.add(text.length());
        // a position just after the text maps to just after it
        YamlReader.Result r = YamlReader.read(expanded.toString());
        if (r.problem() != null) {
            return r;
        }
        List<Entry> entries = new ArrayList<>();
        for (Entry e : r.entries()) {
            int valueStart = original.get(e.valueStart());
            int valueEnd = original.get(e.valueEnd());
            FieldValue f = e.field();
            FieldValue field = new FieldValue(f.key(), f.kind(), f.value(), text.substring(valueStart, valueEnd), f.line());
            entries.add(new Entry(e.key(), e.valueNode(), original.get(e.keyStart()), original.get(e.colonEnd()),
                    valueStart, valueEnd, field, e.alias()));
        }
        return new YamlReader.Result(List.copyOf(entries), null);
    }

    /** True when the line so far is blanks and one {@code -}: a tab here separates a list item. */
    private static boolean dashAlone(StringBuilder line) {
        int i = line.length() - 1;
        if (i < 0 || line.charAt(i) != '-') {
            return false;
        }
        i--;
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || line.charAt(i) == '\n' || line.charAt(i) == '\r';
    }
}
