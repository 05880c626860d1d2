package org.postdesk.core.frontmatter;

import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * Values written as TOML or JSON text, in the style the value had: the same kind of string
 * quotes, the same date shape, an array laid out on one line or one item a line as before
 * (docs/decisions/0037). Every text it writes is read again by {@link DataCheck} before use.
 */
final class DataWriter {
    /** The shape of a new TOML or JSON date: RFC 3339, as Hugo writes and reads it. */
    static final String DATE_TEMPLATE = "2000-01-01T00:00:00+00:00";
    static final String LOCAL_DATE_TEMPLATE = "2000-01-01T00:00:00";

    private final boolean toml;

    DataWriter(FrontMatterFormat format) {
        this.toml = format.language() == FrontMatterFormat.Language.TOML;
    }

    /** {@code value} as a string, quoted as {@code oldRaw} was (a new value: a basic/JSON string). */
    String string(String value, String oldRaw) {
        if (!toml) {
            return json(value);
        }
        if (oldRaw.startsWith("'''") && TomlText.fitsMultiLineLiteral(value)) {
            return "'''" + (value.startsWith("\n") || value.startsWith("\r\n") ? "\n" : "") + value + "'''";
        }
        if (oldRaw.startsWith("\"\"\"")) {
            String body = TomlText.multiLineBasicBody(value);
            // a line break right after the opening quotes is not part of the value: write one more
            String start = value.startsWith("\n") ? "\n" : "";
            return "\"\"\"" + start + body + "\"\"\"";
        }
        if (oldRaw.startsWith("'") && !oldRaw.startsWith("'''") && TomlText.fitsLiteral(value)) {
            return "'" + value + "'";
        }
        return TomlText.basic(value);
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped; the rest as it is. */
    static String json(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * A date in the shape of {@code old}: a TOML date-time stays unquoted, a date string stays a
     * string with the same format; a new one is RFC 3339 (unquoted in TOML, a string in JSON).
     */
    String date(FrontMatterDate date, DataBlock.Item old) {
        if (old != null && old.field().kind() == FieldKind.DATE) {
            boolean quoted = old.meaning() instanceof String;
            String template = quoted ? (String) old.meaning() : old.field().rawText();
            String text = FrontMatterDates.format(date, template);
            return quoted ? string(text, old.field().rawText()) : text;
        }
        String text = FrontMatterDates.format(date, date.hasTime() && date.offset() == null
                ? LOCAL_DATE_TEMPLATE : DATE_TEMPLATE);
        if (!date.hasTime()) {
            text = text.substring(0, 10);
        }
        return toml ? text : json(text);
    }

    /** A list of strings laid out as {@code oldRaw} was (one line, or one item a line with its indent). */
    String list(List<String> items, String oldRaw, String eol) {
        String quote = toml && firstItemQuote(oldRaw) == '\'' ? "'" : "\"";
        List<String> written = new ArrayList<>();
        for (String item : items) {
            written.add(quote.equals("'") && TomlText.fitsLiteral(item) ? "'" + item + "'" : string(item, ""));
        }
        if (written.isEmpty()) {
            return "[]";
        }
        boolean multiLine = oldRaw.startsWith("[") && (oldRaw.contains("\n") || oldRaw.contains("\r"));
        if (!multiLine) {
            boolean padded = oldRaw.startsWith("[ ");
            String sep = oldRaw.startsWith("[") && !oldRaw.contains(", ") && oldRaw.contains(",") ? "," : ", ";
            return padded ? "[ " + String.join(sep, written) + " ]" : "[" + String.join(sep, written) + "]";
        }
        String indent = itemIndent(oldRaw);
        String closingIndent = closingIndent(oldRaw);
        boolean trailingComma = oldRaw.replaceAll("\\s+", "").endsWith(",]");
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < written.size(); i++) {
            sb.append(eol).append(indent).append(written.get(i));
            if (i < written.size() - 1 || trailingComma) {
                sb.append(',');
            }
        }
        return sb.append(eol).append(closingIndent).append(']').toString();
    }

    private static char firstItemQuote(String raw) {
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'' || c == '"') {
                return c;
            }
            if (!Character.isWhitespace(c)) {
                return '"';
            }
        }
        return '"';
    }

    /** The blanks before the first item of a multi-line array. */
    private static String itemIndent(String raw) {
        int nl = Math.max(raw.indexOf('\n'), raw.indexOf('\r'));
        int i = nl + 1;
        while (i < raw.length() && (raw.charAt(i) == '\n' || raw.charAt(i) == '\r')) {
            i++;
        }
        int start = i;
        while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        return i < raw.length() && raw.charAt(i) != ']' ? raw.substring(start, i) : "  ";
    }

    /** The blanks before the closing bracket of a multi-line array. */
    private static String closingIndent(String raw) {
        int end = raw.length() - 1;
        int i = end;
        while (i > 0 && (raw.charAt(i - 1) == ' ' || raw.charAt(i - 1) == '\t')) {
            i--;
        }
        return i > 0 && (raw.charAt(i - 1) == '\n' || raw.charAt(i - 1) == '\r') ? raw.substring(i, end) : "";
    }

    /** A key as written before {@code =} or {@code :}. */
    String key(String key) {
        if (!toml) {
            return json(key);
        }
        return key.matches("[A-Za-z0-9_-]+") ? key : TomlText.basic(key);
    }
}
