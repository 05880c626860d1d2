package org.postdesk.core.site.hexo.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.render.BlogFiles;
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
    private final BlogFiles files;
    /** The folders the post's assets may be in, blog-relative ({@code source/_posts/name/}); empty when unknown. */
    private final List<String> assetFolders;
    final List<String> notes;

    HexoPostContext(TemplatePass.Context context, List<String> notes) {
        this.page = context.page();
        this.site = context.site();
        this.links = context.links();
        this.files = context.files();
        this.notes = notes;
        this.assetFolders = assetFolders(page, site);
    }

    /**
     * Where the post's asset folder may be: the site gives the post's path inside its content
     * folder ({@code source}: {@code x.md}, {@code sub/x.md}); a post's assets sit beside it under
     * {@code source/_posts}, a draft's under {@code source/_drafts}.
     */
    static List<String> assetFolders(Map<String, ?> page, Map<String, ?> site) {
        Object v = page.get("source");
        if (v == null) {
            return List.of();
        }
        String p = v.toString().replace('\\', '/');
        int dot = p.lastIndexOf('.');
        String stem = dot > p.lastIndexOf('/') ? p.substring(0, dot) : p;
        Object dir = site.get("source_dir");
        String source = dir == null || dir.toString().isBlank() ? "source" : dir.toString().replaceAll("^/+|/+$", "");
        if (stem.startsWith("_posts/") || stem.startsWith("_drafts/")) {
            return List.of(source + "/" + stem + "/");
        }
        return List.of(source + "/_posts/" + stem + "/", source + "/_drafts/" + stem + "/");
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

    boolean postAssetFolder() {
        return HexoMarkdown.flag(site.get("post_asset_folder"), false);
    }

    /**
     * The preview URL of a file of this post's asset folder, when the folder is on and the file
     * is there: a site path to the file in the blog folder, which the preview resolves offline.
     */
    Optional<String> asset(String name) {
        if (!postAssetFolder() || name == null || name.isEmpty() || name.contains("..")) {
            return Optional.empty();
        }
        String rel = name.replace('\\', '/');
        while (rel.startsWith("/") || rel.startsWith("./")) {
            rel = rel.substring(rel.startsWith("/") ? 1 : 2);
        }
        for (String folder : assetFolders) {
            if (files.exists(folder + rel)) {
                return Optional.of(relativeUrl(rel));
            }
        }
        return Optional.empty();
    }

    /** The would-be URL of a missing asset (so the preview can show it as missing). */
    String missingAsset(String name) {
        return relativeUrl(name);
    }

    /**
     * A file of the asset folder as the preview links it: its name relative to the post, which the
     * site's URL model looks up in the post's asset folder first (docs/decisions/0038). Hexo writes
     * the post's URL before it; the file name, percent-encoded as Hexo encodes it, is the same.
     */
    static String relativeUrl(String name) {
        StringBuilder out = new StringBuilder();
        for (String seg : name.replace('\\', '/').split("/", -1)) {
            out.append(out.length() > 0 ? "/" : "").append(TreeTouches.encodeUri(seg.replace("%", "%25")));
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

    /** A post of this blog by slug or title, as {@code post_link} finds it: its URL and title. */
    Optional<Map<String, Object>> post(String slugOrTitle) {
        Optional<String> url = links.postUrl(slugOrTitle);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Object title = slugOrTitle;
        for (Map<String, Object> p : links.posts()) {
            if (slugOrTitle.equals(String.valueOf(p.get("slug"))) || slugOrTitle.equals(String.valueOf(p.get("title")))) {
                title = p.get("title");
                break;
            }
        }
        return Optional.of(Map.of("url", url.get(), "title", title == null ? slugOrTitle : title));
    }

    /** The text of a blog file ({@code include_code}), when the site lends it. */
    Optional<String> text(String blogPath) {
        return links.include(blogPath);
    }

    void note(String sentence) {
        notes.add(sentence);
    }
}
