package org.postdesk.core.render.liquid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postdesk.core.render.TemplatePass;

/**
 * Every filter the preview knows, by name, in one table; the families ({@link TextFilters},
 * {@link ListFilters}, {@link NumberFilters}, {@link SiteFilters}) register theirs. An unknown
 * filter leaves the value as it is, as Liquid does unless {@code strict_filters} is on.
 */
final class FilterTable {

    /** One filter: the value in, the value out. */
    @FunctionalInterface
    interface Filter {
        Object apply(Call call) throws LiquidException;
    }

    /** A filter's use: its name, the value before it, its arguments and what the template sees. */
    record Call(String name, Object input, List<Object> args, TemplatePass.Context context) {

        /** The value before the filter, as text. */
        String in() {
            return Values.asText(input);
        }

        Object arg(int i) {
            return args.size() > i ? args.get(i) : null;
        }

        /** Argument i as text ("" when missing). */
        String text(int i) {
            return Values.asText(arg(i));
        }

        boolean has(int i) {
            return args.size() > i;
        }
    }

    private static final Map<String, Filter> TABLE = table();

    private FilterTable() {
    }

    private static Map<String, Filter> table() {
        Map<String, Filter> table = new HashMap<>();
        TextFilters.register(table);
        ListFilters.register(table);
        NumberFilters.register(table);
        SiteFilters.register(table);
        return Map.copyOf(table);
    }

    /** The names of every filter the table knows. */
    static Set<String> names() {
        return TABLE.keySet();
    }

    /** Applies {@code name: arg, arg} to {@code input}. */
    static Object apply(String call, Object input, TemplatePass.Context context, Scope scope) throws LiquidException {
        int colon = call.indexOf(':');
        String name = (colon < 0 ? call : call.substring(0, colon)).trim();
        if (!Expressions.NAME.matcher(name).matches()) {
            throw new LiquidException("'" + call + "' is not a filter");
        }
        List<Object> args = new ArrayList<>();
        if (colon >= 0) {
            for (String arg : Expressions.split(call.substring(colon + 1), ',')) {
                String a = arg.trim();
                int kw = a.indexOf(':');
                if (kw > 0 && Expressions.NAME.matcher(a.substring(0, kw)).matches()) {
                    continue; // keyword arguments (allow_false: true) are not used by the preview
                }
                args.add(Expressions.value(a, scope));
            }
        }
        Filter filter = TABLE.get(name);
        return filter == null ? input : filter.apply(new Call(name, input, args, context));
    }
}
