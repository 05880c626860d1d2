package org.postdesk.core.blog;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a blog writes its front-matter {@code date} values, so a new post writes its date the same way.
 *
 * @param pattern a {@link DateTimeFormatter} pattern ({@code yyyy-MM-dd},
 *                {@code yyyy-MM-dd HH:mm:ss Z} for {@code 2018-11-27 19:30:00 +0800})
 * @param quote   the quote character around the value, or empty
 */
public record DateStyle(String pattern, String quote) {
    public static final DateStyle DEFAULT = new DateStyle("yyyy-MM-dd HH:mm:ss Z", "");

    private static final Pattern SHAPE = Pattern.compile("^([\"']?)(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:([ T])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?(?:( ?)(Z|[+-]\\d{2}:?\\d{2}))?\\s*\\1$");

    /** The style of one written date value; empty when it is not in a shape Postdesk writes. */
    public static Optional<DateStyle> of(String raw) {
        Matcher m = SHAPE.matcher(raw.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder p = new StringBuilder("yyyy-");
        p.append(m.group(3).length() == 1 ? "M" : "MM").append('-').append(m.group(4).length() == 1 ? "d" : "dd");
        if (m.group(5) != null) {
            p.append(m.group(5).equals("T") ? "'T'" : " ").append(m.group(6).length() == 1 ? "H" : "HH").append(":mm");
            if (m.group(8) != null) {
                p.append(":ss");
            }
        }
        if (m.group(10) != null) {
            p.append(m.group(9));
            String z = m.group(10);
            p.append(z.equals("Z") ? "X" : z.contains(":") ? "XXX" : "Z");
        }
        return Optional.of(new DateStyle(p.toString(), m.group(1)));
    }

    /** The value text for a new post's date, e.g. {@code 2024-02-07 10:30:00 +0800}. */
    public String format(LocalDateTime dateTime, ZoneOffset offset) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern);
        String text = hasOffset() ? f.format(dateTime.atOffset(offset)) : f.format(dateTime);
        return quote + text + quote;
    }

    public boolean hasTime() {
        return pattern.contains("H");
    }

    public boolean hasOffset() {
        return pattern.endsWith("Z") || pattern.endsWith("X");
    }
}
