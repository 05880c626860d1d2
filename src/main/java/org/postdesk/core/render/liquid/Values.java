package org.postdesk.core.render.liquid;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.postdesk.core.frontmatter.FrontMatterDate;

/**
 * Liquid's value rules in one place, as Liquid 4 applies them: truthiness, equality and order,
 * property and index access, iteration, text and numbers. Values are plain Java objects:
 * {@code null} is nil, strings, {@link Long}/{@link Double} (or any {@link Number} from YAML),
 * {@link Boolean}, {@link List}, {@link Map}. Pure functions.
 */
final class Values {

    static final Pattern INTEGER = Pattern.compile("-?\\d+");
    static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private Values() {
    }

    /** Only nil and false are falsy. */
    static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v);
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

    static boolean isEmpty(Object v) {
        return (v instanceof CharSequence s && s.length() == 0) || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    static boolean contains(Object left, Object right) {
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
    static Integer order(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        return null;
    }

    /** {@code target.key}: a map's entry, or {@code size}, {@code first}, {@code last}; else nil. */
    static Object property(Object target, String key) {
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

    /** {@code target[i]}: a list's item (negative from the end), or a map's entry under the number. */
    static Object index(Object target, long i) {
        if (target instanceof List<?> list) {
            long at = i < 0 ? list.size() + i : i;
            return at >= 0 && at < list.size() ? list.get((int) at) : null;
        }
        if (target instanceof Map<?, ?> map) {
            return map.get(Long.toString(i));
        }
        return null;
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
            m.forEach((k, x) -> pairs.add(Arrays.asList(k, x)));
            return pairs;
        }
        return List.of(v);
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
            return new SimpleDateFormat("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT).format(date);
        }
        if (value instanceof FrontMatterDate || value instanceof TemporalAccessor) {
            ZonedDateTime t = LiquidDates.toDate(value, ZoneId.systemDefault());
            if (t != null) {
                return LiquidDates.strftime(t, "%Y-%m-%d %H:%M:%S %z"); // as Ruby prints a Time
            }
        }
        if (value instanceof Map<?, ?> map) {
            return map.toString();
        }
        return value.toString();
    }

    /** A value as Liquid's arithmetic reads it: a number, a numeric string, or 0. */
    static Number number(Object v) {
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

    /** A whole number (a limit, an offset, a range end), or an error when it is not one. */
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

    /** A fresh map with these entries, in order (for loop variables). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
