package org.postdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.postdesk.core.io.Journal;
import org.postdesk.core.io.JournalEntry;

/** One way of showing dates and times everywhere in the window: local time, ISO order. */
class DisplayDatesTest {
    private static final Instant SAVED = Instant.parse("2026-12-06T03:41:55.128Z");

    @Test
    void datesAndTimesReadTheSameEverywhere() {
        assertThat(DisplayDates.date(LocalDate.of(2026, 12, 6))).isEqualTo("2026-12-06");
        assertThat(DisplayDates.dateTime(LocalDateTime.of(2026, 12, 6, 9, 5, 59))).isEqualTo("2026-12-06 09:05");
        assertThat(DisplayDates.parseDate("2026-12-06")).contains(LocalDate.of(2026, 12, 6));
        assertThat(DisplayDates.parseDate(" 2026-12-06 ")).contains(LocalDate.of(2026, 12, 6));
        assertThat(DisplayDates.parseDate("12/6/2026")).isEmpty();
        assertThat(DisplayDates.parseDate("2026-02-30")).isEmpty();
        assertThat(DisplayDates.parseDate("")).isEmpty();
    }

    @Test
    void aMomentIsShownInTheAuthorsOwnTimeZone() {
        assertThat(DisplayDates.local(SAVED, ZoneId.of("Asia/Shanghai"))).isEqualTo("2026-12-06 11:41");
        assertThat(DisplayDates.local(SAVED, ZoneId.of("America/Los_Angeles"))).isEqualTo("2026-12-05 19:41");
        assertThat(DisplayDates.local(SAVED, ZoneId.of("UTC"))).isEqualTo("2026-12-06 03:41");
    }

    @Test
    void theRecoveryOfferSaysWhenInLocalTimeNotRawUtc() {
        JournalEntry entry = new JournalEntry(Path.of("/blog"), "_posts/2026-12-06-a.md", "x", null, SAVED);
        String gone = new Journal.Pending(entry, null, false).sentence(ZoneId.of("Asia/Shanghai"));
        String kept = new Journal.Pending(entry, "y", true).sentence(ZoneId.of("Asia/Shanghai"));
        for (String sentence : new String[] {gone, kept}) {
            assertThat(sentence).contains("2026-12-06 11:41").doesNotContain("T03:41").doesNotContain(".128Z");
        }
    }
}
