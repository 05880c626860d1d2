package org.postdesk.core.frontmatter;

import java.util.Optional;
import java.util.function.Function;
import org.postdesk.core.site.FrontMatterFormat;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The edits of a TOML or JSON front matter, with the same promise as YAML's: the edited value's
 * text changes, nothing else, and the result is read again and checked before it is handed out
 * (docs/decisions/0037).
 */
final class DataEdits {

    private DataEdits() {
    }

    static FrontMatterDocument edit(FrontMatterDocument doc, String what, String key, DataCheck.Expect expect,
            Function<DataEditor, String> change) {
        doc.requireValid(what);
        FrontMatterDocument after = doc.edited(change.apply(new DataEditor(doc.block())));
        if (after == doc) {
            return doc;
        }
        DataCheck.verify(doc, after, key, expect);
        doc.requireSameFences(key, after);
        return after;
    }

    /**
     * {@code set KEY=VALUE} on TOML or JSON: the value is read as YAML flow syntax (the command's
     * one syntax for every form) and written in the block's own language: texts, yes/no values,
     * numbers, dates and lists of texts; anything else is refused with a sentence.
     */
    static FrontMatterDocument fromYaml(FrontMatterDocument doc, String key, String value) {
        boolean toml = doc.format().language() == FrontMatterFormat.Language.TOML;
        String what = "set " + key;
        if (FlowValue.isEmpty(value)) {
            if (toml) {
                throw DataCheck.refused(key, "TOML has no empty value; remove the key or give it a value");
            }
            return edit(doc, what, key, new DataCheck.Value(null), ed -> ed.setRaw(key, "null"));
        }
        Node node = FlowValue.meaning(value);
        if (node == null) {
            return doc.withString(key, value);
        }
        if (node instanceof SequenceNode seq) {
            boolean strings = seq.getValue().stream().allMatch(n -> n instanceof ScalarNode s
                    && FrontMatterValues.scalarKind(s) == FieldKind.STRING);
            if (strings) {
                return doc.withList(key, ListWriter.itemsOf(seq));
            }
        }
        if (node instanceof SequenceNode || node instanceof MappingNode) {
            throw DataCheck.refused(key, "in " + doc.languageName() + " front matter Postdesk sets texts, numbers,"
                    + " dates, true/false and lists of texts; edit this value in the text");
        }
        ScalarNode s = (ScalarNode) node;
        switch (FrontMatterValues.scalarKind(s)) {
            case EMPTY:
                return fromYaml(doc, key, "");
            case BOOLEAN:
                return doc.withBoolean(key, (Boolean) FrontMatterValues.value(s));
            case NUMBER:
                Object n = FrontMatterValues.value(s);
                if (!(n instanceof Long) && !(n instanceof Double) || n instanceof Double d && (d.isNaN() || d.isInfinite())) {
                    return doc.withString(key, s.getValue());
                }
                return edit(doc, what, key, new DataCheck.Value(n), ed -> ed.setRaw(key, n.toString()));
            case DATE:
                return date(doc, key, s.getValue());
            default:
                Optional<FrontMatterDate> date = key.equals("date") ? FrontMatterDates.parse(s.getValue()) : Optional.empty();
                return date.isPresent() ? date(doc, key, s.getValue()) : doc.withString(key, s.getValue());
        }
    }

    /**
     * A date typed for {@code set}: JSON has no dates, so it stays the text as typed (Hugo and
     * Hexo read date strings); in TOML a date-time literal is written as typed, anything else in
     * RFC 3339.
     */
    private static FrontMatterDocument date(FrontMatterDocument doc, String key, String typed) {
        if (doc.format().language() != FrontMatterFormat.Language.TOML) {
            return doc.withString(key, typed);
        }
        String literal = typed.strip();
        TomlParseResult alone = Toml.parse("v = " + literal);
        Object meaning = alone.errors().isEmpty() ? alone.get("v") : null;
        if (DataBlock.isDate(meaning)) {
            return edit(doc, "set " + key, key, new DataCheck.Value(meaning), ed -> ed.setRaw(key, literal));
        }
        return doc.withDate(key, FrontMatterDates.parse(typed).orElseThrow());
    }
}
