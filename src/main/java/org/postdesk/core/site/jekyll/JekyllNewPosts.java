package org.postdesk.core.site.jekyll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.PostCreator;

/**
 * Creates new Jekyll posts ({@code _posts/YYYY-MM-DD-SLUG.md}) and drafts ({@code _drafts/SLUG.md})
 * as the blog writes them, with the keys Jekyll themes such as Hux read: {@code layout}, {@code title},
 * {@code date}, {@code author}, {@code tags} (empty: {@code tags:} in a blog of block lists,
 * {@code tags: []} otherwise), in the blog's usual key order, aligned when
 * the blog aligns, the date in the blog's usual format, the usual layout and author. Used by the
 * New Post dialog and by {@code postdesk new}. Never replaces a file.
 */
final class JekyllNewPosts implements PostCreator {
    private static final List<String> KEYS = List.of("layout", "title", "date", "author", "tags");

    private final BlogFolder blog;
    private final BlogConventions conventions;

    JekyllNewPosts(BlogFolder blog, BlogConventions conventions) {
        this.blog = blog;
        this.conventions = conventions;
    }

    /**
     * Writes the new file and returns it.
     *
     * @param now the current time: its time of day and offset go into a date with a time
     * @throws PostIoException with a sentence when the file exists or cannot be written
     */
    @Override
    public String path(Request request) {
        return blog.naming().newPostPath(request.date(), request.effectiveSlug(), "md", request.draft());
    }

    @Override
    public Path create(Request request, ZonedDateTime now) throws PostIoException {
        String path = path(request);
        Path file = blog.resolve(path);
        byte[] bytes = text(request, now).getBytes(StandardCharsets.UTF_8);
        try {
            blog.writes().create(file, bytes);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new PostIoException(path + " already exists, so Postdesk did not create it;"
                    + " the existing file is unchanged. Choose another title or slug.", e);
        } catch (IOException e) {
            throw new PostIoException("Could not create " + path + ": " + PostFiles.reason(e)
                    + ". Nothing was written.", e);
        }
    }

    /** The whole text of the new file. */
    public String text(Request request, ZonedDateTime now) {
        Map<String, String> raw = new LinkedHashMap<>();
        String layout = usualLayout();
        String author = top(conventions.authors());
        for (String key : order()) {
            if (key.equals("layout") && !layout.isEmpty()) {
                raw.put(key, "x");
            } else if (key.equals("title")) {
                raw.put(key, "x");
            } else if (key.equals("date")) {
                raw.put(key, conventions.dateStyle().format(request.date().atTime(now.toLocalTime().withNano(0)),
                        now.getOffset()));
            } else if (key.equals("author") && !author.isEmpty()) {
                raw.put(key, "x");
            } else if (key.equals("tags")) {
                raw.put(key, conventions.blockLists() ? "" : "[]");
            }
        }
        StringBuilder fm = new StringBuilder();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            fm.append(e.getKey()).append(':');
            if (e.getValue().isEmpty()) {
                fm.append('\n'); // an empty block list, as the blog writes its lists
                continue;
            }
            int pad = conventions.aligned() ? conventions.valueColumn() - e.getKey().length() - 1 : 1;
            fm.append(" ".repeat(Math.max(1, pad))).append(e.getValue()).append('\n');
        }
        FrontMatterDocument doc = FrontMatterDocument.parse(fm.toString()).withString("title", request.title());
        if (raw.containsKey("layout")) {
            doc = doc.withString("layout", layout);
        }
        if (raw.containsKey("author")) {
            doc = doc.withString("author", author);
        }
        return "---\n" + doc.text() + "---\n\n";
    }

    /** The five keys in the blog's usual order; keys the blog never uses keep their default place. */
    private List<String> order() {
        List<String> known = new ArrayList<>(conventions.keyOrder());
        known.retainAll(KEYS);
        List<String> out = new ArrayList<>(known);
        for (String k : KEYS) {
            if (!out.contains(k)) {
                int at = KEYS.indexOf(k);
                int insert = out.size();
                for (int i = 0; i < out.size(); i++) {
                    if (KEYS.indexOf(out.get(i)) > at) {
                        insert = i;
                        break;
                    }
                }
                out.add(insert, k);
            }
        }
        return out;
    }

    private String usualLayout() {
        String used = top(conventions.layoutUses());
        if (!used.isEmpty()) {
            return used;
        }
        return conventions.layouts().contains("post") ? "post" : "";
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }
}
