package org.postdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of Markdown syntax the editor colours, each with the CSS class its text gets.
 * A character can carry several at once (a link inside a heading), so each kind owns one bit.
 */
public enum MarkdownStyle {
    HEADING("md-heading"),
    STRONG("md-strong"),
    EMPHASIS("md-em"),
    STRIKE("md-strike"),
    CODE("md-code"),
    CODE_BLOCK("md-code-block"),
    LINK("md-link"),
    URL("md-url"),
    IMAGE("md-image"),
    LIST_MARKER("md-list-marker"),
    QUOTE("md-quote"),
    HTML("md-html"),
    LIQUID("md-liquid"),
    RULE("md-rule"),
    /** Not Markdown: a problem of the post is here (decision record 0031); drawn as an underline. */
    PROBLEM("md-problem");

    private final String cssClass;

    MarkdownStyle(String cssClass) {
        this.cssClass = cssClass;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** The CSS classes of a bit mask, in declaration order; empty for 0. */
    public static List<String> classesOf(int mask) {
        if (mask == 0) {
            return List.of();
        }
        List<String> classes = new ArrayList<>(2);
        for (MarkdownStyle style : values()) {
            if ((mask & style.bit()) != 0) {
                classes.add(style.cssClass);
            }
        }
        return List.copyOf(classes);
    }
}
