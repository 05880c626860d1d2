package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates the inside of one {@code {{ ... }}}: a literal or a {@code site.}/{@code page.}
 * variable followed by filters. Only what posts use in practice; anything else is reported as
 * not understood so the caller leaves the text visible. Pure functions, no state.
 */
final class LiquidExpression {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][\\w-]*(\\.[\\w-]+)*");

    private LiquidExpression() {
    }

    /** The rendered value, or empty when the expression is not understood. */
    static Optional<String> evaluate(String expression, TemplatePass.Context context) {
        List<String> parts = split(strip(expression), '|');
        if (parts.isEmpty() || parts.get(0).isBlank()) {
            return Optional.empty();
        }
        Optional<Object> value = value(parts.get(0).trim(), context);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = asText(value.get());
        for (String filter : parts.subList(1, parts.size())) {
            Optional<String> next = filter(filter.trim(), text, context);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            text = next.get();
        }
        return Optional.of(text);
    }

    /** Removes Liquid's whitespace-control dashes ({@code {{- x -}}}); the whitespace itself is kept. */
    static String strip(String inner) {
        String s = inner.strip();
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    private static Optional<String> filter(String call, String input, TemplatePass.Context context) {
        int colon = call.indexOf(':');
        String name = (colon < 0 ? call : call.substring(0, colon)).trim();
        List<String> args = new ArrayList<>();
        if (colon >= 0) {
            for (String arg : split(call.substring(colon + 1), ',')) {
                Optional<Object> v = value(arg.trim(), context);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                args.add(asText(v.get()));
            }
        }
        String first = args.isEmpty() ? "" : args.get(0);
        return Optional.of(switch (name) {
            case "relative_url" -> relativeUrl(input, context);
            case "absolute_url" -> absoluteUrl(input, context);
            case "prepend" -> first + input;
            case "append" -> input + first;
            case "default" -> input.isEmpty() ? first : input;
            case "downcase" -> input.toLowerCase(java.util.Locale.ROOT);
            case "upcase" -> input.toUpperCase(java.util.Locale.ROOT);
            case "strip" -> input.strip();
            case "remove" -> input.replace(first, "");
            case "replace" -> input.replace(first, args.size() > 1 ? args.get(1) : "");
            // Unknown filters are ignored, as Liquid does unless strict_filters is on.
            default -> input;
        });
    }

    static String relativeUrl(String input, TemplatePass.Context context) {
        if (hasScheme(input)) {
            return input;
        }
        String base = trimSlashes(asText(context.site().get("baseurl")));
        String path = input.startsWith("/") ? input.substring(1) : input;
        return (base.isEmpty() ? "" : "/" + base) + "/" + path;
    }

    static String absoluteUrl(String input, TemplatePass.Context context) {
        if (hasScheme(input)) {
            return input;
        }
        String site = asText(context.site().get("url"));
        while (site.endsWith("/")) {
            site = site.substring(0, site.length() - 1);
        }
        return site + relativeUrl(input, context);
    }

    private static boolean hasScheme(String s) {
        return SCHEME.matcher(s).lookingAt();
    }

    private static String trimSlashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '/') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '/') {
            b--;
        }
        return s.substring(a, b);
    }

    private static Optional<Object> value(String token, TemplatePass.Context context) {
        if (token.length() >= 2 && (token.charAt(0) == '"' || token.charAt(0) == '\'')
                && token.charAt(token.length() - 1) == token.charAt(0)) {
            return Optional.of(token.substring(1, token.length() - 1));
        }
        if (NUMBER.matcher(token).matches()) {
            return Optional.of(token);
        }
        if (token.equals("nil") || token.equals("null")) {
            return Optional.of("");
        }
        if (!VARIABLE.matcher(token).matches()) {
            return Optional.empty();
        }
        String[] path = token.split("\\.");
        Object current = switch (path[0]) {
            case "site" -> context.site();
            case "page" -> context.page();
            case "true", "false" -> path.length == 1 ? path[0] : null;
            default -> null; // layout, paginator, loop variables...: nil, which renders as nothing
        };
        for (int i = 1; i < path.length && current != null; i++) {
            current = current instanceof Map<?, ?> map ? map.get(path[i]) : null;
        }
        return Optional.of(current == null ? "" : current);
    }

    static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            StringBuilder sb = new StringBuilder();
            list.forEach(item -> sb.append(asText(item)));
            return sb.toString();
        }
        return value.toString();
    }

    /** Splits on {@code separator} outside quotes. */
    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
