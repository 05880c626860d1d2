package org.postdesk.core.render.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postdesk.core.render.TemplatePass;

/**
 * Liquid expressions as Jekyll 4.3 (Liquid 4) reads them: literals, variables with
 * {@code .key}/{@code [index]} access, ranges, filter chains ({@link FilterTable}), and the
 * conditions of {@code if}, {@code unless} and {@code case}. Anything it does not understand
 * raises {@link LiquidException}; the caller decides whether that leaves the text visible or
 * marks it. Values follow {@link Values}. Pure functions.
 */
final class Expressions {

    /** Brackets and ranges nested deeper than this in one value are not understood. */
    static final int MAX_NESTING = 100;

    static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w-]*\\??");
    private static final Pattern RANGE = Pattern.compile("\\(\\s*(.+?)\\s*\\.\\.\\s*(.+?)\\s*\\)");
    private static final String[] OPERATORS = {"==", "!=", "<>", "<=", ">=", "<", ">"};

    private Expressions() {
    }

    /** The rendered value of an output expression, or empty when it is not understood. */
    static Optional<String> evaluate(String expression, TemplatePass.Context context, Scope scope) {
        try {
            return Optional.of(Values.asText(chain(strip(expression), context, scope)));
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
            value = FilterTable.apply(f.trim(), value, context, scope);
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
        return Values.truthy(value(clause.trim(), scope));
    }

    private static boolean compare(String leftText, String op, String rightText, Scope scope) throws LiquidException {
        if (leftText.isEmpty() || rightText.isEmpty()) {
            throw new LiquidException("'" + op + "' needs a value on both sides");
        }
        Object left = value(leftText, scope);
        Object right = value(rightText, scope);
        return switch (op) {
            case "==" -> Values.equal(left, right, rightText);
            case "!=", "<>" -> !Values.equal(left, right, rightText);
            case "contains" -> Values.contains(left, right);
            default -> {
                Integer c = Values.order(left, right);
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

    // ---------------------------------------------------------------- values

    /** One value: a literal, a range, or a variable with property and index access. */
    static Object value(String token, Scope scope) throws LiquidException {
        return value(token, scope, 0);
    }

    private static Object value(String token, Scope scope, int depth) throws LiquidException {
        if (token.isEmpty()) {
            throw new LiquidException("a value is missing");
        }
        if (depth > MAX_NESTING) {
            throw new LiquidException("'" + token + "' is nested too deep");
        }
        char first = token.charAt(0);
        if ((first == '"' || first == '\'') && token.length() >= 2 && token.indexOf(first, 1) == token.length() - 1) {
            return token.substring(1, token.length() - 1);
        }
        if (Values.INTEGER.matcher(token).matches()) {
            try {
                return Long.parseLong(token);
            } catch (NumberFormatException e) {
                return Double.parseDouble(token);
            }
        }
        if (Values.DECIMAL.matcher(token).matches()) {
            return Double.parseDouble(token);
        }
        var range = RANGE.matcher(token);
        if (range.matches()) {
            long from = Values.integer(value(range.group(1), scope, depth + 1));
            long to = Values.integer(value(range.group(2), scope, depth + 1));
            if (to - from > 1_000_000) {
                throw new LiquidException("the range " + token + " is too long for the preview");
            }
            List<Object> items = new ArrayList<>();
            for (long i = from; i <= to; i++) {
                items.add(i);
            }
            return items;
        }
        return switch (token) {
            case "nil", "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "empty", "blank" -> "";
            default -> variable(token, scope, depth);
        };
    }

    private static Object variable(String token, Scope scope, int depth) throws LiquidException {
        int i;
        int n = token.length();
        Object current;
        if (token.charAt(0) == '[') {
            int close = closingBracket(token, 0);
            current = scope.lookup(Values.asText(value(token.substring(1, close).trim(), scope, depth + 1)));
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
                current = Values.property(current, m.group());
                i = m.end();
            } else if (c == '[') {
                int close = closingBracket(token, i);
                Object key = value(token.substring(i + 1, close).trim(), scope, depth + 1);
                current = key instanceof Number k ? Values.index(current, k.longValue())
                        : Values.property(current, Values.asText(key));
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

    // ---------------------------------------------------------------- splitting

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
