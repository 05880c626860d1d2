package org.postdesk.core.frontmatter;

/** What a front-matter value is, as Jekyll reads it. */
public enum FieldKind {
    /** {@code key:} with nothing after it (Jekyll: nil). */
    EMPTY,
    STRING,
    BOOLEAN,
    NUMBER,
    /** A date or date-time, including strings Jekyll parses as dates for the {@code date} key. */
    DATE,
    /** A block or flow sequence, or tags/categories given as a space-separated string. */
    LIST,
    MAP
}
