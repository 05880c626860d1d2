package org.postdesk.core.render.liquid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code for} (with {@code limit}, {@code offset}, {@code reversed}, ranges, {@code forloop},
 * {@code else}), {@code break} and {@code continue}, {@code cycle}, and {@code tablerow}. A loop's
 * output lines all map to the line of its tag; the lines after it map back exactly.
 */
final class LoopTags {

    private static final Pattern FOR = Pattern.compile("([A-Za-z_][\\w-]*)\\s+in\\s+(.+)", Pattern.DOTALL);
    private static final Pattern FOR_OPTION = Pattern.compile("\\b(limit|offset)\\s*:\\s*(\\S+)");
    private static final Pattern TABLEROW_OPTION = Pattern.compile("\\b(cols|limit|offset)\\s*:\\s*(\\S+)");

    private LoopTags() {
    }

    /** The items a loop runs over, after its options. */
    private record Items(List<Object> items, long cols) {
    }

    static int forBlock(Render r, int b, int end, int to, String args) {
        List<Tag> parts = r.structure(b, end, to, Set.of("else"), "endfor");
        if (parts == null) {
            return r.unclosed(b, end, "for", "endfor");
        }
        Tag close = parts.get(parts.size() - 1);
        Tag elseTag = parts.size() > 1 ? parts.get(0) : null;
        int bodyEnd = elseTag != null ? elseTag.start() : close.start();
        int deep = r.tooDeep(b, close.end(), "for");
        if (deep >= 0) {
            return deep;
        }
        Matcher m = FOR.matcher(args);
        List<Object> items;
        try {
            items = items(r, m, FOR_OPTION, true).items();
        } catch (LiquidException ex) {
            return r.error(b, close.end(), "{% for " + args + " %}: " + ex.getMessage() + "; the whole loop is left out.");
        }
        Output out = r.out;
        out.copyTo(b);
        out.unalign();
        out.markChanged();
        r.session.enter();
        try {
            if (items.isEmpty()) {
                if (elseTag != null) {
                    out.skipTo(elseTag.end());
                    r.render(elseTag.end(), close.start());
                }
                out.skipTo(close.end());
                return close.end();
            }
            loop(r, b, end, bodyEnd, close.end(), m, items);
        } finally {
            r.session.leave();
        }
        return close.end();
    }

    /** Renders the body once per item, each pass from the body's start, then skips to the end tag. */
    private static void loop(Render r, int b, int end, int bodyEnd, int closeEnd, Matcher m, List<Object> items) {
        Output out = r.out;
        out.skipTo(end);
        int bodyLine = out.sourceLine();
        int outerAnchor = out.anchor();
        int firstBreak = out.breakCount();
        out.anchor(outerAnchor >= 0 ? outerAnchor : out.lineBefore(b, bodyLine));
        Map<String, Object> frame = new HashMap<>();
        r.session.loops.push(frame);
        int n = Math.min(items.size(), LiquidLite.MAX_ITERATIONS);
        for (int i = 0; i < n; i++) {
            if (!pass(r)) {
                break;
            }
            frame.put(m.group(1), items.get(i));
            frame.put("forloop", Values.map("index", (long) i + 1, "index0", (long) i,
                    "rindex", (long) (items.size() - i), "rindex0", (long) (items.size() - i - 1),
                    "first", i == 0, "last", i == items.size() - 1, "length", (long) items.size(),
                    "name", m.group(1) + "-" + m.group(2).strip()));
            out.rewind(end, bodyLine);
            r.render(end, bodyEnd);
            Interrupt taken = r.interrupt;
            r.interrupt = Interrupt.NONE;
            if (taken == Interrupt.BREAK) {
                break;
            }
            if (out.length() > LiquidLite.MAX_OUTPUT) {
                r.notes.add("A {% for %} loop made more text than the preview shows; it was cut short.");
                break;
            }
        }
        if (items.size() > LiquidLite.MAX_ITERATIONS) {
            r.notes.add("A {% for %} loop runs " + items.size() + " times; the preview shows the first "
                    + LiquidLite.MAX_ITERATIONS + ".");
        }
        r.session.loops.pop();
        out.anchor(outerAnchor);
        out.rewind(end, bodyLine);
        out.skipTo(closeEnd);
        if (outerAnchor < 0 && out.breakCount() > firstBreak) {
            out.lastBreak(out.sourceLine()); // the line after the loop is the endfor's line
        }
    }

    /** Counts one loop pass against the render's budget; says so once when it is spent. */
    private static boolean pass(Render r) {
        if (r.session.pass()) {
            return true;
        }
        if (r.session.firstOverrun()) {
            r.notes.add("The loops inside loops in this post ran " + LiquidLite.MAX_PASSES
                    + " times in all; the preview stopped them there.");
        }
        return false;
    }

    /**
     * {@code {% tablerow item in items cols: N limit: L offset: O %}}: Liquid's table rows and
     * cells ({@code <tr class="rowN">}, {@code <td class="colN">}), with {@code tablerowloop}.
     * Everything it writes maps to the tag's line.
     */
    static int tablerow(Render r, int b, int end, int to, String args) {
        List<Tag> parts = r.structure(b, end, to, Set.of(), "endtablerow");
        if (parts == null) {
            return r.unclosed(b, end, "tablerow", "endtablerow");
        }
        Tag close = parts.get(0);
        int deep = r.tooDeep(b, close.end(), "tablerow");
        if (deep >= 0) {
            return deep;
        }
        Matcher m = FOR.matcher(args);
        Items found;
        try {
            found = items(r, m, TABLEROW_OPTION, false);
        } catch (LiquidException ex) {
            return r.error(b, close.end(), "{% tablerow " + args + " %}: " + ex.getMessage()
                    + "; the whole table is left out.");
        }
        r.out.copyTo(b);
        r.out.unalign();
        r.session.enter();
        String table;
        try {
            table = table(r, end, close.start(), m.group(1), found.items(), found.cols());
        } finally {
            r.session.leave();
        }
        r.out.replace(b, close.end(), table, true);
        return close.end();
    }

    private static String table(Render r, int from, int to, String name, List<Object> items, long cols) {
        StringBuilder table = new StringBuilder("<tr class=\"row1\">\n");
        Map<String, Object> frame = new HashMap<>();
        r.session.loops.push(frame);
        int n = Math.min(items.size(), LiquidLite.MAX_ITERATIONS);
        long col = 1;
        long row = 1;
        for (int i = 0; i < n && table.length() < LiquidLite.MAX_OUTPUT && pass(r); i++) {
            boolean colLast = col == cols;
            frame.put(name, items.get(i));
            frame.put("tablerowloop", Values.map("index", (long) i + 1, "index0", (long) i,
                    "rindex", (long) (items.size() - i), "rindex0", (long) (items.size() - i - 1),
                    "first", i == 0, "last", i == items.size() - 1, "length", (long) items.size(),
                    "col", col, "col0", col - 1, "col_first", col == 1, "col_last", colLast, "row", row));
            String cell = r.renderAside(from, to);
            r.interrupt = Interrupt.NONE;
            table.append("<td class=\"col").append(col).append("\">").append(cell).append("</td>");
            if (colLast && i < items.size() - 1) {
                row++;
                table.append("</tr>\n<tr class=\"row").append(row).append("\">");
            }
            col = colLast ? 1 : col + 1;
        }
        table.append("</tr>\n");
        r.session.loops.pop();
        return table.toString();
    }

    /** The collection of {@code item in collection options}, after limit and offset (and {@code reversed} for for). */
    private static Items items(Render r, Matcher m, Pattern options, boolean isFor) throws LiquidException {
        if (!m.matches()) {
            throw new LiquidException("it is not \"item in collection\"");
        }
        String rest = isFor ? m.group(2).strip() : m.group(2);
        long limit = -1;
        long offset = 0;
        long cols = 0;
        Matcher option = options.matcher(rest);
        StringBuilder collection = new StringBuilder();
        while (option.find()) {
            long v = Values.integer(Expressions.value(option.group(2), r.session));
            switch (option.group(1)) {
                case "cols" -> cols = v;
                case "limit" -> limit = v;
                default -> offset = v;
            }
            option.appendReplacement(collection, "");
        }
        option.appendTail(collection);
        List<String> words = Expressions.words(collection.toString());
        if (words.isEmpty()) {
            throw new LiquidException("the collection is missing");
        }
        // Liquid reads "reversed" only right after the collection
        List<String> written = Expressions.words(rest);
        boolean reverse = isFor && written.size() > 1 && written.get(1).equals("reversed");
        List<Object> items = Values.list(Expressions.value(words.get(0), r.session));
        int from = (int) Math.min(items.size(), Math.max(0, offset));
        int until = limit < 0 ? items.size()
                : (int) Math.min(items.size(), from + (isFor ? limit : Math.max(0, limit)));
        items = new ArrayList<>(items.subList(from, until));
        if (reverse) {
            Collections.reverse(items);
        }
        return new Items(items, cols);
    }

    /** {@code break} or {@code continue}: inside a loop, ends this pass or the loop. */
    static int interrupt(Render r, int b, int end, String name) {
        r.out.replace(b, end, "");
        if (!r.session.loops.isEmpty()) {
            r.interrupt = name.equals("break") ? Interrupt.BREAK : Interrupt.CONTINUE;
        }
        return end;
    }

    /** {@code {% cycle 'a', 'b' %}} or {@code {% cycle 'group': 'a', 'b' %}}: the next value each time. */
    static int cycle(Render r, int b, int end, String args) {
        String key = args;
        String list = args;
        List<String> groupSplit = Expressions.split(args, ':');
        if (groupSplit.size() == 2) {
            key = groupSplit.get(0).strip();
            list = groupSplit.get(1);
        }
        List<String> items = Expressions.split(list, ',');
        try {
            if (groupSplit.size() == 2) {
                key = Values.asText(Expressions.value(key, r.session));
            }
            int at = r.session.cycles.getOrDefault(key, 0);
            Object v = Expressions.value(items.get(at % items.size()).strip(), r.session);
            r.session.cycles.put(key, (at + 1) % items.size());
            r.out.replace(b, end, Values.asText(v));
        } catch (LiquidException ex) {
            return r.error(b, end, "{% cycle " + args + " %}: " + ex.getMessage() + "; nothing is shown.");
        }
        return end;
    }
}
