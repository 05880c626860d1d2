package org.postdesk.core.frontmatter;

import java.util.List;

/** Where a new key goes: after the existing key that comes closest before it in the preferred order. */
final class KeyPlacement {
    private KeyPlacement() {
    }

    /** The entry to insert after, or null to append at the end. */
    static Entry anchor(FrontMatterDocument doc, String key) {
        List<String> order = doc.preferredKeyOrder();
        int rank = order.indexOf(key);
        for (int i = rank - 1; i >= 0; i--) {
            Entry e = lastOccurrence(doc, order.get(i));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static Entry lastOccurrence(FrontMatterDocument doc, String key) {
        Entry found = null;
        for (Entry e : doc.entries()) {
            if (e.key().equals(key)) {
                found = e;
            }
        }
        return found;
    }
}
