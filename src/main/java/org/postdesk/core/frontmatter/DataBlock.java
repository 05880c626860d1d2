package org.postdesk.core.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.site.FrontMatterFormat;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * A TOML or JSON front-matter block read: each top-level key with its meaning and, where it is a
 * plain {@code key = value} / {@code "key": value} pair, the exact span of its value, so that an
 * edit replaces that span only (docs/decisions/0037). Immutable.
 *
 * @param format    the form (TOML, JSON object, or Hexo's JSON members)
 * @param text      the exact text
 * @param entries   top-level keys in file order (the last of duplicate JSON keys)
 * @param problem   why the text does not parse, or null
 * @param tableStart TOML: where the first {@code [table]} starts (new keys go before it); JSON: the closing brace
 */
record DataBlock(FrontMatterFormat format, String text, List<Item> entries, YamlProblem problem, int tableStart) {

    /** Nesting deeper than this is refused before tomlj (whose parser recurses) sees it. */
    static final int MAX_TOML_DEPTH = 200;

    /**
     * One top-level key.
     *
     * @param meaning  the value as plain Java (String, Boolean, Long, Double, BigInteger, java.time dates, List, Map, null)
     * @param keyStart where the key is written, or -1 (a table, a dotted key)
     * @param valueStart where its value text starts, or -1
     * @param valueEnd just after its value text, or -1
     */
    record Item(String key, Object meaning, FieldValue field, int keyStart, int valueStart, int valueEnd) {
        boolean editable() {
            return valueStart >= 0;
        }
    }

    static DataBlock read(String text, FrontMatterFormat format) {
        return format.language() == FrontMatterFormat.Language.TOML ? toml(text, format) : json(text, format);
    }

    Optional<Item> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Every key with its meaning, for comparing a document before and after an edit. */
    Map<String, Object> meanings() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Item e : entries) {
            out.put(e.key(), e.meaning());
        }
        return out;
    }

    String languageName() {
        return format.language() == FrontMatterFormat.Language.TOML ? "TOML" : "JSON";
    }

    private static DataBlock json(String text, FrontMatterFormat format) {
        boolean braces = format.equals(FrontMatterFormat.JSON_OBJECT);
        JsonReader.Result r = JsonReader.read(text, braces);
        if (r.problem() != null) {
            return new DataBlock(format, text, List.of(), withLanguage(r.problem(), "JSON"), -1);
        }
        Map<String, Item> byKey = new LinkedHashMap<>();
        for (JsonReader.Member m : r.members()) {
            int line = TextLines.lineAndColumn(text, m.keyStart())[0];
            String raw = text.substring(m.valueStart(), m.valueEnd());
            FieldValue field = DataValues.field(m.key(), m.value(), raw, line);
            byKey.remove(m.key());
            byKey.put(m.key(), new Item(m.key(), m.value(), field, m.keyStart(), m.valueStart(), m.valueEnd()));
        }
        return new DataBlock(format, text, List.copyOf(byKey.values()), null, r.close());
    }

    private static DataBlock toml(String text, FrontMatterFormat format) {
        if (TomlScanner.depth(text) > MAX_TOML_DEPTH) {
            return new DataBlock(format, text, List.of(), new YamlProblem(1, 1, "The TOML front matter nests"
                    + " arrays or tables more than " + MAX_TOML_DEPTH + " levels deep, so Postdesk does not read it."), -1);
        }
        TomlParseResult parsed = Toml.parse(text);
        if (!parsed.errors().isEmpty()) {
            TomlParseError e = parsed.errors().get(0);
            return new DataBlock(format, text, List.of(), new YamlProblem(e.position().line(), e.position().column(),
                    "The TOML does not parse here: " + e.getMessage() + "."), -1);
        }
        TomlScanner.Layout layout = TomlScanner.scan(text);
        Map<String, TomlScanner.Pair> simple = new LinkedHashMap<>();
        for (TomlScanner.Pair p : layout.pairs()) {
            if (p.keyPath().size() == 1) {
                simple.put(p.keyPath().get(0), p);
            }
        }
        List<Item> entries = new ArrayList<>();
        for (String key : parsed.keySet()) {
            Object meaning = plain(parsed.get(List.of(key)));
            TomlScanner.Pair p = simple.get(key);
            if (p != null && !sameAlone(text.substring(p.valueStart(), p.valueEnd()), meaning)) {
                p = null;
            }
            int line = p != null ? TextLines.lineAndColumn(text, p.keyStart())[0]
                    : parsed.inputPositionOf(List.of(key)).line();
            String raw = p != null ? text.substring(p.valueStart(), p.valueEnd()) : "";
            FieldValue field = DataValues.field(key, meaning, raw, line);
            entries.add(p == null ? new Item(key, meaning, field, -1, -1, -1)
                    : new Item(key, meaning, field, p.keyStart(), p.valueStart(), p.valueEnd()));
        }
        entries.sort((a, b) -> Integer.compare(a.field().line(), b.field().line()));
        return new DataBlock(format, text, List.copyOf(entries), null, layout.firstTable());
    }

    /** True when the span, read alone as a TOML value, means {@code meaning}: the scanner found the right text. */
    private static boolean sameAlone(String span, Object meaning) {
        TomlParseResult alone = Toml.parse("v = " + span);
        return alone.errors().isEmpty() && java.util.Objects.equals(plain(alone.get("v")), meaning);
    }

    /** A TOML value as plain Java: tables become maps, arrays lists. */
    static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String k : table.keySet()) {
                out.put(k, plain(table.get(List.of(k))));
            }
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof TomlArray array) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                out.add(plain(array.get(i)));
            }
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    private static YamlProblem withLanguage(YamlProblem p, String language) {
        return new YamlProblem(p.line(), p.column(), "The " + language + " does not parse here: " + p.message());
    }

    /** True for the java.time values TOML dates read as. */
    static boolean isDate(Object v) {
        return v instanceof OffsetDateTime || v instanceof LocalDateTime || v instanceof LocalDate;
    }
}
