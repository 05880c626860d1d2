package org.postdesk.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.postdesk.core.frontmatter.FieldKind;

/**
 * What the blog tells the form, so that it needs no configuration. The shell fills it from the
 * blog model; every part may be empty.
 *
 * @param layouts     layout names: {@code _layouts/} files without extension plus values in use
 * @param authors     author names in use, most frequent first
 * @param tagCounts   every tag in the blog with the number of posts using it
 * @param categoryCounts every category in the blog with its number of posts
 * @param usualKeys   the keys the blog's posts use, in their usual order, with the kind each usually has
 * @param imageFiles  image files relative to the blog root ({@code img/post-bg.jpg}), for the picker
 * @param imageUrl    turns a value as written in front matter ({@code img/a.jpg}, {@code /img/a.jpg},
 *                    {@code {{ site.baseurl }}/img/a.jpg}) into a URL {@link javafx.scene.image.Image} can load,
 *                    or empty when it cannot be resolved
 */
public record FieldHints(
        List<String> layouts,
        List<String> authors,
        Map<String, Integer> tagCounts,
        Map<String, Integer> categoryCounts,
        Map<String, FieldKind> usualKeys,
        List<String> imageFiles,
        Function<String, Optional<String>> imageUrl,
        boolean categoryChains) {

    /** Without category chains (each category stands alone, as in Jekyll and Hugo). */
    public FieldHints(List<String> layouts, List<String> authors, Map<String, Integer> tagCounts,
            Map<String, Integer> categoryCounts, Map<String, FieldKind> usualKeys, List<String> imageFiles,
            Function<String, Optional<String>> imageUrl) {
        this(layouts, authors, tagCounts, categoryCounts, usualKeys, imageFiles, imageUrl, false);
    }

    public FieldHints {
        layouts = List.copyOf(layouts);
        authors = List.copyOf(authors);
        tagCounts = Map.copyOf(tagCounts);
        categoryCounts = Map.copyOf(categoryCounts);
        usualKeys = Collections.unmodifiableMap(new LinkedHashMap<>(usualKeys));
        imageFiles = List.copyOf(imageFiles);
        imageUrl = imageUrl == null ? path -> Optional.empty() : imageUrl;
    }

    /** No blog knowledge: every field is typed from its value alone. */
    public static FieldHints none() {
        return new FieldHints(List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of(), null);
    }

    /** The keys in the blog's usual order, for placing new keys. */
    public List<String> keyOrder() {
        return List.copyOf(usualKeys.keySet());
    }

    /** The kind a key usually has in this blog, if the blog uses it. */
    public Optional<FieldKind> usualKind(String key) {
        return Optional.ofNullable(usualKeys.get(key));
    }

    /** Suggestions for a chips field: tags for {@code tags}, categories for {@code categories}. */
    public Map<String, Integer> suggestionsFor(String key) {
        return switch (key) {
            case "tags", "tag" -> tagCounts;
            case "categories", "category" -> categoryCounts;
            default -> Map.of();
        };
    }
}
