package org.postdesk.core.frontmatter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front-matter text of a post plus what it means. Edits replace the exact text span of
 * one value; every other character stays as it was. Immutable: each edit returns a new
 * document (the same instance when the edit changes nothing).
 *
 * <p>API contract shared by the whole app; the implementation is in progress.
 */
public final class FrontMatterDocument {
    private final String text;

    private FrontMatterDocument(String text) {
        this.text = text;
    }

    /** Parses front-matter text (the part between the fences). Never throws. */
    public static FrontMatterDocument parse(String text) {
        return parse(text, List.of());
    }

    /** As {@link #parse(String)}; new keys are placed following {@code preferredKeyOrder} (the blog's usual order). */
    public static FrontMatterDocument parse(String text, List<String> preferredKeyOrder) {
        return new FrontMatterDocument(text);
    }

    /** The exact text. */
    public String text() {
        return text;
    }

    /** False when the YAML does not parse (Jekyll would fail too). */
    public boolean isValid() {
        throw new UnsupportedOperationException("in progress");
    }

    public Optional<YamlProblem> problem() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Top-level keys in file order. */
    public List<String> keys() {
        throw new UnsupportedOperationException("in progress");
    }

    public boolean has(String key) {
        return keys().contains(key);
    }

    public Optional<FieldValue> get(String key) {
        throw new UnsupportedOperationException("in progress");
    }

    /** All entries in file order. */
    public List<FieldValue> fields() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The values as Jekyll's {@code page} sees them (String, Boolean, Number, JekyllDate, List, Map, null). */
    public Map<String, Object> toJekyllMap() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The value as text, if it is a scalar. */
    public Optional<String> string(String key) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A list value as Jekyll reads it ({@code tags: a b c} is three items); empty when absent. */
    public List<String> stringList(String key) {
        throw new UnsupportedOperationException("in progress");
    }

    public FrontMatterDocument withString(String key, String value) {
        throw new UnsupportedOperationException("in progress");
    }

    public FrontMatterDocument withBoolean(String key, boolean value) {
        throw new UnsupportedOperationException("in progress");
    }

    public FrontMatterDocument withList(String key, List<String> items) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Writes the date back in the value's own format (or the blog's usual one for a new key). */
    public FrontMatterDocument withDate(String key, JekyllDate date) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Sets a value from YAML flow syntax ({@code [a, b]}, {@code true}, {@code 新标题}); empty text empties it. */
    public FrontMatterDocument withYaml(String key, String flowYaml) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Removes the key's lines only. */
    public FrontMatterDocument without(String key) {
        throw new UnsupportedOperationException("in progress");
    }
}
