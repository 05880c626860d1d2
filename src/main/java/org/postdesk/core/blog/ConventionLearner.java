package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.frontmatter.FieldValue;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * Learns {@link BlogConventions}: counts (authors, tags, layouts) from all summaries; key order,
 * date format, alignment and image habits from the newest posts read in full (recent habits are
 * the ones a new post should follow). Runs on the calling thread.
 */
public final class ConventionLearner {
    /** How many of the newest posts are read in full. */
    public static final int DEFAULT_SAMPLE = 300;
    private static final long MAX_FILE = 4_000_000;
    private static final Pattern KEY_LINE = Pattern.compile("^([^\\s#:-][^:\\n]*?)( *):( +)\\S");

    private final BlogFolder blog;
    private final int sampleSize;

    public ConventionLearner(BlogFolder blog, int sampleSize) {
        this.blog = blog;
        this.sampleSize = sampleSize;
    }

    public BlogConventions learn(List<PostSummary> posts) {
        Map<String, Integer> authors = new HashMap<>();
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Integer> categories = new HashMap<>();
        Map<String, Integer> layoutUses = new HashMap<>();
        for (PostSummary s : posts) {
            s.authors().forEach(a -> authors.merge(a, 1, Integer::sum));
            s.tags().forEach(t -> tags.merge(t, 1, Integer::sum));
            s.categories().forEach(c -> categories.merge(c, 1, Integer::sum));
            if (!s.layout().isEmpty()) {
                layoutUses.merge(s.layout(), 1, Integer::sum);
            }
        }
        TreeSet<String> layouts = new TreeSet<>(blog.layouts());
        layouts.addAll(layoutUses.keySet());

        List<PostSummary> sample = posts.stream().filter(s -> !s.hiddenFromSite() || s.draft())
                .sorted(Comparator.comparing(PostSummary::date).reversed()).limit(sampleSize).toList();
        List<List<String>> keyLists = new ArrayList<>();
        Map<DateStyle, Integer> dates = new HashMap<>();
        Map<Integer, Integer> columns = new HashMap<>();
        int alignedPosts = 0;
        int judgedPosts = 0;
        int blockLists = 0;
        int flowLists = 0;
        List<ImageLinks.Link> bodyLinks = new ArrayList<>();
        List<ImageLinks.Link> headerLinks = new ArrayList<>();
        String siteUrl = blog.config().url();
        int read = 0;
        for (PostSummary s : sample) {
            PostDocument doc = readPost(blog.resolve(s.path()), blog.site().frontMatterFormats());
            if (doc == null || !doc.hasFrontMatter()) {
                continue;
            }
            read++;
            FrontMatterDocument fm = FrontMatterDocument.of(doc);
            if (fm.isValid()) {
                keyLists.add(fm.keys());
                for (String key : fm.keys()) {
                    Optional<FieldValue> v = fm.get(key).filter(f -> f.kind() == FieldKind.LIST);
                    if (v.isPresent() && v.get().rawText().strip().startsWith("[")) {
                        flowLists++;
                    } else if (v.isPresent()) {
                        blockLists++;
                    }
                }
                fm.get("date").map(FieldValue::rawText).flatMap(DateStyle::of).ifPresent(d -> dates.merge(d, 1, Integer::sum));
                ImageLinks.inFrontMatter(fm.toPageMap()).forEach(u ->
                        ImageLinks.parse(u, siteUrl).ifPresent(headerLinks::add));
            }
            int column = alignedColumn(doc.frontMatter());
            if (column != 0) {
                judgedPosts++;
                if (column > 0) {
                    alignedPosts++;
                    columns.merge(column, 1, Integer::sum);
                }
            }
            ImageLinks.inBody(doc.body()).forEach(u -> ImageLinks.parse(u, siteUrl).ifPresent(bodyLinks::add));
        }
        Map<String, Integer> keyCounts = new HashMap<>();
        keyLists.forEach(keys -> keys.forEach(k -> keyCounts.merge(k, 1, Integer::sum)));
        List<String> order = mergedOrder(keyLists, keyCounts);
        int sampledWithKeys = keyLists.size();
        List<String> usual = order.stream().filter(k -> keyCounts.get(k) * 2 >= sampledWithKeys).toList();
        boolean aligned = judgedPosts > 0 && alignedPosts * 2 > judgedPosts;
        int valueColumn = aligned ? top(columns).orElse(0) : 0;
        DateStyle dateStyle = dates.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(DateStyle.DEFAULT);
        ImageStyle header = ImageStyleLearner.learn(headerLinks, blog.site().defaultImageStyle());
        ImageStyle body = ImageStyleLearner.learn(bodyLinks, header);
        List<ImageLinks.Link> all = new ArrayList<>(bodyLinks);
        all.addAll(headerLinks);
        return new BlogConventions(read, order, usual, sorted(keyCounts), sorted(authors), sorted(tags),
                sorted(categories), List.copyOf(layouts), sorted(layoutUses), dateStyle, aligned, valueColumn,
                body, header, sorted(ImageStyleLearner.folderCounts(all)), blockLists > flowLists);
    }

    private static PostDocument readPost(Path file, List<FrontMatterFormat> formats) {
        try {
            if (Files.size(file) > MAX_FILE) {
                return null;
            }
            return PostDocument.parse(Files.readAllBytes(file), formats);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The value column of a front matter whose top-level {@code key: value} lines line up: a
     * positive column when at least three quarters of them start their value in one column (and
     * some key is padded to get there), -1 when they don't, 0 when there are too few lines to tell.
     */
    static int alignedColumn(String frontMatter) {
        Map<Integer, Integer> starts = new HashMap<>();
        boolean padded = false;
        int lines = 0;
        for (String line : frontMatter.split("\\r?\\n|\\r")) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.find()) {
                lines++;
                starts.merge(m.end() - 1, 1, Integer::sum);
                padded |= m.group(3).length() > 1 || !m.group(2).isEmpty();
            }
        }
        if (lines < 3) {
            return 0;
        }
        Map.Entry<Integer, Integer> top = starts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return padded && top.getValue() * 4 >= lines * 3 ? top.getKey() : -1;
    }

    /** Keys ordered so that, pair by pair, each key comes before the ones it usually precedes. */
    static List<String> mergedOrder(List<List<String>> keyLists, Map<String, Integer> counts) {
        Map<String, Map<String, Integer>> before = new HashMap<>();
        for (List<String> keys : keyLists) {
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    before.computeIfAbsent(keys.get(i), k -> new HashMap<>()).merge(keys.get(j), 1, Integer::sum);
                }
            }
        }
        List<String> remaining = new ArrayList<>(counts.keySet());
        remaining.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> k));
        List<String> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String best = null;
            int bestScore = Integer.MIN_VALUE;
            int bestLosses = Integer.MAX_VALUE;
            for (String k : remaining) {
                int score = 0;
                int losses = 0;
                for (String other : remaining) {
                    score += count(before, k, other) - count(before, other, k);
                    losses += count(before, other, k);
                }
                // on a tie, the key no post puts later goes first: a draft without a date must not
                // pull author above date when every post with both has date first
                if (score > bestScore || score == bestScore && losses < bestLosses) {
                    best = k;
                    bestScore = score;
                    bestLosses = losses;
                }
            }
            order.add(best);
            remaining.remove(best);
        }
        return List.copyOf(order);
    }

    private static int count(Map<String, Map<String, Integer>> before, String a, String b) {
        return before.getOrDefault(a, Map.of()).getOrDefault(b, 0);
    }

    private static Optional<Integer> top(Map<Integer, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static <K extends Comparable<K>> Map<K, Integer> sorted(Map<K, Integer> counts) {
        Map<K, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

}
