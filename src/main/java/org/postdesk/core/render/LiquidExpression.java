package org.postdesk.core.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.parser.IncludeSourceSpans;

/**
 * Liquid expressions as Jekyll 4.3 (Liquid 4) evaluates them: literals, variables with
 * {@code .key}/{@code [index]} access, ranges, filters, and the conditions of {@code if},
 * {@code unless} and {@code case}. Values are plain Java objects: {@code null} is nil, strings,
 * {@link Long}/{@link Double} (or any {@link Number} from YAML), {@link Boolean}, {@link List},
 * {@link Map}. Anything it does not understand raises {@link LiquidException}; the caller
 * decides whether that leaves the text visible or marks it. Pure functions, no state.
 */
final class LiquidExpression {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern RANGE = Pattern.compile("\\(\\s*(.+?)\\s*\\.\\.\\s*(.+?)\\s*\\)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w-]*\\??");
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern NOT_PRETTY_SLUG = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern NOT_ASCII_SLUG = Pattern.compile("[^a-zA-Z0-9]+");

    /** The variables a template sees by name ({@code site}, {@code page}, assigned ones, loop ones). */
    interface Scope {
        /** The value of a top-level name, or null (nil). */
        Object lookup(String name);
    }

    /** Template text that is not a Liquid expression (or filter use) we can evaluate. */
    static final class LiquidException extends Exception {
        private static final long serialVersionUID = 1L;

        LiquidException(String message) {
            super(message, null, false, false);
        }
    }

    private LiquidExpression() {
    }

    /** A scope with only {@code site} and {@code page}. */
    static Scope scope(TemplatePass.Context context) {
        return name -> switch (name) {
            case "site" -> context.site();
            case "page" -> context.page();
            default -> null;
        };
    }

    /** The rendered value of an output expression, or empty when it is not understood. */
    static Optional<String> evaluate(String expression, TemplatePass.Context context) {
        return evaluate(expression, context, scope(context));
    }

    static Optional<String> evaluate(String expression, TemplatePass.Context context, Scope scope) {
        try {
            return Optional.of(asText(chain(strip(expression), context, scope)));
        } catch (LiquidException e) {
            return Optional.empty();
        }
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

    /** A value followed by filters: {@code x | f: a, b | g}. */
    static Object chain(String expression, TemplatePass.Context context, Scope scope) throws LiquidException {
        List<String> parts = split(expression, '|');
        if (parts.isEmpty() || parts.get(0).isBlank()) {
            throw new LiquidException("an empty expression");
        }
        Object value = value(parts.get(0).trim(), scope);
        for (String f : parts.subList(1, parts.size())) {
            value = filter(f.trim(), value, context, scope);
        }
        return value;
    }

    // ---------------------------------------------------------------- conditions

    /** An {@code if}/{@code unless} condition: comparisons joined by {@code and}/{@code or}, right to left. */
    static boolean condition(String text, Scope scope) throws LiquidException {
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw new LiquidException("a condition is missing");
        }
        List<String> clauses = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        for (String w : words) {
            if (w.equals("and") || w.equals("or")) {
                if (clause.length() == 0) {
                    throw new LiquidException("'" + w + "' has nothing on its left");
                }
                clauses.add(clause.toString());
                ops.add(w);
                clause.setLength(0);
            } else {
                clause.append(clause.length() == 0 ? "" : " ").append(w);
            }
        }
        if (clause.length() == 0) {
            throw new LiquidException("the condition ends with '" + ops.get(ops.size() - 1) + "'");
        }
        clauses.add(clause.toString());
        boolean result = comparison(clauses.get(clauses.size() - 1), scope);
        for (int i = clauses.size() - 2; i >= 0; i--) {
            boolean left = comparison(clauses.get(i), scope);
            result = ops.get(i).equals("and") ? left && result : left || result;
        }
        return result;
    }

    private static final String[] OPERATORS = {"==", "!=", "<>", "<=", ">=", "<", ">"};

    private static boolean comparison(String clause, Scope scope) throws LiquidException {
        int quote = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                continue;
            }
            for (String op : OPERATORS) {
                if (clause.startsWith(op, i)) {
                    return compare(clause.substring(0, i).trim(), op, clause.substring(i + op.length()).trim(), scope);
                }
            }
            if (clause.startsWith(" contains ", i)) {
                return compare(clause.substring(0, i).trim(), "contains", clause.substring(i + 10).trim(), scope);
            }
        }
        return truthy(value(clause.trim(), scope));
    }

    private static boolean compare(String leftText, String op, String rightText, Scope scope) throws LiquidException {
        if (leftText.isEmpty() || rightText.isEmpty()) {
            throw new LiquidException("'" + op + "' needs a value on both sides");
        }
        Object left = value(leftText, scope);
        Object right = value(rightText, scope);
        return switch (op) {
            case "==" -> equal(left, right, rightText);
            case "!=", "<>" -> !equal(left, right, rightText);
            case "contains" -> contains(left, right);
            default -> {
                Integer c = order(left, right);
                if (c == null) {
                    yield false; // Liquid raises "comparison of X with Y failed": nothing is shown
                }
                yield switch (op) {
                    case "<" -> c < 0;
                    case ">" -> c > 0;
                    case "<=" -> c <= 0;
                    default -> c >= 0;
                };
            }
        };
    }

    /** Liquid's {@code ==}, including the special right-hand sides {@code empty} and {@code blank}. */
    static boolean equal(Object left, Object right, String rightText) {
        if (rightText.equals("empty")) {
            return isEmpty(left);
        }
        if (rightText.equals("blank")) {
            return left == null || Boolean.FALSE.equals(left) || isEmpty(left)
                    || (left instanceof String s && s.isBlank());
        }
        return equal(left, right);
    }

    static boolean equal(Object left, Object right) {
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof Number a && right instanceof Number b) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (left instanceof CharSequence && right instanceof CharSequence) {
            return left.toString().equals(right.toString());
        }
        return left.equals(right);
    }

    private static boolean isEmpty(Object v) {
        return (v instanceof CharSequence s && s.length() == 0) || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    private static boolean contains(Object left, Object right) {
        if (left instanceof String s) {
            return right != null && s.contains(asText(right));
        }
        if (left instanceof Collection<?> c) {
            for (Object item : c) {
                if (equal(item, right)) {
                    return true;
                }
            }
            return false;
        }
        if (left instanceof Map<?, ?> m) {
            return m.containsKey(asText(right));
        }
        return false;
    }

    /** The order of two values, or null when Liquid could not compare them. */
    private static Integer order(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        return null;
    }

    /** Only nil and false are falsy. */
    static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v);
    }

    // ---------------------------------------------------------------- values

    /** One value: a literal, a range, or a variable with property and index access. */
    static Object value(String token, Scope scope) throws LiquidException {
        if (token.isEmpty()) {
            throw new LiquidException("a value is missing");
        }
        char first = token.charAt(0);
        if ((first == '"' || first == '\'') && token.length() >= 2 && token.indexOf(first, 1) == token.length() - 1) {
            return token.substring(1, token.length() - 1);
        }
        if (INTEGER.matcher(token).matches()) {
            try {
                return Long.parseLong(token);
            } catch (NumberFormatException e) {
                return Double.parseDouble(token);
            }
        }
        if (DECIMAL.matcher(token).matches()) {
            return Double.parseDouble(token);
        }
        var range = RANGE.matcher(token);
        if (range.matches()) {
            long from = integer(value(range.group(1), scope));
            long to = integer(value(range.group(2), scope));
            if (to - from > 1_000_000) {
                throw new LiquidException("the range " + token + " is too long for the preview");
            }
            List<Object> items = new ArrayList<>();
            for (long i = from; i <= to; i++) {
                items.add(i);
            }
            return items;
        }
        switch (token) {
            case "nil", "null" -> {
                return null;
            }
            case "true" -> {
                return Boolean.TRUE;
            }
            case "false" -> {
                return Boolean.FALSE;
            }
            case "empty" -> {
                return "";
            }
            case "blank" -> {
                return "";
            }
            default -> {
                return variable(token, scope);
            }
        }
    }

    private static Object variable(String token, Scope scope) throws LiquidException {
        int i = 0;
        int n = token.length();
        Object current;
        if (token.charAt(0) == '[') {
            int close = closingBracket(token, 0);
            current = scope.lookup(asText(value(token.substring(1, close).trim(), scope)));
            i = close + 1;
        } else {
            var m = NAME.matcher(token).region(0, n);
            if (!m.lookingAt()) {
                throw new LiquidException("'" + token + "' is not a value");
            }
            current = scope.lookup(m.group());
            i = m.end();
        }
        while (i < n) {
            char c = token.charAt(i);
            if (c == '.') {
                var m = NAME.matcher(token).region(i + 1, n);
                if (!m.lookingAt()) {
                    throw new LiquidException("'" + token + "' is not a value");
                }
                current = property(current, m.group());
                i = m.end();
            } else if (c == '[') {
                int close = closingBracket(token, i);
                Object key = value(token.substring(i + 1, close).trim(), scope);
                current = key instanceof Number k ? index(current, k.longValue()) : property(current, asText(key));
                i = close + 1;
            } else {
                throw new LiquidException("'" + token + "' is not a value");
            }
        }
        return current;
    }

    private static int closingBracket(String token, int open) throws LiquidException {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < token.length(); i++) {
            char c = token.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new LiquidException("'" + token + "' has an unclosed [");
    }

    private static Object property(Object target, String key) {
        if (target instanceof Map<?, ?> map) {
            Object v = map.get(key);
            if (v != null || map.containsKey(key)) {
                return v;
            }
            return key.equals("size") ? (Object) (long) map.size() : null;
        }
        if (target instanceof List<?> list) {
            return switch (key) {
                case "size" -> (long) list.size();
                case "first" -> list.isEmpty() ? null : list.get(0);
                case "last" -> list.isEmpty() ? null : list.get(list.size() - 1);
                default -> null;
            };
        }
        if (target instanceof String s && key.equals("size")) {
            return (long) s.length();
        }
        return null;
    }

    private static Object index(Object target, long i) {
        if (target instanceof List<?> list) {
            long at = i < 0 ? list.size() + i : i;
            return at >= 0 && at < list.size() ? list.get((int) at) : null;
        }
        if (target instanceof Map<?, ?> map) {
            return map.get(Long.toString(i));
        }
        return null;
    }

    // ---------------------------------------------------------------- filters

    private static Object filter(String call, Object input, TemplatePass.Context context, Scope scope)
            throws LiquidException {
        int colon = call.indexOf(':');
        String name = (colon < 0 ? call : call.substring(0, colon)).trim();
        if (!NAME.matcher(name).matches()) {
            throw new LiquidException("'" + call + "' is not a filter");
        }
        List<Object> args = new ArrayList<>();
        if (colon >= 0) {
            for (String arg : split(call.substring(colon + 1), ',')) {
                String a = arg.trim();
                int kw = a.indexOf(':');
                if (kw > 0 && NAME.matcher(a.substring(0, kw)).matches()) {
                    continue; // keyword arguments (allow_false: true) are not used by the preview
                }
                args.add(value(a, scope));
            }
        }
        Object arg0 = args.isEmpty() ? null : args.get(0);
        String text0 = asText(arg0);
        String in = asText(input);
        return switch (name) {
            case "relative_url" -> relativeUrl(in, context);
            case "absolute_url" -> absoluteUrl(in, context);
            case "prepend" -> text0 + in;
            case "append" -> in + text0;
            case "default" -> input == null || Boolean.FALSE.equals(input) || isEmpty(input) ? arg0 : input;
            case "downcase" -> in.toLowerCase(Locale.ROOT);
            case "upcase" -> in.toUpperCase(Locale.ROOT);
            case "capitalize" -> in.isEmpty() ? in : in.substring(0, 1).toUpperCase(Locale.ROOT)
                    + in.substring(1).toLowerCase(Locale.ROOT);
            case "strip" -> in.strip();
            case "lstrip" -> in.stripLeading();
            case "rstrip" -> in.stripTrailing();
            case "strip_newlines" -> in.replaceAll("\\R", "");
            case "remove" -> in.replace(text0, "");
            case "remove_first" -> replaceFirst(in, text0, "");
            case "replace" -> in.replace(text0, args.size() > 1 ? asText(args.get(1)) : "");
            case "replace_first" -> replaceFirst(in, text0, args.size() > 1 ? asText(args.get(1)) : "");
            case "split" -> split(in, text0);
            case "join" -> join(input, args.isEmpty() ? " " : text0);
            case "size" -> input instanceof Collection<?> c ? (long) c.size()
                    : input instanceof Map<?, ?> m ? (long) m.size() : (long) in.length();
            case "first" -> input instanceof List<?> l ? (l.isEmpty() ? null : l.get(0)) : null;
            case "last" -> input instanceof List<?> l ? (l.isEmpty() ? null : l.get(l.size() - 1)) : null;
            case "reverse" -> reverse(input);
            case "sort", "sort_natural" -> sort(input, arg0 == null ? null : text0, name.equals("sort_natural"));
            case "uniq" -> uniq(input);
            case "compact" -> list(input).stream().filter(v -> v != null).toList();
            case "concat" -> concat(input, arg0);
            case "map" -> list(input).stream().map(v -> property(v, text0)).toList();
            case "where" -> where(input, text0, args.size() > 1 ? args.get(1) : null, args.size() > 1);
            case "slugify" -> slugify(in, args.isEmpty() ? "default" : text0);
            case "escape", "xml_escape" -> UrlText.escapeHtml(in);
            case "markdownify" -> Plain.MARKDOWN.toHtml(in);
            case "strip_html" -> in.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->|<.*?>", "");
            case "newline_to_br" -> in.replaceAll("\\R", "<br />\n");
            case "truncate" -> truncate(in, arg0 == null ? 50 : integer(arg0), args.size() > 1 ? asText(args.get(1)) : "...");
            case "plus", "minus", "times", "divided_by", "modulo" -> arithmetic(name, input, arg0);
            case "date" -> {
                if (in.isEmpty() || arg0 == null || text0.isEmpty()) {
                    yield input;
                }
                java.time.ZonedDateTime t = LiquidDates.toDate(input, LiquidDates.zone(context));
                yield t == null ? input : LiquidDates.strftime(t, text0);
            }
            case "date_to_xmlschema", "date_to_rfc822", "date_to_string", "date_to_long_string" -> {
                if (in.isEmpty()) {
                    yield input;
                }
                java.time.ZoneId zone = LiquidDates.zone(context);
                java.time.ZonedDateTime t = LiquidDates.toDate(input, zone);
                if (t == null) {
                    throw new LiquidException("'" + in + "' is not a date " + name + " can read");
                }
                t = t.withZoneSameInstant(zone); // Jekyll shows these in the site's zone
                yield switch (name) {
                    case "date_to_xmlschema" -> LiquidDates.xmlSchema(t);
                    case "date_to_rfc822" -> LiquidDates.rfc822(t);
                    default -> LiquidDates.toString(t, name.equals("date_to_long_string"),
                            arg0 == null ? null : text0, args.size() > 1 ? asText(args.get(1)) : null);
                };
            }
            case "number_of_words" -> (long) (in.isBlank() ? 0 : in.strip().split("\\s+").length);
            // Unknown filters are ignored, as Liquid does unless strict_filters is on.
            default -> input;
        };
    }

    /** A renderer for {@code markdownify}: no {@code data-line} (the text is not the editor's). */
    private static final class Plain {
        static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(IncludeSourceSpans.NONE, false);
    }

    private static String replaceFirst(String in, String what, String with) {
        int at = in.indexOf(what);
        return at < 0 ? in : in.substring(0, at) + with + in.substring(at + what.length());
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

    /** The items of a value as Liquid iterates them: nil is none, a map is its [key, value] pairs. */
    static List<Object> list(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (v instanceof Map<?, ?> m) {
            List<Object> pairs = new ArrayList<>();
            m.forEach((k, x) -> pairs.add(java.util.Arrays.asList(k, x)));
            return pairs;
        }
        return List.of(v);
    }

    private static String join(Object input, String separator) {
        if (!(input instanceof Collection<?>)) {
            return asText(input);
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object item : list(input)) {
            if (!first) {
                sb.append(separator);
            }
            first = false;
            sb.append(asText(item));
        }
        return sb.toString();
    }

    private static Object reverse(Object input) {
        List<Object> items = list(input);
        java.util.Collections.reverse(items);
        return items;
    }

    private static List<Object> sort(Object input, String property, boolean natural) {
        List<Object> items = list(input);
        Comparator<Object> byValue = (a, b) -> {
            Object x = property == null ? a : property(a, property);
            Object y = property == null ? b : property(b, property);
            if (x == null || y == null) {
                return x == y ? 0 : x == null ? 1 : -1; // nil last, as Jekyll's sort puts it
            }
            if (natural) {
                return asText(x).compareToIgnoreCase(asText(y));
            }
            Integer c = order(x, y);
            return c != null ? c : asText(x).compareTo(asText(y));
        };
        items.sort(byValue);
        return items;
    }

    private static List<Object> uniq(Object input) {
        List<Object> out = new ArrayList<>();
        for (Object item : list(input)) {
            if (out.stream().noneMatch(o -> equal(o, item))) {
                out.add(item);
            }
        }
        return out;
    }

    private static List<Object> concat(Object input, Object other) {
        List<Object> out = list(input);
        out.addAll(list(other));
        return out;
    }

    /** Jekyll's {@code where}: items whose property, as text, equals the value (or, for a list, contains it). */
    private static List<Object> where(Object input, String property, Object wanted, boolean hasValue) {
        List<Object> out = new ArrayList<>();
        for (Object item : list(input)) {
            Object v = property(item, property);
            boolean keep;
            if (!hasValue) {
                keep = truthy(v);
            } else if (v instanceof Collection<?> c) {
                keep = c.stream().anyMatch(x -> asText(x).equals(asText(wanted)));
            } else {
                keep = asText(v).equals(asText(wanted));
            }
            if (keep) {
                out.add(item);
            }
        }
        return out;
    }

    /** Jekyll's {@code slugify}, modes default, raw, pretty, ascii, latin (without transliteration). */
    static String slugify(String in, String mode) {
        String slug = switch (mode) {
            case "none" -> in;
            case "raw" -> in.replaceAll("\\s+", "-");
            case "pretty" -> NOT_PRETTY_SLUG.matcher(in).replaceAll("-");
            case "ascii", "latin" -> NOT_ASCII_SLUG.matcher(java.text.Normalizer.normalize(in,
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")).replaceAll("-");
            default -> NOT_SLUG.matcher(in).replaceAll("-");
        };
        slug = slug.replaceAll("^-+|-+$", "");
        return mode.equals("none") ? slug : slug.toLowerCase(Locale.ROOT);
    }

    private static String truncate(String in, long length, String ellipsis) {
        if (in.length() <= length) {
            return in;
        }
        int keep = (int) Math.max(0, length - ellipsis.length());
        return in.substring(0, keep) + ellipsis;
    }

    private static Object arithmetic(String op, Object a, Object b) throws LiquidException {
        Number x = number(a);
        Number y = number(b);
        boolean integers = !(x instanceof Double) && !(y instanceof Double);
        if (integers) {
            long p = x.longValue();
            long q = y.longValue();
            return switch (op) {
                case "plus" -> p + q;
                case "minus" -> p - q;
                case "times" -> p * q;
                case "divided_by" -> {
                    if (q == 0) {
                        throw new LiquidException("divided by 0");
                    }
                    yield Math.floorDiv(p, q);
                }
                default -> {
                    if (q == 0) {
                        throw new LiquidException("divided by 0");
                    }
                    yield Math.floorMod(p, q);
                }
            };
        }
        double p = x.doubleValue();
        double q = y.doubleValue();
        return switch (op) {
            case "plus" -> p + q;
            case "minus" -> p - q;
            case "times" -> p * q;
            case "divided_by" -> p / q;
            default -> p % q;
        };
    }

    private static Number number(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        String s = asText(v).strip();
        if (INTEGER.matcher(s).matches()) {
            return Long.parseLong(s);
        }
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        return 0L;
    }

    static long integer(Object v) throws LiquidException {
        Number n = number(v);
        if (!(v instanceof Number) && !INTEGER.matcher(asText(v).strip()).matches()) {
            throw new LiquidException("'" + asText(v) + "' is not a number");
        }
        return n.longValue();
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }

    // ---------------------------------------------------------------- URLs and text

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

    /** A value as Liquid prints it: nil as nothing, a list as its items run together. */
    static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            StringBuilder sb = new StringBuilder();
            list.forEach(item -> sb.append(asText(item)));
            return sb.toString();
        }
        if (value instanceof Double d) {
            return d.isInfinite() || d.isNaN() ? d.toString() : BigDecimal.valueOf(d).stripTrailingZeros()
                    .scale() <= 0 ? BigDecimal.valueOf(d).setScale(1).toPlainString() : BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof Date date) {
            return new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT).format(date);
        }
        if (value instanceof org.postdesk.core.frontmatter.JekyllDate
                || value instanceof java.time.temporal.TemporalAccessor) {
            java.time.ZonedDateTime t = LiquidDates.toDate(value, java.time.ZoneId.systemDefault());
            if (t != null) {
                return LiquidDates.strftime(t, "%Y-%m-%d %H:%M:%S %z"); // as Ruby prints a Time
            }
        }
        if (value instanceof Map<?, ?> map) {
            return map.toString();
        }
        return value.toString();
    }

    /** A fresh map with these entries, in order (for loop variables). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Splits on whitespace outside quotes and brackets. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
                continue;
            }
            w.append(c);
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** Splits on {@code separator} outside quotes. */
    static List<String> split(String s, char separator) {
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
