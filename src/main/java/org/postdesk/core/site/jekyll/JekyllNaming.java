package org.postdesk.core.site.jekyll;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.blog.Slugs;
import org.postdesk.core.site.PostNames;

/**
 * Jekyll's naming rules for posts and drafts, and the names Postdesk gives new posts.
 *
 * <p>A post is {@code _posts/[sub/]YYYY-MM-DD-slug.ext} where the date is matched as Jekyll does
 * ({@code \d{2,4}-\d{1,2}-\d{1,2}}, so {@code 2024-2-2-x.md} is a post). A draft is
 * {@code _drafts/[sub/]name.ext}, no date needed. Entries whose path inside the folder, or whose
 * file name, starts with {@code . _ # ~}, and names ending in {@code ~}, are skipped by Jekyll.
 * Stateless and thread-safe.
 */
public final class JekyllNaming implements PostNames {
    /** Jekyll's default {@code markdown_ext}. */
    public static final List<String> DEFAULT_MARKDOWN_EXTENSIONS =
            List.of("markdown", "mkdown", "mkdn", "mkd", "md");

    private static final Pattern DATED =
            Pattern.compile("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.*)(\\.[^.]+)$");
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d{2,4}-\\d{1,2}-\\d{1,2}(\\.[^.]+)?$");
    private static final Pattern DOTTED_DATE = Pattern.compile("^\\d{2,4}[._/年]\\d{1,2}[._/月]\\d{1,2}.*");

    private static final String POSTS_DIR = JekyllSite.POSTS + "/";
    private static final String DRAFTS_DIR = JekyllSite.DRAFTS + "/";

    private final List<String> markdownExtensions;

    /** Rules with the blog's {@code markdown_ext} (lower case, no dots). */
    public JekyllNaming(List<String> markdownExtensions) {
        this.markdownExtensions = List.copyOf(markdownExtensions);
    }

    public static JekyllNaming withDefaults() {
        return new JekyllNaming(DEFAULT_MARKDOWN_EXTENSIONS);
    }

    @Override
    public List<String> markdownExtensions() {
        return markdownExtensions;
    }

    /**
     * Reads a path relative to the blog root, e.g. {@code _posts/2024/2024-2-2-x.md} or
     * {@code travel/_drafts/idea.md}. The part after the last {@code _posts/} or {@code _drafts/}
     * folder is judged; a path outside those folders is judged as a post.
     */
    @Override
    public PostName classify(String relativePath) {
        String path = relativePath.replace('\\', '/');
        int posts = path.lastIndexOf("_posts/");
        int drafts = path.lastIndexOf("_drafts/");
        boolean draft = drafts > posts;
        int start = draft ? drafts + "_drafts/".length() : posts < 0 ? 0 : posts + "_posts/".length();
        String entry = path.substring(start);
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        boolean markdown = markdownExtensions.contains(ext.toLowerCase(Locale.ROOT));

        PostFlag special = specialName(entry, name, draft);
        if (special != null) {
            return new PostName(path, draft, null, null, stem(name), ext, markdown, special);
        }
        if (draft) {
            PostFlag flag = ext.isEmpty()
                    ? ignored("Jekyll skips this draft because its name has no extension; name it like idea.md.")
                    : markdown ? null : notMarkdown(ext);
            return new PostName(path, true, null, null, stem(name), ext, markdown, flag);
        }
        Matcher m = DATED.matcher(name);
        if (!m.matches()) {
            return new PostName(path, false, null, null, stem(name), ext, markdown, undatedFlag(name, ext));
        }
        String dateText = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        String slug = m.group(4);
        ext = m.group(5).substring(1);
        markdown = markdownExtensions.contains(ext.toLowerCase(Locale.ROOT));
        LocalDate date = rubyDate(Integer.parseInt(m.group(1)), m.group(1).length(),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        PostFlag flag = null;
        if (date == null) {
            flag = PostFlag.of(PostFlag.Kind.BAD_DATE_IN_NAME, "The date in the name, " + dateText
                    + ", is not a date; Jekyll stops the build with \"Invalid date\" unless the front"
                    + " matter gives a date.");
        } else if (date.getDayOfMonth() != Integer.parseInt(m.group(3))) {
            flag = PostFlag.of(PostFlag.Kind.BAD_DATE_IN_NAME, "The date in the name, " + dateText
                    + ", is not a day of the calendar; Jekyll dates the post " + date + " instead.");
        } else if (!markdown) {
            flag = notMarkdown(ext);
        }
        return new PostName(path, false, dateText, date, slug, ext, markdown, flag);
    }

    /**
     * True when a file in a posts or drafts folder should be listed at all: it has a Markdown
     * extension (even behind a leading {@code _ . #} or a trailing {@code ~}), or it is named like
     * a dated post. Images and other files kept beside posts are not listed.
     */
    @Override
    public boolean isCandidate(String fileName) {
        String name = fileName;
        while (name.endsWith("~")) {
            name = name.substring(0, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && markdownExtensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return DATED.matcher(fileName).matches();
    }

    private PostFlag notMarkdown(String ext) {
        return PostFlag.of(PostFlag.Kind.NOT_MARKDOWN, "Jekyll publishes this file but does not convert"
                + " it as Markdown, because ." + ext + " is not one of the blog's Markdown extensions ("
                + String.join(", ", markdownExtensions) + ").");
    }

    private static PostFlag specialName(String entry, String name, boolean draft) {
        String where = draft ? "_drafts" : "_posts";
        for (String part : entry.split("/")) {
            if (part.startsWith(".")) {
                return ignored("Jekyll skips \"" + part + "\" because its name starts with a dot.");
            }
        }
        char first = entry.isEmpty() ? ' ' : entry.charAt(0);
        if (first == '_' || first == '#' || first == '~') {
            String part = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            return ignored("Jekyll skips \"" + part + "\" in " + where + " because its name starts with \""
                    + first + "\".");
        }
        char nameFirst = name.isEmpty() ? ' ' : name.charAt(0);
        if (nameFirst == '_' || nameFirst == '#' || nameFirst == '~') {
            return ignored("Jekyll skips this file because its name starts with \"" + nameFirst + "\".");
        }
        if (name.endsWith("~")) {
            return ignored("Jekyll skips this file because its name ends with \"~\" (a backup copy).");
        }
        return null;
    }

    private static PostFlag undatedFlag(String name, String ext) {
        if (ext.isEmpty()) {
            return ignored("Jekyll skips this file because its name has no extension; a post is named"
                    + " like 2024-02-07-title.md.");
        }
        if (DATE_ONLY.matcher(name).matches()) {
            return ignored("Jekyll skips this file because the date is not followed by a dash and a title;"
                    + " name it like " + stem(name) + "-title." + ext + ".");
        }
        if (DOTTED_DATE.matcher(name).matches()) {
            return ignored("Jekyll skips this file because the date in its name is not written with dashes;"
                    + " a post is named like 2024-02-02-title." + ext + ".");
        }
        return ignored("Jekyll skips this file because its name does not start with a date; a post in"
                + " _posts is named like 2024-02-07-title." + ext + ".");
    }

    private static PostFlag ignored(String sentence) {
        return PostFlag.of(PostFlag.Kind.IGNORED_NAME, sentence);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The day Ruby's {@code Time.parse} gives for the numbers in a name: a month outside 1..12 or a
     * day outside 1..31 is an error (null); a day past the month's end rolls into the next month.
     * A two-digit year is read as Ruby does: 69..99 in the 1900s, 00..68 in the 2000s.
     */
    static LocalDate rubyDate(int year, int yearDigits, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        int fullYear = yearDigits == 2 ? (year >= 69 ? 1900 + year : 2000 + year) : year;
        return LocalDate.of(fullYear, month, 1).plusDays(day - 1L);
    }

    /** {@code YYYY-MM-DD-SLUG.ext}; an empty slug becomes {@code post}. */
    public static String fileName(LocalDate date, String slug, String extension) {
        return Slugs.datedName(date, slug, extension);
    }

    /** {@code YYYY-MM-DD-SLUG.md} for a new post, slug from {@link Slugs#slugify} (or {@link Slugs#slugifyAscii} when {@code asciiOnly}). */
    public static String newPostFileName(LocalDate date, String title, boolean asciiOnly) {
        return fileName(date, asciiOnly ? Slugs.slugifyAscii(title) : Slugs.slugify(title), "md");
    }

    /** Jekyll's default slug ({@link Slugs#slugify}). */
    @Override
    public String slugify(String title) {
        return Slugs.slugify(title);
    }

    @Override
    public String postFileName(LocalDate date, String slug, String extension) {
        return fileName(date, slug, extension);
    }

    /** True inside a {@code _posts/} or {@code _drafts/} folder, at the root or below a category folder. */
    @Override
    public boolean inContentFolder(String relativePath) {
        return relativePath.startsWith("_posts/") || relativePath.startsWith("_drafts/")
                || relativePath.contains("/_posts/") || relativePath.contains("/_drafts/");
    }

    @Override
    public boolean isContentFolder(String folderName) {
        return folderName.equals("_posts") || folderName.equals("_drafts");
    }

    @Override
    public String newPostPath(LocalDate date, String slug, String extension, boolean draft) {
        return draft ? JekyllSite.DRAFTS + "/" + slug + "." + extension
                : JekyllSite.POSTS + "/" + fileName(date, slug, extension);
    }

    /** {@code [cat/]_drafts/[sub/]SLUG.md} to {@code [cat/]_posts/[sub/]YYYY-MM-DD-SLUG.md}. */
    @Override
    public String publishedPath(String draftPath, LocalDate date) {
        PostName name = classify(draftPath);
        return swapFolder(draftPath, DRAFTS_DIR, POSTS_DIR, postFileName(date, name.slug(), name.extension()));
    }

    /** {@code [cat/]_posts/[sub/]YYYY-MM-DD-SLUG.md} back to {@code [cat/]_drafts/[sub/]SLUG.md}. */
    @Override
    public String unpublishedPath(String postPath) {
        PostName name = classify(postPath);
        return swapFolder(postPath, POSTS_DIR, DRAFTS_DIR, name.slug() + "." + name.extension());
    }

    /** {@code sub/2024-01-02-x.md} for {@code _posts/sub/2024-01-02-x.md}: what post_url takes with a sub-folder. */
    @Override
    public String pathInContentFolder(String relativePath) {
        int posts = relativePath.lastIndexOf(POSTS_DIR);
        int drafts = relativePath.lastIndexOf(DRAFTS_DIR);
        int at = posts > drafts ? posts + POSTS_DIR.length() : drafts >= 0 ? drafts + DRAFTS_DIR.length() : 0;
        return relativePath.substring(at);
    }

    /** The folders above {@code _posts} or {@code _drafts}: {@code travel/_posts/x.md} is in category travel. */
    @Override
    public List<String> categoriesInPath(String relativePath) {
        int magic = Math.max(relativePath.lastIndexOf(POSTS_DIR), relativePath.lastIndexOf(DRAFTS_DIR));
        if (magic <= 0) {
            return List.of();
        }
        return Arrays.stream(relativePath.substring(0, magic).split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static String swapFolder(String rel, String fromFolder, String toFolder, String newName) {
        int at = rel.lastIndexOf(fromFolder);
        String dir = rel.substring(0, rel.lastIndexOf('/') + 1);
        return dir.substring(0, at) + toFolder + dir.substring(at + fromFolder.length()) + newName;
    }
}
