package org.postdesk.core.site.hugo.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Footnotes as Goldmark numbers and places them (learned from Goldmark 1.5's footnote extension):
 * notes are numbered in the order they are first referenced; each reference is
 * {@code <sup id="fnref:N">} (the second reference to the same note {@code fnref1:N}, ...); the
 * referenced definitions move to one {@link Section} at the end ({@code <div class="footnotes">},
 * a rule, an ordered list), each with one back link per reference, in its last paragraph;
 * definitions no one references are dropped.
 */
final class GoldmarkFootnotes {

    private GoldmarkFootnotes() {
    }

    /** A reference: {@code index} is the note's number, {@code refIndex} which reference to it this is (0 first). */
    static final class Ref extends CustomNode {
        final int index;
        final int refIndex;

        Ref(int index, int refIndex) {
            this.index = index;
            this.refIndex = refIndex;
        }
    }

    /** A back link at the end of a note. */
    static final class Backref extends CustomNode {
        final int index;
        final int refIndex;

        Backref(int index, int refIndex) {
            this.index = index;
            this.refIndex = refIndex;
        }
    }

    /** The notes at the end of the page. */
    static final class Section extends CustomBlock {
    }

    /** One note: {@code <li id="fn:N">}. */
    static final class Note extends CustomBlock {
        final int index;

        Note(int index) {
            this.index = index;
        }
    }

    static void apply(Node document) {
        List<FootnoteReference> refs = new ArrayList<>();
        Map<String, FootnoteDefinition> defs = new LinkedHashMap<>();
        collect(document, refs, defs);
        if (defs.isEmpty()) {
            return;
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FootnoteReference r : refs) {
            if (!defs.containsKey(r.getLabel())) {
                continue;
            }
            int n = numbers.computeIfAbsent(r.getLabel(), k -> numbers.size() + 1);
            int seen = counts.merge(r.getLabel(), 1, Integer::sum) - 1;
            Ref ref = new Ref(n, seen);
            r.insertBefore(ref);
            r.unlink();
        }
        for (FootnoteDefinition d : defs.values()) {
            d.unlink();
        }
        if (numbers.isEmpty()) {
            return;
        }
        Section section = new Section();
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            FootnoteDefinition d = defs.get(e.getKey());
            Note note = new Note(e.getValue());
            while (d.getFirstChild() != null) {
                Node c = d.getFirstChild();
                c.unlink();
                note.appendChild(c);
            }
            Node container = note.getLastChild() instanceof Paragraph p ? p : note;
            for (int i = 0; i < counts.get(e.getKey()); i++) {
                container.appendChild(new Backref(e.getValue(), i));
            }
            section.appendChild(note);
        }
        document.appendChild(section);
    }

    private static void collect(Node node, List<FootnoteReference> refs, Map<String, FootnoteDefinition> defs) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof FootnoteReference r) {
                refs.add(r);
            } else if (c instanceof FootnoteDefinition d) {
                defs.putIfAbsent(d.getLabel(), d);
            }
            collect(c, refs, defs);
        }
    }
}
