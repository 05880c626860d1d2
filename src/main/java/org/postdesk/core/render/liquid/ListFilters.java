package org.postdesk.core.render.liquid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.postdesk.core.render.liquid.FilterTable.Filter;

/** The filters of lists: split and join, size, first and last, order, uniq, map, where. */
final class ListFilters {

    private ListFilters() {
    }

    static void register(Map<String, Filter> table) {
        table.put("split", c -> split(c.in(), c.text(0)));
        table.put("join", c -> join(c.input(), c.has(0) ? c.text(0) : " "));
        table.put("size", c -> c.input() instanceof Collection<?> l ? (long) l.size()
                : c.input() instanceof Map<?, ?> m ? (long) m.size() : (long) c.in().length());
        table.put("first", c -> c.input() instanceof List<?> l ? (l.isEmpty() ? null : l.get(0)) : null);
        table.put("last", c -> c.input() instanceof List<?> l ? (l.isEmpty() ? null : l.get(l.size() - 1)) : null);
        table.put("reverse", c -> {
            List<Object> items = Values.list(c.input());
            Collections.reverse(items);
            return items;
        });
        table.put("sort", c -> sort(c.input(), c.arg(0) == null ? null : c.text(0), false));
        table.put("sort_natural", c -> sort(c.input(), c.arg(0) == null ? null : c.text(0), true));
        table.put("uniq", c -> uniq(c.input()));
        table.put("compact", c -> Values.list(c.input()).stream().filter(v -> v != null).toList());
        table.put("concat", c -> {
            List<Object> out = Values.list(c.input());
            out.addAll(Values.list(c.arg(0)));
            return out;
        });
        table.put("map", c -> {
            String key = c.text(0);
            return Values.list(c.input()).stream().map(v -> Values.property(v, key)).toList();
        });
        table.put("where", c -> where(c.input(), c.text(0), c.arg(1), c.has(1)));
    }

    /** Ruby's {@code String#split}: a single space splits on runs of whitespace; trailing empty parts go. */
    private static List<Object> split(String in, String separator) {
        List<Object> parts = new ArrayList<>();
        if (separator.equals(" ")) {
            for (String p : in.strip().split("\\s+")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            return parts;
        }
        if (separator.isEmpty()) {
            in.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
            return parts;
        }
        int start = 0;
        while (true) {
            int at = in.indexOf(separator, start);
            if (at < 0) {
                parts.add(in.substring(start));
                break;
            }
            parts.add(in.substring(start, at));
            start = at + separator.length();
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).toString().isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    private static String join(Object input, String separator) {
        if (!(input instanceof Collection<?>)) {
            return Values.asText(input);
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object item : Values.list(input)) {
            if (!first) {
                sb.append(separator);
            }
            first = false;
            sb.append(Values.asText(item));
        }
        return sb.toString();
    }

    private static List<Object> sort(Object input, String property, boolean natural) {
        List<Object> items = Values.list(input);
        Comparator<Object> byValue = (a, b) -> {
            Object x = property == null ? a : Values.property(a, property);
            Object y = property == null ? b : Values.property(b, property);
            if (x == null || y == null) {
                return x == y ? 0 : x == null ? 1 : -1; // nil last, as Jekyll's sort puts it
            }
            if (natural) {
                return Values.asText(x).compareToIgnoreCase(Values.asText(y));
            }
            Integer c = Values.order(x, y);
            return c != null ? c : Values.asText(x).compareTo(Values.asText(y));
        };
        items.sort(byValue);
        return items;
    }

    private static List<Object> uniq(Object input) {
        List<Object> out = new ArrayList<>();
        for (Object item : Values.list(input)) {
            if (out.stream().noneMatch(o -> Values.equal(o, item))) {
                out.add(item);
            }
        }
        return out;
    }

    /** Jekyll's {@code where}: items whose property, as text, equals the value (or, for a list, contains it). */
    private static List<Object> where(Object input, String property, Object wanted, boolean hasValue) {
        List<Object> out = new ArrayList<>();
        for (Object item : Values.list(input)) {
            Object v = Values.property(item, property);
            boolean keep;
            if (!hasValue) {
                keep = Values.truthy(v);
            } else if (v instanceof Collection<?> c) {
                keep = c.stream().anyMatch(x -> Values.asText(x).equals(Values.asText(wanted)));
            } else {
                keep = Values.asText(v).equals(Values.asText(wanted));
            }
            if (keep) {
                out.add(item);
            }
        }
        return out;
    }
}
