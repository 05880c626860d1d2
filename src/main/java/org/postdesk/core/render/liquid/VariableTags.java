package org.postdesk.core.render.liquid;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code assign}, {@code capture}, {@code increment} and {@code decrement}. */
final class VariableTags {

    private static final Pattern ASSIGN = Pattern.compile("([A-Za-z_][\\w-]*)\\s*=\\s*(.+)", Pattern.DOTALL);

    private VariableTags() {
    }

    static int assign(Render r, int b, int end, String args) {
        Matcher m = ASSIGN.matcher(args);
        if (!m.matches()) {
            return r.error(b, end, "{% assign " + args + " %} is not \"name = value\"; nothing was assigned.");
        }
        try {
            r.session.variables.put(m.group(1), Expressions.chain(m.group(2).strip(), r.context, r.session));
        } catch (LiquidException ex) {
            return r.error(b, end, "{% assign " + args + " %}: " + ex.getMessage() + "; nothing was assigned.");
        }
        r.out.replace(b, end, "");
        return end;
    }

    static int counter(Render r, int b, int end, String name, String args) {
        String var = args.strip();
        long value = r.session.counters.get(var) instanceof Long l ? l : 0L;
        long shown = name.equals("increment") ? value : value - 1;
        r.session.counters.put(var, name.equals("increment") ? value + 1 : value - 1);
        r.out.replace(b, end, Long.toString(shown));
        return end;
    }

    static int capture(Render r, int b, int end, int to, String args) {
        String var = args.strip();
        if (var.length() >= 2 && (var.charAt(0) == '"' || var.charAt(0) == '\'')) {
            var = var.substring(1, var.length() - 1);
        }
        List<Tag> parts = r.structure(b, end, to, Set.of(), "endcapture");
        if (parts == null) {
            return r.unclosed(b, end, "capture", "endcapture");
        }
        if (var.isEmpty()) {
            return r.error(b, parts.get(0).end(), "{% capture %} names no variable; its content is left out.");
        }
        Tag close = parts.get(0);
        int deep = r.tooDeep(b, close.end(), "capture");
        if (deep >= 0) {
            return deep;
        }
        r.out.copyTo(b);
        r.out.unalign();
        r.session.enter();
        try {
            r.session.variables.put(var, r.renderAside(end, close.start()));
        } finally {
            r.session.leave();
        }
        r.out.replace(b, close.end(), "");
        return close.end();
    }
}
