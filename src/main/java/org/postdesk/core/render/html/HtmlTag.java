package org.postdesk.core.render.html;

import java.util.ArrayList;
import java.util.List;

/**
 * One start or end tag found by {@link HtmlScanner}: its lower-cased name and its attributes,
 * values kept as written (entities undecoded until {@link #get}). Local to one scan, never shared.
 */
public final class HtmlTag {

    /** One attribute; {@code raw} is null for an attribute without value. */
    public static final class Attr {
        public final String name;
        final String raw;

        Attr(String name, String raw) {
            this.name = name;
            this.raw = raw;
        }
    }

    public final String name;
    public final boolean end;
    public final boolean selfClosing;
    public final List<Attr> attrs;

    HtmlTag(String name, boolean end, boolean selfClosing, List<Attr> attrs) {
        this.name = name;
        this.end = end;
        this.selfClosing = selfClosing;
        this.attrs = attrs;
    }

    /** The first value of the attribute (as a browser takes it), entities decoded; null if absent. */
    public String get(String attrName) {
        for (Attr a : attrs) {
            if (a.name.equals(attrName)) {
                return a.raw == null ? "" : Entities.decode(a.raw);
            }
        }
        return null;
    }

    static List<Attr> newAttrs() {
        return new ArrayList<>(4);
    }
}
