package org.postdesk.core.frontmatter;

import java.util.List;

/** Computes the new text for one edit of a valid document. */
final class FrontMatterEditor {
    private final FrontMatterDocument doc;

    FrontMatterEditor(FrontMatterDocument doc) {
        this.doc = doc;
    }

    String setString(String key, String value) {
        throw new UnsupportedOperationException("in progress");
    }

    String setBoolean(String key, boolean value) {
        throw new UnsupportedOperationException("in progress");
    }

    String setList(String key, List<String> items) {
        throw new UnsupportedOperationException("in progress");
    }

    String setDate(String key, JekyllDate date) {
        throw new UnsupportedOperationException("in progress");
    }

    String setYaml(String key, String flow) {
        throw new UnsupportedOperationException("in progress");
    }

    String remove(String key) {
        throw new UnsupportedOperationException("in progress");
    }
}
