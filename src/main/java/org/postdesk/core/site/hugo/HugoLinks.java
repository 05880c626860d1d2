package org.postdesk.core.site.hugo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.render.SiteLinks;

/**
 * A Hugo site's pages and their URLs, for {@code ref}/{@code relref} and for opening a page when
 * a link to it is clicked in the preview (docs/decisions/0040). URLs follow Hugo's default
 * rules: the page's path below its content folder without the extension, a page bundle by its
 * folder, a section page ({@code _index.md}) by its section, lower case, under the path of
 * {@code baseURL}. Not modelled: the config's {@code permalinks} patterns, a page's own
 * {@code url} or {@code slug}, and language prefixes.
 */
final class HugoLinks implements SiteLinks {

    private final Map<String, String> urlByPath = new HashMap<>();
    private final Map<String, String> pathByUrl = new HashMap<>();
    private final List<Map<String, Object>> posts;
    private final String siteUrl;

    /**
     * @param siteUrl scheme and host of {@code baseURL} ({@code https://example.org}; {@code ref} writes it)
     * @param baseurl the path of {@code baseURL}, without a trailing slash
     */
    HugoLinks(String siteUrl, String baseurl, List<String> contentDirs, List<PostSummary> pages) {
        this.siteUrl = siteUrl;
        List<Map<String, Object>> views = new ArrayList<>();
        for (PostSummary page : pages) {
            urlOf(baseurl, contentDirs, page.path()).ifPresent(url -> {
                urlByPath.put(page.path(), url);
                pathByUrl.putIfAbsent(url, page.path());
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("path", page.path());
                view.put("url", url);
                view.put("title", page.title());
                views.add(Collections.unmodifiableMap(view));
            });
        }
        posts = List.copyOf(views);
    }

    /** The URL Hugo gives the page at {@code path} by default; empty when it lies in no content folder. */
    static Optional<String> urlOf(String baseurl, List<String> contentDirs, String path) {
        for (String dir : contentDirs) {
            String prefix = dir.endsWith("/") ? dir : dir + "/";
            if (!path.startsWith(prefix)) {
                continue;
            }
            String rel = path.substring(prefix.length());
            int slash = rel.lastIndexOf('/');
            String folder = slash < 0 ? "" : rel.substring(0, slash);
            String name = slash < 0 ? rel : rel.substring(slash + 1);
            String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name; // index.zh.md: index
            String url;
            if (base.equals("index") || base.equals("_index")) {
                url = folder.isEmpty() ? "/" : "/" + folder + "/";
            } else {
                url = "/" + (folder.isEmpty() ? "" : folder + "/") + base + "/";
            }
            return Optional.of(baseurl + url.toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> postUrl(String postName) {
        return Optional.empty(); // Jekyll's post_url: no such thing in Hugo
    }

    @Override
    public Optional<String> link(String sourcePath) {
        String path = sourcePath.trim();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return Optional.ofNullable(urlByPath.get(path));
    }

    @Override
    public Optional<String> postAt(String url) {
        int cut = url.indexOf('#');
        String u = cut < 0 ? url : url.substring(0, cut);
        if (!siteUrl.isEmpty() && u.startsWith(siteUrl + "/")) {
            u = u.substring(siteUrl.length()); // ref writes the page's whole address
        }
        String found = pathByUrl.get(u);
        if (found == null && !u.endsWith("/")) {
            found = pathByUrl.get(u + "/");
        }
        return Optional.ofNullable(found);
    }

    @Override
    public List<Map<String, Object>> posts() {
        return posts;
    }
}
