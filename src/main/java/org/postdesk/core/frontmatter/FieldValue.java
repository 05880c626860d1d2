package org.postdesk.core.frontmatter;

/**
 * One top-level front-matter entry as the form shows it.
 *
 * @param key     the key as written
 * @param kind    what Jekyll sees
 * @param value   String, Boolean, Number, {@link FrontMatterDate}, {@code List<String>}, {@code Map<String,Object>} or null (EMPTY)
 * @param rawText the exact source text of the value (without the key)
 * @param line    1-based line of the key within the front-matter text
 */
public record FieldValue(String key, FieldKind kind, Object value, String rawText, int line) {
}
