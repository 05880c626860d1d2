package org.postdesk.core.blog;

import java.util.List;
import java.util.Map;

/**
 * What a blog's existing posts say about how it writes posts, learned without configuration
 * (see {@link ConventionLearner}). Counts are sorted most used first.
 *
 * @param sampled       how many posts were read fully for the front-matter and image habits
 * @param keyOrder      all front-matter keys seen, in the blog's merged usual order
 * @param usualKeys     the keys at least half of the sampled posts have, in that order
 * @param keyCounts     sampled posts per key
 * @param authors       posts per author (all posts)
 * @param tags          posts per tag (all posts)
 * @param categories    posts per category (all posts)
 * @param layouts       layout names from {@code _layouts/} and from use, sorted
 * @param layoutUses    posts per layout (all posts)
 * @param dateStyle     how {@code date} values are written
 * @param aligned       true when most posts align their values in one column ({@code layout:     post})
 * @param valueColumn   the characters before an aligned value ({@code 12} for {@code header-img: }), else 0
 * @param imageStyle    where body images go and how they are linked
 * @param headerImageStyle how front-matter image values ({@code header-img}, {@code image}, ...) are written
 * @param imageFolders  local image links per folder (body and front matter)
 * @param blockLists    true when the posts write lists as blocks ({@code tags:} then {@code - a} lines)
 *                      more often than in flow style ({@code tags: [a]})
 */
public record BlogConventions(int sampled, List<String> keyOrder, List<String> usualKeys,
        Map<String, Integer> keyCounts, Map<String, Integer> authors, Map<String, Integer> tags,
        Map<String, Integer> categories, List<String> layouts, Map<String, Integer> layoutUses,
        DateStyle dateStyle, boolean aligned, int valueColumn, ImageStyle imageStyle,
        ImageStyle headerImageStyle, Map<String, Integer> imageFolders, boolean blockLists) {

    /** Learns from a blog and the summaries of its index (reads the newest posts fully). */
    public static BlogConventions learn(BlogFolder blog, List<PostSummary> posts) {
        return new ConventionLearner(blog, ConventionLearner.DEFAULT_SAMPLE).learn(posts);
    }

    /** The link for a new image file in the blog's image folder. */
    public String linkFor(String fileNameInFolder) {
        return imageStyle.linkFor(fileNameInFolder);
    }
}
