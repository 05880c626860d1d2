package org.postdesk.ui.frontmatter;

/** Which control edits a front-matter field. */
public enum ControlKind {
    /** A single line of text. */
    TEXT,
    /** A fixed choice (the blog's layouts). */
    CHOICE,
    /** A choice that also accepts any text (the blog's authors). */
    EDITABLE_CHOICE,
    /** A date picker and a time field. */
    DATE,
    /** Removable tokens plus a text field. */
    CHIPS,
    /** A check box. */
    CHECK,
    /** An image path with a thumbnail and a picker. */
    IMAGE,
    /** YAML text, for nested maps. */
    YAML
}
