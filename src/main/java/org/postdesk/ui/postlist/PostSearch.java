package org.postdesk.ui.postlist;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the filter box and the tag choice select, as a cheap predicate over precomputed keys.
 * Matching ignores case and width (NFKC, so a full-width {@code Ｊａｖａ} finds {@code Java}); each
 * word typed must occur in the title, a tag or the file name. Chinese needs no word breaks: a
 * word is matched as a substring. Pure and thread-safe.
 */
public final class PostSearch {

    private PostSearch() {
    }

    /** A row with its search key, computed once when the rows arrive, not at every keystroke. */
    public record Keyed(PostRow row, String key) {
        public static Keyed of(PostRow row) {
            String text = row.title() + '\n' + String.join("\n", row.tags()) + '\n' + row.fileName();
            return new Keyed(row, fold(text));
        }
    }

    /**
     * @param query what was typed in the filter box (blank: everything)
     * @param tag   the chosen tag, matched exactly, or null for all tags
     */
    public static Predicate<Keyed> matching(String query, String tag) {
        String[] words = query == null ? new String[0] : Arrays.stream(fold(query).split("\\s+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        return keyed -> (tag == null || keyed.row().tags().contains(tag)) && containsAll(keyed.key(), words);
    }

    private static boolean containsAll(String key, String[] words) {
        for (String word : words) {
            if (!key.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
