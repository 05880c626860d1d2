package org.postdesk.core.site.hexo.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/**
 * What the tags of one post see: its front matter (Nunjucks variables), the blog's config, its
 * other posts (for {@code post_link}), its asset folder and the blog's files. Made per render by
 * {@link HexoTagPass}; not shared.
 */
final class HexoPostContext {

    private final Map<String, ?> page;
    private final Map<String, ?> site;
    private final SiteLinks links;
    private final HexoBlogFiles files;
    /** The post's asset folder, blog-relative ({@code source/_posts/name/}), or null when unknown. */
    private final String assetFolder;
    final List<String> notes;

    HexoPostContext(TemplatePass.Context context, HexoBlogFiles files, List<String> notes) {
        this.page = context.page();
        this.site = context.site();
        this.links = context.links();
        this.files = files;
        this.notes = notes;
        this.assetFolder = assetFolder(sourcePath(page), site);
    }

    /** The post's blog-relative source path ({@code source/_posts/x.md}) from what the site put into the page. */
    static String sourcePath(Map<String, ?> page) {
        for (String key : List.of("source", "path", "full_source")) {
            Object v = page.get(key);
            if (v != null) {
                String p = v.toString().replace('\\', '/');
                String lower = p.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mkd")
                        || lower.endsWith(".mdown") || lower.endsWith(".mkdn")) {
                    return p.startsWith("_posts/") || p.startsWith("_drafts/") ? "source/" + p : p;
                }
            }
        }
        return null;
    }

    private static String assetFolder(String source, Map<String, ?> site) {
        if (source == null) {
            return null;
        }
        int dot = source.lastIndexOf('.');
        String folder = source.substring(0, dot > source.lastIndexOf('/') ? dot : source.length());
        return folder + "/";
    }

    Map<String, ?> page() {
        return page;
    }

    Map<String, ?> site() {
        return site;
    }

    SiteLinks links() {
        return links;
    }

    HexoBlogFiles files() {
        return files;
    }

    boolean postAssetFolder() {
        return HexoMarkdown.flag(site.get("post_asset_folder"), false);
    }

    /**
     * The preview URL of a file of this post's asset folder, when the folder is on and the file
     * is there: a site path to the file in the blog folder, which the preview resolves offline.
     */
    Optional<String> asset(String name) {
        if (assetFolder == null || !postAssetFolder() || name == null || name.isEmpty() || name.contains("..")) {
            return Optional.empty();
        }
        String path = assetFolder + name.replace('\\', '/');
        return files.exists(path) ? Optional.of(siteUrl(path)) : Optional.empty();
    }

    /** The would-be URL of a missing asset (so the preview can show it as missing). */
    String missingAsset(String name) {
        return assetFolder == null ? name : siteUrl(assetFolder + name);
    }

    /** A blog-relative path as the URL the preview resolves to that file. */
    static String siteUrl(String blogPath) {
        StringBuilder out = new StringBuilder();
        for (String seg : blogPath.split("/", -1)) {
            if (out.length() > 0 || !seg.isEmpty()) {
                out.append('/').append(encodeUri(seg));
            }
        }
        return out.toString();
    }

    /** JavaScript's encodeURI for one path segment (what Hexo's encodeURL does to a file name). */
    static String encodeUri(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.!~*'();/?:@&=+$,#%".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** The site's {@code root}-prefixed path, as Hexo's url_for writes a site path. */
    String urlFor(String path) {
        if (path.startsWith("#") || path.startsWith("//") || path.startsWith("http:") || path.startsWith("https:")) {
            return path;
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    /** A post of this blog by slug or title: its URL, title and source path. */
    Optional<Map<String, Object>> post(String slugOrTitle) {
        Map<String, Object> byTitle = null;
        for (Map<String, Object> p : links.posts()) {
            if (slugOrTitle.equals(slugOf(p))) {
                return Optional.of(p);
            }
            if (byTitle == null && slugOrTitle.equals(String.valueOf(p.get("title")))) {
                byTitle = p;
            }
        }
        return Optional.ofNullable(byTitle);
    }

    private String slugOf(Map<String, Object> post) {
        Object slug = post.get("slug");
        if (slug != null) {
            return slug.toString();
        }
        Object path = post.get("path");
        if (path == null) {
            return null;
        }
        String p = path.toString().replace('\\', '/');
        for (String folder : List.of("_posts/", "_drafts/")) {
            int at = p.indexOf(folder);
            if (at >= 0) {
                p = p.substring(at + folder.length());
                break;
            }
        }
        int dot = p.lastIndexOf('.');
        p = dot > p.lastIndexOf('/') ? p.substring(0, dot) : p;
        String pattern = String.valueOf(site.get("new_post_name"));
        if (pattern.startsWith(":year-:month-:day-") && p.matches("(?:.*/)?\\d{4}-\\d{2}-\\d{2}-.*")) {
            int slash = p.lastIndexOf('/');
            p = p.substring(0, slash + 1) + p.substring(slash + 12);
        }
        return p;
    }

    void note(String sentence) {
        notes.add(sentence);
    }
}
