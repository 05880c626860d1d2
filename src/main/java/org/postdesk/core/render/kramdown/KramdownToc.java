package org.postdesk.core.render.kramdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;

/** kramdown's table of contents ({@code {:toc}}): nested lists of links to the headings. */
final class KramdownToc {

    private KramdownToc() {
    }

    static ListBlock build(List<Heading> headings, boolean bullets) {
        ListBlock root = list(bullets);
        Deque<ListItem> items = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (Heading h : headings) {
            String id = KramdownTree.idOf(h);
            if (id == null) {
                continue;
            }
            int level = h.getLevel();
            while (!levels.isEmpty() && level <= levels.peek()) {
                levels.pop();
                items.pop();
            }
            Node parent = root;
            if (!items.isEmpty()) {
                ListItem owner = items.peek();
                parent = owner.getLastChild() instanceof ListBlock sub ? sub : null;
                if (parent == null) {
                    parent = list(bullets);
                    owner.appendChild(parent);
                }
            }
            Link link = new Link("#" + id, null);
            link.appendChild(new Text(KramdownTree.plainText(h)));
            IalAttributes.on(link).attributes.put("id", "markdown-toc-" + id);
            ListItem item = KramdownTree.item(KramdownTree.paragraphOf(link));
            parent.appendChild(item);
            items.push(item);
            levels.push(level);
        }
        IalAttributes.on(root).attributes.put("id", "markdown-toc"); // last: found from the end
        return root;
    }

    private static ListBlock list(boolean bullets) {
        ListBlock list = bullets ? new BulletList() : new OrderedList();
        list.setTight(true);
        return list;
    }
}
