package org.postdesk.ui.postlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry of the tag filter: a tag and how many posts carry it, or "all tags" ({@code tag} null).
 */
public record TagChoice(String tag, int count) {

    public boolean all() {
        return tag == null;
    }

    /** "All tags" first (with the number of posts), then the tags, most used first, ties by name. */
    public static List<TagChoice> of(Collection<PostRow> rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (PostRow row : rows) {
            row.tags().stream().distinct().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        List<TagChoice> choices = new ArrayList<>(counts.size() + 1);
        counts.forEach((t, n) -> choices.add(new TagChoice(t, n)));
        choices.sort(Comparator.comparingInt(TagChoice::count).reversed().thenComparing(TagChoice::tag));
        choices.add(0, new TagChoice(null, rows.size()));
        return choices;
    }
}
