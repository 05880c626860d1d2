package org.postdesk.core.render.liquid;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.frontmatter.FrontMatterDate;
import org.postdesk.core.render.TemplatePass;

/**
 * Dates for Liquid's {@code date} filter and Jekyll's {@code date_to_*} filters: reading the
 * values a template meets (front matter dates, {@code "now"}, epoch seconds, the date strings
 * Ruby's {@code Time.parse} reads) and Ruby's {@code strftime}. A date without a zone is in the
 * site's {@code timezone}, else the computer's, as Jekyll reads it. Pure functions.
 */
final class LiquidDates {

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");
    private static final Pattern WORDS_DAY_FIRST = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern WORDS_MONTH_FIRST = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private LiquidDates() {
    }

    /** The zone of dates written without one: the site's {@code timezone}, else the computer's. */
    static ZoneId zone(TemplatePass.Context context) {
        Object tz = context.site().get("timezone");
        if (tz instanceof String s && !s.isBlank()) {
            try {
                return ZoneId.of(s.strip());
            } catch (DateTimeException e) {
                // an unknown zone name: Jekyll would fail; the preview uses the computer's zone
            }
        }
        return ZoneId.systemDefault();
    }

    /** The value as a date and time, or null when it is not one Liquid would read. */
    static ZonedDateTime toDate(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value instanceof ZonedDateTime z) {
            return z;
        }
        if (value instanceof FrontMatterDate d) {
            // Jekyll reads a post's date into the site's zone, whatever offset it was written with
            return d.offset() != null ? d.dateTime().atOffset(d.offset()).atZoneSameInstant(zone)
                    : d.dateTime().atZone(zone);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toZonedDateTime();
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(zone);
        }
        if (value instanceof LocalDate l) {
            return l.atStartOfDay(zone);
        }
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone);
        }
        if (value instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue()).atZone(zone);
        }
        if (!(value instanceof String)) {
            return null;
        }
        String s = ((String) value).strip();
        if (s.equals("now") || s.equals("today")) {
            return ZonedDateTime.now(zone).withNano(0);
        }
        if (s.matches("\\d+")) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(s)).atZone(zone);
            } catch (NumberFormatException | DateTimeException e) {
                return null;
            }
        }
        try {
            Matcher m = NUMERIC.matcher(s);
            if (m.matches()) {
                return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m, 4, zone);
            }
            m = WORDS_DAY_FIRST.matcher(s);
            if (m.matches() && month(m.group(2)) > 0) {
                return at(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m, 4, zone);
            }
            m = WORDS_MONTH_FIRST.matcher(s);
            if (m.matches() && month(m.group(1)) > 0) {
                return at(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m, 4, zone);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.length() >= 3 && n.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The date with the time and zone groups that start at group {@code g} (hour, minute, second, [fraction], zone). */
    private static ZonedDateTime at(int year, int month, int day, Matcher m, int g, ZoneId zone) {
        int hour = m.group(g) == null ? 0 : Integer.parseInt(m.group(g));
        int minute = m.group(g + 1) == null ? 0 : Integer.parseInt(m.group(g + 1));
        int second = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
        String zoneText = m.group(m.groupCount());
        LocalDateTime local = LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
        if (zoneText == null) {
            return local.atZone(zone);
        }
        if (zoneText.equals("Z") || zoneText.equals("UTC") || zoneText.equals("GMT")) {
            return local.atZone(ZoneOffset.UTC);
        }
        String z = zoneText.replace(":", "");
        int sign = z.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(z.substring(1, 3));
        int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
        return local.atOffset(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes)).toZonedDateTime();
    }

    /** Ruby's {@code Time#strftime}, with the flags {@code - _ 0 ^ #} and a width. */
    static String strftime(ZonedDateTime t, String format) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            char flag = 0;
            boolean upper = false;
            boolean swap = false;
            while (i < n && "-_0^#".indexOf(format.charAt(i)) >= 0) {
                char f = format.charAt(i);
                if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swap = true;
                } else {
                    flag = f;
                }
                i++;
            }
            int width = -1;
            while (i < n && Character.isDigit(format.charAt(i))) {
                width = (width < 0 ? 0 : width * 10) + (format.charAt(i) - '0');
                i++;
            }
            boolean colon = false;
            if (i < n && format.charAt(i) == ':') {
                colon = true;
                i++;
            }
            if (i >= n) {
                out.append(format, start, n);
                break;
            }
            char d = format.charAt(i++);
            String piece = directive(t, d, flag, width, colon);
            if (piece == null) {
                out.append(format, start, i); // unknown: Ruby writes it as it is
                continue;
            }
            if (upper || (swap && Character.isLetter(d) && "aAbBhp".indexOf(d) >= 0)) {
                piece = d == 'p' && swap ? piece.toLowerCase(Locale.ROOT) : piece.toUpperCase(Locale.ROOT);
            }
            out.append(piece);
        }
        return out.toString();
    }

    private static String directive(ZonedDateTime t, char d, char flag, int width, boolean colon) {
        return switch (d) {
            case 'Y' -> number(t.getYear(), flag, width, 1, '0');
            case 'C' -> number(Math.floorDiv(t.getYear(), 100), flag, width, 2, '0');
            case 'y' -> number(Math.floorMod(t.getYear(), 100), flag, width, 2, '0');
            case 'm' -> number(t.getMonthValue(), flag, width, 2, '0');
            case 'd' -> number(t.getDayOfMonth(), flag, width, 2, '0');
            case 'e' -> number(t.getDayOfMonth(), flag, width, 2, ' ');
            case 'j' -> number(t.getDayOfYear(), flag, width, 3, '0');
            case 'H' -> number(t.getHour(), flag, width, 2, '0');
            case 'k' -> number(t.getHour(), flag, width, 2, ' ');
            case 'I' -> number(hour12(t), flag, width, 2, '0');
            case 'l' -> number(hour12(t), flag, width, 2, ' ');
            case 'M' -> number(t.getMinute(), flag, width, 2, '0');
            case 'S' -> number(t.getSecond(), flag, width, 2, '0');
            case 'L' -> pad(String.format(Locale.ROOT, "%09d", t.getNano()).substring(0, 3), width, ' ');
            case 'N' -> String.format(Locale.ROOT, "%09d", t.getNano()).substring(0, width > 0 ? Math.min(9, width) : 9);
            case 'u' -> number(t.getDayOfWeek().getValue(), flag, width, 1, '0');
            case 'w' -> number(t.getDayOfWeek().getValue() % 7, flag, width, 1, '0');
            case 'U' -> number((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7, flag, width, 2, '0');
            case 'W' -> number((t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7, flag, width, 2, '0');
            case 'G' -> number(t.get(IsoFields.WEEK_BASED_YEAR), flag, width, 1, '0');
            case 'g' -> number(t.get(IsoFields.WEEK_BASED_YEAR) % 100, flag, width, 2, '0');
            case 'V' -> number(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), flag, width, 2, '0');
            case 'B' -> pad(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), width, ' ');
            case 'b', 'h' -> pad(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), width, ' ');
            case 'A' -> pad(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), width, ' ');
            case 'a' -> pad(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), width, ' ');
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'P' -> t.getHour() < 12 ? "am" : "pm";
            case 'z' -> offset(t, colon);
            case 'Z' -> zoneName(t);
            case 's' -> Long.toString(t.toEpochSecond());
            case 'c' -> strftime(t, "%a %b %e %H:%M:%S %Y");
            case 'x', 'D' -> strftime(t, "%m/%d/%y");
            case 'X', 'T' -> strftime(t, "%H:%M:%S");
            case 'F' -> strftime(t, "%Y-%m-%d");
            case 'R' -> strftime(t, "%H:%M");
            case 'r' -> strftime(t, "%I:%M:%S %p");
            case 'v' -> strftime(t, "%e-%^b-%Y");
            case '+' -> strftime(t, "%a %b %e %H:%M:%S %Z %Y");
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> null;
        };
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String number(long value, char flag, int width, int defaultWidth, char defaultPad) {
        String digits = Long.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        if (flag == '-') {
            return sign + digits;
        }
        char padChar = flag == '_' ? ' ' : flag == '0' ? '0' : defaultPad;
        int w = width >= 0 ? width : defaultWidth;
        StringBuilder sb = new StringBuilder(sign);
        for (int i = sign.length() + digits.length(); i < w; i++) {
            sb.append(padChar);
        }
        return sb.append(digits).toString();
    }

    private static String pad(String s, int width, char padChar) {
        if (width <= s.length()) {
            return s;
        }
        return String.valueOf(padChar).repeat(width - s.length()) + s;
    }

    private static String offset(ZonedDateTime t, boolean colon) {
        int seconds = t.getOffset().getTotalSeconds();
        char sign = seconds < 0 ? '-' : '+';
        int abs = Math.abs(seconds);
        return String.format(Locale.ROOT, colon ? "%c%02d:%02d" : "%c%02d%02d", sign, abs / 3600, abs / 60 % 60);
    }

    /** Ruby's {@code %Z}: the zone's abbreviation; a time read with only an offset has none, except UTC. */
    private static String zoneName(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset o) {
            return o.getTotalSeconds() == 0 ? "UTC" : "";
        }
        if (t.getZone().getId().equals("UTC") || t.getZone().getId().equals("Etc/UTC")) {
            return "UTC";
        }
        return t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(t.getZone().getId())
                ? t.getZone().getId()
                : DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(t);
    }

    /** Jekyll's {@code date_to_string} / {@code date_to_long_string} with its "ordinal" and "US" variants. */
    static String toString(ZonedDateTime t, boolean longMonth, String type, String style) {
        String month = longMonth ? "%B" : "%b";
        boolean ordinal = "ordinal".equals(type);
        boolean us = "US".equals(style);
        if (!ordinal) {
            return strftime(t, us ? month + " %d, %Y" : "%d " + month + " %Y");
        }
        String day = t.getDayOfMonth() + ordinalSuffix(t.getDayOfMonth());
        return us ? strftime(t, month) + " " + day + ", " + t.getYear() : day + " " + strftime(t, month + " %Y");
    }

    private static String ordinalSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Ruby's {@code Time#xmlschema}: {@code 2024-03-02T10:00:00+08:00}. */
    static String xmlSchema(ZonedDateTime t) {
        return strftime(t, "%Y-%m-%dT%H:%M:%S%:z");
    }

    /** Ruby's {@code Time#rfc2822}: {@code Sat, 02 Mar 2024 10:00:00 +0800}. */
    static String rfc822(ZonedDateTime t) {
        return strftime(t, "%a, %d %b %Y %H:%M:%S %z");
    }
}
