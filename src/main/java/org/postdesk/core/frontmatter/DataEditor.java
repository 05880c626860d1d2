package org.postdesk.core.frontmatter;

import java.util.List;
import java.util.Optional;
import org.postdesk.core.post.LineEndings;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * Computes the new text of one edit of a valid TOML or JSON block: a value's text replaced in
 * place, a new key appended in the block's own style (after the last top-level pair, before any
 * TOML table), a key's lines removed. Returns the text unchanged when the value already is what
 * was asked (docs/decisions/0037).
 */
final class DataEditor {
    private final DataBlock block;
    private final String text;
    private final boolean toml;
    private final DataWriter writer;
    private final String eol;

    DataEditor(DataBlock block) {
        this.block = block;
        this.text = block.text();
        this.toml = block.format().language() == FrontMatterFormat.Language.TOML;
        this.writer = new DataWriter(block.format());
        String dominant = LineEndings.dominant(text);
        this.eol = text.contains("\n") || text.contains("\r") ? dominant : "\n";
    }

    String setString(String key, String value) {
        Optional<DataBlock.Item> old = editable(key);
        if (old.isPresent() && value.equals(old.get().meaning())) {
            return text;
        }
        return set(key, old, writer.string(value, old.map(i -> i.field().rawText()).orElse("")));
    }

    String setBoolean(String key, boolean value) {
        Optional<DataBlock.Item> old = editable(key);
        if (old.isPresent() && Boolean.valueOf(value).equals(old.get().meaning())) {
            return text;
        }
        return set(key, old, Boolean.toString(value));
    }

    String setDate(String key, FrontMatterDate date) {
        Optional<DataBlock.Item> old = editable(key);
        return set(key, old, writer.date(date, old.orElse(null)));
    }

    String setList(String key, List<String> items) {
        Optional<DataBlock.Item> old = editable(key);
        if (old.isPresent() && items.equals(old.get().meaning())) {
            return text;
        }
        return set(key, old, writer.list(items, old.map(i -> i.field().rawText()).orElse(""), eol));
    }

    /** A value already written in the language's syntax (a number, {@code null}). */
    String setRaw(String key, String literal) {
        Optional<DataBlock.Item> old = editable(key);
        if (old.isPresent() && old.get().field().rawText().equals(literal)) {
            return text;
        }
        return set(key, old, literal);
    }

    String remove(String key) {
        Optional<DataBlock.Item> found = block.entry(key);
        if (found.isEmpty()) {
            return text;
        }
        DataBlock.Item item = requireEditable(found.get());
        return toml ? removeTomlPair(item) : removeJsonMember(item);
    }

    private Optional<DataBlock.Item> editable(String key) {
        return block.entry(key).map(this::requireEditable);
    }

    private DataBlock.Item requireEditable(DataBlock.Item item) {
        if (!item.editable()) {
            throw DataCheck.refused(item.key(), toml
                    ? "it is a TOML table or a dotted key, which Postdesk only edits in the text"
                    : "Postdesk could not place its value in the text");
        }
        return item;
    }

    private String set(String key, Optional<DataBlock.Item> old, String literal) {
        if (old.isPresent()) {
            return new TextEdits(text).replace(old.get().valueStart(), old.get().valueEnd(), literal).apply();
        }
        return toml ? insertToml(key, literal) : insertJson(key, literal);
    }

    // ---- TOML -------------------------------------------------------------------------------

    private String insertToml(String key, String literal) {
        List<DataBlock.Item> pairs = block.entries().stream().filter(DataBlock.Item::editable).toList();
        String sep = " = ";
        if (!pairs.isEmpty()) {
            DataBlock.Item first = pairs.get(0);
            String between = text.substring(first.keyStart(), first.valueStart());
            int eq = between.lastIndexOf('=');
            boolean spaceBefore = eq > 0 && Character.isWhitespace(between.charAt(eq - 1));
            boolean spaceAfter = eq + 1 < between.length();
            sep = (spaceBefore ? " " : "") + "=" + (spaceAfter ? " " : "");
        }
        String line = writer.key(key) + sep + literal;
        int last = pairs.stream().mapToInt(DataBlock.Item::valueEnd).max().orElse(-1);
        if (last >= 0) {
            int end = TextLines.lineEnd(text, last);
            return new TextEdits(text).replace(end, end, eol + line).apply();
        }
        int at = Math.max(0, Math.min(block.tableStart(), text.length()));
        if (at == text.length() && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
            return text + eol + line + eol;
        }
        return new TextEdits(text).replace(at, at, line + eol).apply();
    }

    private String removeTomlPair(DataBlock.Item item) {
        int start = TextLines.lineStart(text, item.keyStart());
        int end = TextLines.lineEnd(text, item.valueEnd());
        int after = TextLines.afterBreak(text, end);
        if (after == end && start > 0) {
            start = TextLines.beforeBreak(text, start);
        }
        return new TextEdits(text).replace(start, after, "").apply();
    }

    // ---- JSON -------------------------------------------------------------------------------

    private String insertJson(String key, String literal) {
        List<DataBlock.Item> members = block.entries();
        DataBlock.Item last = members.stream().max((a, b) -> Integer.compare(a.valueEnd(), b.valueEnd())).orElse(null);
        if (last == null) {
            int at = block.tableStart();
            String member = writer.key(key) + ": " + literal;
            if (block.format().equals(FrontMatterFormat.JSON_OBJECT)) {
                return new TextEdits(text).replace(at, at, eol + "  " + member + eol).apply();
            }
            return text.isBlank() ? member + eol : text + (text.endsWith("\n") ? "" : eol) + member + eol;
        }
        int keyEnd = stringEnd(last.keyStart());
        String colon = text.substring(keyEnd, last.valueStart());
        String member = writer.key(key) + colon + literal;
        int lineStart = TextLines.lineStart(text, last.keyStart());
        boolean ownLine = TextLines.isBlank(text, lineStart, last.keyStart());
        String gap = ownLine ? eol + text.substring(lineStart, last.keyStart()) : " ";
        return new TextEdits(text).replace(last.valueEnd(), last.valueEnd(), "," + gap + member).apply();
    }

    private String removeJsonMember(DataBlock.Item item) {
        List<DataBlock.Item> members = block.entries().stream()
                .sorted((a, b) -> Integer.compare(a.keyStart(), b.keyStart())).toList();
        int index = members.indexOf(item);
        int lineStart = TextLines.lineStart(text, item.keyStart());
        boolean ownLine = TextLines.isBlank(text, lineStart, item.keyStart());
        if (index < members.size() - 1) {
            int comma = skipBlank(item.valueEnd());
            int next = members.get(index + 1).keyStart();
            int lineEnd = TextLines.lineEnd(text, comma + 1);
            if (ownLine && TextLines.isBlank(text, comma + 1, lineEnd)) {
                return new TextEdits(text).replace(lineStart, TextLines.afterBreak(text, lineEnd), "").apply();
            }
            return new TextEdits(text).replace(item.keyStart(), next, "").apply();
        }
        if (index > 0) {
            int from = members.get(index - 1).valueEnd();
            return new TextEdits(text).replace(from, item.valueEnd(), "").apply();
        }
        int lineEnd = TextLines.lineEnd(text, item.valueEnd());
        if (ownLine && TextLines.isBlank(text, item.valueEnd(), lineEnd)) {
            return new TextEdits(text).replace(lineStart, TextLines.afterBreak(text, lineEnd), "").apply();
        }
        return new TextEdits(text).replace(item.keyStart(), item.valueEnd(), "").apply();
    }

    /** Just after the JSON string that starts at {@code start}. */
    private int stringEnd(int start) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }

    private int skipBlank(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
