package org.postdesk.core.site.hexo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.blog.Slugs;
import org.postdesk.core.site.PostNames;

/**
 * Hexo's naming rules: posts are the Markdown files below {@code source/_posts/} (sub-folders
 * too), drafts below {@code source/_drafts/}; a file or folder whose name starts with {@code _}
 * or {@code .}, or a name ending in {@code ~} or {@code %}, is skipped. The name is read with the
 * site's {@code new_post_name} pattern: {@code :year-:month-:day-:title.md} gives a date and a
 * slug, {@code :title.md} (the default) the slug alone, sub-folders included ({@code sub/x}), as
 * Hexo's post processor reads it. With {@code post_asset_folder}, only files with the extension
 * of {@code new_post_name} are posts; the others are assets. Stateless, thread-safe
 * (docs/decisions/0038).
 */
public final class HexoNaming implements PostNames {
    /** The extensions hexo-renderer-marked (and markdown-it) render. */
    static final List<String> MARKDOWN = List.of("md", "markdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext");
    private static final Pattern TOKEN = Pattern.compile(":(year|month|day|i_month|i_day|hour|minute|second|title|hash|lang|post_title|category|timestamp)");

    private final String posts;
    private final String drafts;
    private final String newPostName;
    private final String extension;
    private final boolean assetFolders;
    private final Pattern namePattern;
    private final List<String> groups = new ArrayList<>();

    /** Rules for a site whose content lives in {@code sourceDir} ({@code source}). */
    public HexoNaming(String sourceDir, String newPostName, boolean assetFolders) {
        this.posts = sourceDir + "/_posts/";
        this.drafts = sourceDir + "/_drafts/";
        this.newPostName = newPostName;
        this.assetFolders = assetFolders;
        int slash = newPostName.lastIndexOf('/');
        int dot = newPostName.lastIndexOf('.');
        this.extension = dot > slash && dot < newPostName.length() - 1 ? newPostName.substring(dot + 1) : "md";
        String rule = dot > slash ? newPostName.substring(0, dot) : newPostName;
        StringBuilder regex = new StringBuilder("^");
        Matcher m = TOKEN.matcher(rule);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(rule.substring(at, m.start())));
            String token = m.group(1);
            groups.add(token);
            regex.append(switch (token) {
                case "year" -> "(\\d{4})";
                case "month", "day", "hour", "minute", "second" -> "(\\d{2})";
                case "i_month", "i_day" -> "(\\d{1,2})";
                case "hash" -> "([0-9a-f]{12})";
                default -> "(.+?)";
            });
            at = m.end();
        }
        regex.append(Pattern.quote(rule.substring(at))).append('$');
        this.namePattern = Pattern.compile(regex.toString());
    }

    static HexoNaming of(HexoConfig config) {
        return new HexoNaming(config.sourceDir(), config.newPostName(), config.postAssetFolder());
    }

    String postsFolder() {
        return posts.substring(0, posts.length() - 1);
    }

    String draftsFolder() {
        return drafts.substring(0, drafts.length() - 1);
    }

    @Override
    public PostName classify(String relativePath) {
        String path = relativePath.replace('\\', '/');
        boolean draft = path.startsWith(drafts);
        String entry = draft ? path.substring(drafts.length()) : path.startsWith(posts) ? path.substring(posts.length()) : path;
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        boolean markdown = MARKDOWN.contains(ext.toLowerCase(Locale.ROOT));
        String stemPath = dot > 0 ? entry.substring(0, entry.length() - ext.length() - 1) : entry;
        PostFlag flag = skipped(entry, name);
        if (flag == null && markdown && assetFolders && !ext.equalsIgnoreCase(extension)) {
            flag = PostFlag.of(PostFlag.Kind.IGNORED_NAME, "Hexo copies this file as an asset and does not render"
                    + " it, because the site has post_asset_folder on and new posts end in ." + extension + ".");
        } else if (flag == null && !markdown) {
            flag = PostFlag.of(PostFlag.Kind.NOT_MARKDOWN, "Hexo renders this file, but not as Markdown: ." + ext
                    + " is not one of the extensions its Markdown renderer reads (" + String.join(", ", MARKDOWN) + ").");
        }
        Matcher m = namePattern.matcher(stemPath);
        String slug = stemPath;
        LocalDate date = null;
        String dateText = null;
        if (m.matches()) {
            String year = value(m, "year");
            String month = value(m, "month") != null ? value(m, "month") : value(m, "i_month");
            String day = value(m, "day") != null ? value(m, "day") : value(m, "i_day");
            if (value(m, "title") != null) {
                slug = value(m, "title");
            }
            if (year != null && month != null && day != null) {
                dateText = year + "-" + month + "-" + day;
                date = jsDate(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            }
        } else {
            slug = hexoSlug(stemPath);
        }
        return new PostName(path, draft, dateText, date, slug, ext, markdown, flag);
    }

    private String value(Matcher m, String token) {
        int i = groups.indexOf(token);
        return i < 0 ? null : m.group(i + 1);
    }

    /** JavaScript's {@code new Date(y, m - 1, d)}: a month or day past its end rolls over. */
    static LocalDate jsDate(int year, int month, int day) {
        return LocalDate.of(year, 1, 1).plusMonths(month - 1L).plusDays(day - 1L);
    }

    private static PostFlag skipped(String entry, String name) {
        for (String part : entry.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return PostFlag.of(PostFlag.Kind.IGNORED_NAME, "Hexo skips \"" + part + "\" because its name starts"
                        + " with \"" + part.charAt(0) + "\".");
            }
        }
        if (name.endsWith("~") || name.endsWith("%")) {
            return PostFlag.of(PostFlag.Kind.IGNORED_NAME, "Hexo skips this file because its name ends with \""
                    + name.charAt(name.length() - 1) + "\" (a temporary copy).");
        }
        return null;
    }

    /** hexo-util's {@code slugize}: runs of spaces and punctuation become one dash (the name when no pattern matched). */
    static String hexoSlug(String text) {
        String s = text.replaceAll("[\\u0000-\\u001f]", "")
                .replaceAll("[\\s~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    @Override
    public boolean isCandidate(String fileName) {
        String name = fileName;
        while (name.endsWith("~") || name.endsWith("%")) {
            name = name.substring(0, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && MARKDOWN.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean inContentFolder(String relativePath) {
        return relativePath.startsWith(posts) || relativePath.startsWith(drafts);
    }

    @Override
    public boolean isContentFolder(String folderName) {
        return false;
    }

    @Override
    public List<String> markdownExtensions() {
        return MARKDOWN;
    }

    @Override
    public String slugify(String title) {
        return Slugs.slugify(title);
    }

    /** The file name {@code new_post_name} gives (its folders included: {@code 2024/x.md} for {@code :year/:title.md}). */
    @Override
    public String postFileName(LocalDate date, String slug, String ext) {
        String s = slug == null || slug.isBlank() ? "post" : slug;
        LocalDate d = date == null ? LocalDate.now() : date;
        String rule = newPostName.endsWith("." + extension) ? newPostName.substring(0, newPostName.length()
                - extension.length() - 1) : newPostName;
        Matcher m = TOKEN.matcher(rule);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "year" -> String.format(Locale.ROOT, "%04d", d.getYear());
                case "month" -> String.format(Locale.ROOT, "%02d", d.getMonthValue());
                case "day" -> String.format(Locale.ROOT, "%02d", d.getDayOfMonth());
                case "i_month" -> Integer.toString(d.getMonthValue());
                case "i_day" -> Integer.toString(d.getDayOfMonth());
                case "title", "post_title" -> s;
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out + "." + (ext == null || ext.isBlank() ? extension : ext);
    }

    /** Drafts are {@code _drafts/SLUG.md} whatever {@code new_post_name} says, as {@code hexo new draft} names them. */
    @Override
    public String newPostPath(LocalDate date, String slug, String ext, boolean draft) {
        String e = ext == null || ext.isBlank() ? extension : ext;
        return draft ? drafts + slug + "." + e : posts + postFileName(date, slug, e);
    }

    /** As {@code hexo publish}: into {@code _posts}, named by {@code new_post_name} with the draft's slug. */
    @Override
    public String publishedPath(String draftPath, LocalDate date) {
        PostName name = classify(draftPath);
        String slug = name.slug();
        return posts + postFileName(date, slug, name.extension());
    }

    @Override
    public String unpublishedPath(String postPath) {
        PostName name = classify(postPath);
        return drafts + name.slug() + "." + name.extension();
    }

    @Override
    public String pathInContentFolder(String relativePath) {
        if (relativePath.startsWith(posts)) {
            return relativePath.substring(posts.length());
        }
        return relativePath.startsWith(drafts) ? relativePath.substring(drafts.length()) : relativePath;
    }

    /** Hexo's folders give no categories. */
    @Override
    public List<String> categoriesInPath(String relativePath) {
        return List.of();
    }

    /**
     * The asset folder of the post or draft at this path: the path without its extension
     * ({@code source/_posts/x/} for {@code source/_posts/x.md}).
     */
    public String assetFolder(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        int dot = relativePath.lastIndexOf('.');
        return (dot > slash ? relativePath.substring(0, dot) : relativePath) + "/";
    }
}
