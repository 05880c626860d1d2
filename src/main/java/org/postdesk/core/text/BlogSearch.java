package org.postdesk.core.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostDocument;

/**
 * Searches the posts of a blog for a query, file by file, reporting progress and stopping when
 * asked. Line numbers are those of the whole file (from 1); a hit in the body also carries its
 * line in the editor (the body without the front matter), a hit in the front matter none.
 */
public final class BlogSearch {

    /** Lines longer than this are shortened around the match in the results. */
    static final int PREVIEW_CHARS = 120;

    private final Function<String, Path> resolve;

    /** @param resolve the file of a post, from its path relative to the blog folder */
    public BlogSearch(Function<String, Path> resolve) {
        this.resolve = resolve;
    }

    /**
     * Searches {@code posts} (blog-relative paths) in order. Files that cannot be read are
     * skipped and listed in the result. {@code progress} gets (done, total) after each file.
     */
    public Result search(List<String> posts, TextQuery query, Progress progress, BooleanSupplier cancelled) {
        TextQuery.Compiled compiled = query.compile();
        List<Hit> hits = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (!compiled.valid() || query.text().isEmpty()) {
            return new Result(hits, unreadable, false);
        }
        int done = 0;
        for (String post : posts) {
            if (cancelled.getAsBoolean()) {
                return new Result(hits, unreadable, true);
            }
            try {
                PostDocument document = PostFiles.read(resolve.apply(post));
                searchText(post, document.text(), document.bodyStartLine() - 1,
                        compiled, hits);
            } catch (PostIoException e) {
                unreadable.add(post);
            }
            progress.report(++done, posts.size());
        }
        return new Result(hits, unreadable, false);
    }

    static void searchText(String post, String text, int bodyStartLine, TextQuery.Compiled compiled, List<Hit> hits) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            for (TextQuery.Match match : compiled.matches(lines[i])) {
                int bodyLine = i >= bodyStartLine ? i - bodyStartLine : -1;
                hits.add(new Hit(post, i + 1, bodyLine, match.start(), excerpt(lines[i], match)));
            }
        }
    }

    private static String excerpt(String line, TextQuery.Match match) {
        String s = line.strip();
        if (line.length() <= PREVIEW_CHARS) {
            return s;
        }
        int from = Math.max(0, match.start() - PREVIEW_CHARS / 3);
        int to = Math.min(line.length(), from + PREVIEW_CHARS);
        return (from > 0 ? "\u2026" : "") + line.substring(from, to).strip() + (to < line.length() ? "\u2026" : "");
    }

    /** Progress: {@code done} of {@code total} files searched. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total);
    }

    /**
     * One matching place.
     *
     * @param post     the post's path relative to the blog
     * @param line     the line in the file, from 1
     * @param bodyLine the line in the editor's body text, from 0; -1 in the front matter
     * @param column   the match's column in its line, from 0
     * @param text     the line (shortened around the match when long)
     */
    public record Hit(String post, int line, int bodyLine, int column, String text) {
    }

    /** The hits, the posts that could not be read, and whether the search was stopped early. */
    public record Result(List<Hit> hits, List<String> unreadable, boolean cancelled) {
    }
}
