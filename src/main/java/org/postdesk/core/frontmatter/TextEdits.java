package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Non-overlapping replacements of text ranges, applied together. */
final class TextEdits {
    private record Edit(int start, int end, String replacement) {
    }

    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String text) {
        this.text = text;
    }

    TextEdits replace(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement));
        return this;
    }

    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                throw new IllegalStateException("Overlapping edits at " + e.start());
            }
            out.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
        }
        return out.append(text, pos, text.length()).toString();
    }
}
