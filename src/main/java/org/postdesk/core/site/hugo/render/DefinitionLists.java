package org.postdesk.core.site.hugo.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Goldmark's definition lists (PHP Markdown Extra's form, on in Hugo by default): in a paragraph,
 * the lines before the first line that starts with {@code ": "} are terms, and each line that
 * starts with {@code ": "} begins a definition (the lines after it continue it). commonmark-java
 * reads the whole as one paragraph; this step turns such a paragraph into
 * {@link DefinitionList} with {@link Term} and {@link Description} children.
 */
final class DefinitionLists {

    private DefinitionLists() {
    }

    /** {@code <dl>} */
    static final class DefinitionList extends CustomBlock {
    }

    /** {@code <dt>} */
    static final class Term extends CustomBlock {
    }

    /** {@code <dd>} */
    static final class Description extends CustomBlock {
    }

    static void apply(Paragraph p) {
        List<List<Node>> lines = lines(p);
        int first = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (startsWithColon(lines.get(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        DefinitionList dl = new DefinitionList();
        dl.setSourceSpans(p.getSourceSpans());
        for (int i = 0; i < first; i++) {
            Term dt = new Term();
            move(lines.get(i), dt);
            dl.appendChild(dt);
        }
        Description dd = null;
        for (int i = first; i < lines.size(); i++) {
            List<Node> line = lines.get(i);
            if (startsWithColon(line)) {
                Text t = (Text) line.get(0);
                t.setLiteral(t.getLiteral().substring(1).stripLeading());
                dd = new Description();
                dl.appendChild(dd);
            } else {
                dd.appendChild(new SoftLineBreak());
            }
            move(line, dd);
        }
        if (p.getPrevious() instanceof DefinitionList before) {
            while (dl.getFirstChild() != null) {
                Node c = dl.getFirstChild();
                c.unlink();
                before.appendChild(c);
            }
        } else {
            p.insertBefore(dl);
        }
        p.unlink();
    }

    private static boolean startsWithColon(List<Node> line) {
        return !line.isEmpty() && line.get(0) instanceof Text t && t.getLiteral().startsWith(":")
                && (t.getLiteral().length() == 1 || t.getLiteral().charAt(1) == ' ' || t.getLiteral().charAt(1) == '\t');
    }

    private static void move(List<Node> nodes, Node to) {
        for (Node n : nodes) {
            n.unlink();
            to.appendChild(n);
        }
    }

    private static List<List<Node>> lines(Paragraph p) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof SoftLineBreak) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(c);
            }
        }
        lines.add(line);
        return lines;
    }
}
