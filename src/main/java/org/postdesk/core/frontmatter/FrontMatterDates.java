package org.postdesk.core.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date texts Jekyll accepts in front matter (YAML timestamps, and for the {@code date}
 * key whatever numeric form Ruby's {@code Time.parse} takes, such as
 * {@code 2018-11-27 19:30:00 +0800}) and writes a new date in the format of an existing text.
 */
final class FrontMatterDates {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})"
            + "(?:([Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
            + "(?:([ \\t]*)(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?))?)?");
    private static final int YEAR = 1;
    private static final int SEP = 2;
    private static final int MONTH = 3;
    private static final int DAY = 4;
    private static final int TSEP = 5;
    private static final int HOUR = 6;
    private static final int MINUTE = 7;
    private static final int SECOND = 8;
    private static final int FRACTION = 9;
    private static final int ZSPACE = 10;
    private static final int ZONE = 11;

    /** The format used when there is no text to copy: {@code 2018-11-27 19:30:00 +0800}. */
    static final String DEFAULT_TEMPLATE = "2000-01-01 00:00:00 +0000";

    private FrontMatterDates() {
    }

    /** The date a text means, if it is one of the accepted forms. */
    static Optional<FrontMatterDate> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(YEAR)),
                    Integer.parseInt(m.group(MONTH)), Integer.parseInt(m.group(DAY)));
            if (m.group(HOUR) == null) {
                return Optional.of(new FrontMatterDate(day.atStartOfDay(), false, null, text));
            }
            int nanos = 0;
            if (m.group(FRACTION) != null) {
                nanos = Integer.parseInt((m.group(FRACTION) + "00000000").substring(0, 9));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(HOUR)),
                    Integer.parseInt(m.group(MINUTE)),
                    m.group(SECOND) == null ? 0 : Integer.parseInt(m.group(SECOND)), nanos);
            ZoneOffset offset = m.group(ZONE) == null ? null : offset(m.group(ZONE));
            return Optional.of(new FrontMatterDate(LocalDateTime.of(day, time), true, offset, text));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /**
     * {@code date} written the way {@code template} is written: the same separators, zero
     * padding, seconds or not, fraction digits, and offset notation. Parts the template lacks
     * but the date needs (a time, an offset) are added in the common Jekyll form.
     */
    static String format(FrontMatterDate date, String template) {
        Matcher m = DATE.matcher(template.strip());
        if (!m.matches()) {
            m = DATE.matcher(DEFAULT_TEMPLATE);
            m.matches();
        }
        LocalDateTime dt = date.dateTime();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%04d", dt.getYear())).append(m.group(SEP))
                .append(pad(dt.getMonthValue(), m.group(MONTH))).append(m.group(SEP))
                .append(pad(dt.getDayOfMonth(), m.group(DAY)));
        if (!date.hasTime()) {
            return out.toString();
        }
        boolean templateHasTime = m.group(HOUR) != null;
        out.append(templateHasTime ? m.group(TSEP) : " ")
                .append(pad(dt.getHour(), templateHasTime ? m.group(HOUR) : "00")).append(':')
                .append(String.format("%02d", dt.getMinute()));
        boolean seconds = !templateHasTime || m.group(SECOND) != null
                || dt.getSecond() != 0 || dt.getNano() != 0;
        if (seconds) {
            out.append(':').append(String.format("%02d", dt.getSecond()));
            String fraction = templateHasTime ? m.group(FRACTION) : null;
            if (fraction != null || dt.getNano() != 0) {
                int digits = fraction == null ? 9 : fraction.length();
                String nanos = String.format("%09d", dt.getNano()).substring(0, digits);
                out.append('.').append(nanos);
            }
        }
        if (date.offset() != null) {
            String zone = templateHasTime ? m.group(ZONE) : null;
            String space = zone == null ? (out.indexOf("T") >= 0 ? "" : " ") : m.group(ZSPACE);
            out.append(space).append(zone(date.offset(), zone == null ? "+0000" : zone));
        }
        return out.toString();
    }

    private static String pad(int value, String original) {
        return original.length() >= 2 ? String.format("%02d", value) : Integer.toString(value);
    }

    private static String zone(ZoneOffset offset, String original) {
        int total = offset.getTotalSeconds() / 60;
        if (total == 0 && (original.equalsIgnoreCase("Z") || original.equals("UTC")
                || original.equals("GMT"))) {
            return original;
        }
        char sign = total < 0 ? '-' : '+';
        int hours = Math.abs(total) / 60;
        int minutes = Math.abs(total) % 60;
        String digits = original.length() > 1 ? original.substring(1) : "";
        if (digits.contains(":") || (Character.isLetter(original.charAt(0)) && original.length() == 1)) {
            return String.format("%c%02d:%02d", sign, hours, minutes);
        }
        if (digits.length() <= 2 && !Character.isLetter(original.charAt(0)) && minutes == 0) {
            return String.format("%c%0" + Math.max(1, digits.length()) + "d", sign, hours);
        }
        return String.format("%c%02d%02d", sign, hours, minutes);
    }
}
