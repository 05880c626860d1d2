package org.postdesk.core.convert;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Tables as GFM pipe tables; a one-cell table (page layout, common in WeChat) becomes its content. */
final class Tables {
    private Tables() {
    }

    static String write(Element table) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(cells(child));
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(cells(tr));
                    }
                }
            }
        }
        rows.removeIf(List::isEmpty);
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (rows.size() == 1 && columns == 1 || !table.select("table table").isEmpty()) {
            List<String> blocks = new ArrayList<>();
            for (List<Element> row : rows) {
                for (Element cell : row) {
                    blocks.addAll(new BlockWriter().blocks(cell));
                }
            }
            return String.join("\n\n", blocks);
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sb.append('|');
            for (int c = 0; c < columns; c++) {
                List<Element> row = rows.get(r);
                sb.append(' ').append(c < row.size() ? cell(row.get(c)) : "").append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static List<Element> cells(Element tr) {
        List<Element> cells = new ArrayList<>();
        for (Element c : tr.children()) {
            if (c.normalName().equals("td") || c.normalName().equals("th")) {
                cells.add(c);
            }
        }
        return cells;
    }

    private static String cell(Element cell) {
        List<String> blocks = new BlockWriter().blocks(cell);
        return String.join("<br>", blocks).replace("  \n", "<br>").replace("\n", " ").replace("|", "\\|").strip();
    }
}
