package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One start or end tag found by {@link HtmlScanner}, editable. Attribute values are kept as
 * written (entities undecoded) unless set anew; {@link #toHtml()} writes the tag back with
 * double-quoted, escaped values. Local to one scan, never shared.
 */
final class HtmlTag {

    /** One attribute; {@code raw} is null for an attribute without value. */
    static final class Attr {
        final String name;
        String raw;

        Attr(String name, String raw) {
            this.name = name;
            this.raw = raw;
        }
    }

    final String name;
    final boolean end;
    final boolean selfClosing;
    final List<Attr> attrs;
    private boolean changed;

    HtmlTag(String name, boolean end, boolean selfClosing, List<Attr> attrs) {
        this.name = name;
        this.end = end;
        this.selfClosing = selfClosing;
        this.attrs = attrs;
    }

    /** The first value of the attribute (as a browser takes it), entities decoded; null if absent. */
    String get(String attrName) {
        for (Attr a : attrs) {
            if (a.name.equals(attrName)) {
                return a.raw == null ? "" : Entities.decode(a.raw);
            }
        }
        return null;
    }

    boolean has(String attrName) {
        return attrs.stream().anyMatch(a -> a.name.equals(attrName));
    }

    /** Sets the attribute to a plain-text value (escaped on output); adds it when absent. */
    void set(String attrName, String value) {
        String raw = UrlText.escapeHtml(value);
        for (Attr a : attrs) {
            if (a.name.equals(attrName)) {
                a.raw = raw;
                changed = true;
                return;
            }
        }
        attrs.add(new Attr(attrName, raw));
        changed = true;
    }

    /** Adds a CSS class, keeping existing ones. */
    void addClass(String cssClass) {
        String existing = get("class");
        set("class", existing == null || existing.isBlank() ? cssClass : existing + " " + cssClass);
    }

    /** Removes every occurrence of the attribute. */
    void remove(String attrName) {
        changed |= attrs.removeIf(a -> a.name.equals(attrName));
    }

    void removeIf(java.util.function.Predicate<String> byName) {
        changed |= attrs.removeIf(a -> byName.test(a.name));
    }

    /** Forces {@link #toHtml()} output, e.g. to escape {@code <} and {@code >} inside values. */
    void markChanged() {
        changed = true;
    }

    boolean changed() {
        return changed;
    }

    String toHtml() {
        StringBuilder sb = new StringBuilder().append('<');
        if (end) {
            sb.append('/');
        }
        sb.append(name);
        for (Attr a : attrs) {
            sb.append(' ').append(a.name);
            if (a.raw != null) {
                sb.append("=\"").append(a.raw.replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;"))
                        .append('"');
            }
        }
        return sb.append(selfClosing ? " />" : ">").toString();
    }

    static List<Attr> newAttrs() {
        return new ArrayList<>(4);
    }
}
