package org.postdesk.ui.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.frontmatter.FrontMatterDocument;

/**
 * The one line a folded form shows (decision record 0034): the title, the day of the date and the
 * tags, whatever of them the post has. Pure: from the document to the text.
 */
final class FormSummary {

    private static final Pattern DAY = Pattern.compile("^\\s*(\\d{4}-\\d{1,2}-\\d{1,2})");
    static final String SEPARATOR = "  \u00b7  ";

    private FormSummary() {
    }

    /** The summary, or {@code empty} when the post has none of the three. */
    static String of(FrontMatterDocument document, String untitled, String empty) {
        if (document == null || !document.isValid()) {
            return empty;
        }
        List<String> parts = new ArrayList<>();
        String title = document.string("title").map(String::strip).orElse("");
        String day = document.string("date").map(FormSummary::day).orElse("");
        List<String> tags = document.stringList("tags");
        if (title.isEmpty() && day.isEmpty() && tags.isEmpty()) {
            return empty;
        }
        parts.add(title.isEmpty() ? untitled : oneLine(title));
        if (!day.isEmpty()) {
            parts.add(day);
        }
        if (!tags.isEmpty()) {
            parts.add(oneLine(String.join(", ", tags)));
        }
        return String.join(SEPARATOR, parts);
    }

    private static String day(String date) {
        Matcher m = DAY.matcher(date);
        return m.find() ? m.group(1) : oneLine(date.strip());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
