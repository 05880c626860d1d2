package org.postdesk.core.render.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.postdesk.core.frontmatter.FrontMatterDate;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/** The {@code date} filter (Ruby strftime) and Jekyll's date filters, checked against Jekyll 4.3.1 output. */
class LiquidDatesTest {

    private final LiquidLite liquid = new LiquidLite();

    /** A post dated 2024-03-04 09:05:07 +0800 in a site whose timezone is UTC, as front matter gives it. */
    private String apply(String text) {
        FrontMatterDate date = new FrontMatterDate(LocalDateTime.of(2024, 3, 4, 9, 5, 7), true, ZoneOffset.ofHours(8),
                "2024-03-04 09:05:07 +0800");
        return liquid.apply(text, new TemplatePass.Context(Map.of("date", date, "text", "2024-03-04 09:05:07"),
                Map.of("timezone", "UTC"), SiteLinks.NONE)).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "%Y-%m-%d %H:%M:%S %z | 2024-03-04 01:05:07 +0000",
        "%Y年%m月%d日 | 2024年03月04日",
        "%-d %-m %e %b %B %a %A %y %j %I %p | `4 3  4 Mar March Mon Monday 24 064 01 AM`",
        "%F %T | 2024-03-04 01:05:07",
        "%c | Mon Mar  4 01:05:07 2024",
        "%x %X | 03/04/24 01:05:07",
        "%s | 1709514307",
        "%Z %:z | UTC +00:00",
        "%^a %-H %k %l%P %%| `MON 1  1  1am %`",
    })
    void dateFilterFormatsAsRubysStrftime(String format, String expected) {
        assertThat(apply("{{ page.date | date: \"" + format + "\" }}")).isEqualTo(expected);
    }

    @Test
    void jekyllsDateFilters() {
        assertThat(apply("{{ page.date | date_to_xmlschema }}")).isEqualTo("2024-03-04T01:05:07+00:00");
        assertThat(apply("{{ page.date | date_to_string }}|{{ page.date | date_to_long_string }}"))
                .isEqualTo("04 Mar 2024|04 March 2024");
        assertThat(apply("{{ page.date | date_to_rfc822 }}")).isEqualTo("Mon, 04 Mar 2024 01:05:07 +0000");
        assertThat(apply("{{ page.date | date_to_string: \"ordinal\", \"US\" }}|{{ page.date | date_to_long_string: \"ordinal\" }}"))
                .isEqualTo("Mar 4th, 2024|4th March 2024");
        assertThat(apply("{{ page.date }}")).isEqualTo("2024-03-04 01:05:07 +0000".replace("01:05:07 +0000",
                LiquidDates.strftime(ZonedDateTime.of(2024, 3, 4, 1, 5, 7, 0, ZoneOffset.UTC)
                        .withZoneSameInstant(ZoneId.systemDefault()), "%H:%M:%S %z")));
    }

    @Test
    void stringsJekyllWouldParse() {
        assertThat(apply("{{ page.text | date: \"%d/%m/%Y %H:%M\" }}")).isEqualTo("04/03/2024 09:05");
        assertThat(apply("{{ \"2021-12-17\" | date: \"%F %T %s\" }}")).isEqualTo("2021-12-17 00:00:00 1639699200");
        assertThat(apply("{{ \"2021-12-17 13:04:00 +0000\" | date: \"%c | %x | %X\" }}"))
                .isEqualTo("Fri Dec 17 13:04:00 2021 | 12/17/21 | 13:04:00");
        assertThat(apply("{{ \"March 2, 2024\" | date: \"%Y/%m/%d\" }}")).isEqualTo("2024/03/02");
        assertThat(apply("{{ \"2 Mar 2024\" | date: \"%Y/%m/%d\" }}")).isEqualTo("2024/03/02");
        assertThat(apply("{{ \"2024-03-02T10:00:00+08:00\" | date: \"%H %z\" }}")).isEqualTo("10 +0800");
        assertThat(apply("{{ 1700000000 | date: \"%Y-%m-%d %H:%M\" }}")).isEqualTo("2023-11-14 22:13");
        assertThat(apply("{{ \"not a date\" | date: \"%Y\" }}")).isEqualTo("not a date");
    }

    @Test
    void nowIsTodaysDate() {
        String year = Integer.toString(ZonedDateTime.now(ZoneOffset.UTC).getYear());
        assertThat(apply("{{ \"now\" | date: \"%Y\" }}")).isIn(year, Integer.toString(Integer.parseInt(year) + 1));
    }
}
