package org.postdesk.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Ordered and unordered lists, nested ones indented under their item. */
final class Lists {
    private Lists() {
    }

    static String write(Element list) {
        boolean ordered = list.normalName().equals("ol");
        int number = 1;
        if (ordered && list.attr("start").matches("\\d{1,9}")) {
            number = Integer.parseInt(list.attr("start"));
        }
        List<String> items = new ArrayList<>();
        boolean loose = false;
        for (Element child : list.children()) {
            String tag = child.normalName();
            if ((tag.equals("ul") || tag.equals("ol")) && !items.isEmpty()) {
                String nested = write(child);
                int last = items.size() - 1;
                String previous = items.get(last);
                int indent = previous.indexOf(' ') + 1;
                items.set(last, previous + "\n" + indentLines(nested, indent));
                continue;
            }
            if (!tag.equals("li")) {
                continue;
            }
            List<String> blocks = new BlockWriter().blocks(child);
            if (blocks.isEmpty()) {
                continue;
            }
            boolean paragraphs = !child.select("> p").isEmpty() && child.select("> p").size() > 1;
            loose |= paragraphs;
            String marker = ordered ? number++ + ". " : "- ";
            String body = String.join(paragraphs ? "\n\n" : "\n", blocks);
            items.add(marker + indentLines(body, marker.length()).substring(marker.length()));
        }
        return String.join(loose ? "\n\n" : "\n", items);
    }

    private static String indentLines(String text, int width) {
        String pad = " ".repeat(width);
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (!line.isEmpty()) {
                sb.append(pad).append(line);
            }
        }
        return sb.toString();
    }
}
