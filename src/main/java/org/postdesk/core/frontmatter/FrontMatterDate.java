package org.postdesk.core.frontmatter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A front-matter date (read with Jekyll's rules, see {@code FrontMatterDates}), with the text it came from so that a changed
 * date can be written back in the same format.
 *
 * @param dateTime the local date and time (midnight when {@code hasTime} is false)
 * @param hasTime  whether the text had a time
 * @param offset   the zone offset written in the text, or null
 * @param text     the original text of the value
 */
public record FrontMatterDate(LocalDateTime dateTime, boolean hasTime, ZoneOffset offset, String text) {
}
