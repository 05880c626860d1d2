package org.postdesk.core.blog;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.site.PostNames;

/**
 * Rewrites Liquid references to a post that moved: {@code {% post_url OLD %}} (the file name without
 * extension, optionally with its sub-folder) and {@code {% link _posts/OLD.md %}} (the
 * path from the blog root). Only the path inside the tag changes; spacing and {@code -} trim
 * marks stay. Pure.
 */
final class References {
    private static final Pattern POST_URL = Pattern.compile("\\{%-?\\s*post_url\\s+([^\\s%]+)\\s*-?%\\}");
    private static final Pattern LINK = Pattern.compile("\\{%-?\\s*link\\s+([^\\s%]+)\\s*-?%\\}");

    /** A text with its references rewritten, and how many. */
    record Result(String text, int count) {
    }

    private final PostNames naming;
    private final String oldPath;
    private final String newPath;

    /** Both paths relative to the blog root, {@code /} separators, with extension; {@code naming} finds the path inside the posts folder. */
    References(PostNames naming, String oldPath, String newPath) {
        this.naming = naming;
        this.oldPath = oldPath;
        this.newPath = newPath;
    }

    /** Cheap test before parsing a file: could it hold a reference? */
    boolean mayReference(String text) {
        return text.contains(stem(nameOf(oldPath)));
    }

    Result rewrite(String text) {
        int[] count = {0};
        String afterPostUrl = replace(POST_URL, text, target -> {
            String lead = target.startsWith("/") ? "/" : "";
            String t = target.substring(lead.length());
            if (t.equals(postUrlName(oldPath)) || t.equals(stem(nameOf(oldPath)))) {
                count[0]++;
                return lead + (t.contains("/") ? postUrlName(newPath) : stem(nameOf(newPath)));
            }
            return null;
        });
        String afterLink = replace(LINK, afterPostUrl, target -> {
            String lead = target.startsWith("/") ? "/" : "";
            if (target.substring(lead.length()).equals(oldPath)) {
                count[0]++;
                return lead + newPath;
            }
            return null;
        });
        return new Result(afterLink, count[0]);
    }

    private static String replace(Pattern p, String text, UnaryOperator<String> target) {
        Matcher m = p.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String repl = target.apply(m.group(1));
            if (repl != null) {
                out = out == null ? new StringBuilder(text.length() + 32) : out;
                out.append(text, last, m.start(1)).append(repl);
                last = m.end(1);
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** {@code sub/2024-01-02-x} for {@code _posts/sub/2024-01-02-x.md}: what post_url takes with a sub-folder. */
    private String postUrlName(String path) {
        return stem(naming.pathInContentFolder(path));
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
