package org.postdesk.core.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * How the window shows dates and times, everywhere the same: {@code 2026-12-06} and
 * {@code 2026-12-06 11:41}, in the author's own time zone, whatever the system's locale
 * (a US system would otherwise show {@code 12/6/2026}). The order is the one front matter and
 * post file names use, so what the author reads is what they type.
 */
public final class DisplayDates {
    /** {@code yyyy-MM-dd}, strict (no 30 February). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private DisplayDates() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }

    /** A moment (a journal's time stamp, a file's modification) as local date and time in {@code zone}. */
    public static String local(Instant moment, ZoneId zone) {
        return dateTime(LocalDateTime.ofInstant(moment, zone));
    }

    /** A typed {@code yyyy-MM-dd}, or empty when the text is not a day of the calendar. */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
