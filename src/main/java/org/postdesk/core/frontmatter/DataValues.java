package org.postdesk.core.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the form shows for a TOML or JSON value: the same {@link FieldValue} kinds as YAML. A
 * date is a TOML date-time, or a {@code date} string that reads as a date (Hugo and Hexo parse
 * date strings themselves); lists show their items as text.
 */
final class DataValues {

    private DataValues() {
    }

    static FieldValue field(String key, Object meaning, String raw, int line) {
        if (meaning == null) {
            return new FieldValue(key, FieldKind.EMPTY, null, raw, line);
        }
        if (meaning instanceof String s) {
            if (key.equals("date")) {
                Optional<FrontMatterDate> date = FrontMatterDates.parse(s);
                if (date.isPresent()) {
                    return new FieldValue(key, FieldKind.DATE, date.get(), raw, line);
                }
            }
            return new FieldValue(key, FieldKind.STRING, s, raw, line);
        }
        if (meaning instanceof Boolean) {
            return new FieldValue(key, FieldKind.BOOLEAN, meaning, raw, line);
        }
        if (meaning instanceof Number) {
            return new FieldValue(key, FieldKind.NUMBER, meaning, raw, line);
        }
        if (DataBlock.isDate(meaning)) {
            return new FieldValue(key, FieldKind.DATE, date(meaning, raw), raw, line);
        }
        if (meaning instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(item == null ? "" : String.valueOf(item));
            }
            return new FieldValue(key, FieldKind.LIST, Collections.unmodifiableList(items), raw, line);
        }
        if (meaning instanceof Map<?, ?>) {
            return new FieldValue(key, FieldKind.MAP, meaning, raw, line);
        }
        return new FieldValue(key, FieldKind.STRING, String.valueOf(meaning), raw, line);
    }

    /** A TOML date-time as the form's date. */
    static FrontMatterDate date(Object meaning, String raw) {
        if (meaning instanceof OffsetDateTime o) {
            return new FrontMatterDate(o.toLocalDateTime(), true, o.getOffset(), raw);
        }
        if (meaning instanceof LocalDateTime l) {
            return new FrontMatterDate(l, true, null, raw);
        }
        return new FrontMatterDate(((LocalDate) meaning).atStartOfDay(), false, null, raw);
    }

    /** The value as text, as the form's text field shows it: strings as they are, the rest as written. */
    static String text(DataBlock.Item item) {
        Object m = item.meaning();
        if (m == null) {
            return "";
        }
        return m instanceof String s ? s : item.field().rawText();
    }
}
