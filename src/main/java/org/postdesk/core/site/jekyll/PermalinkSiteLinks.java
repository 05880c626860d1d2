package org.postdesk.core.site.jekyll;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.IncludeFiles;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.render.SiteLinks;

/**
 * Resolves {@code {% post_url %}} and {@code {% link %}} to the URLs Jekyll would give, from
 * the blog's {@code permalink} setting ({@code date}, {@code pretty}, {@code ordinal},
 * {@code none} or a pattern with {@code :year}, {@code :month}, {@code :title} ...).
 */
public final class PermalinkSiteLinks implements SiteLinks {
    private final BlogFolder blog;
    private final JekyllConfig config;
    private final Map<String, PostSummary> byName = new HashMap<>();
    private final Map<String, PostSummary> byPath = new HashMap<>();
    private final Map<String, String> pathByUrl = new HashMap<>();
    private final List<Map<String, Object>> posts;
    private final IncludeFiles includes;

    PermalinkSiteLinks(BlogFolder blog, JekyllConfig config, List<PostSummary> posts) {
        this.blog = blog;
        this.config = config;
        this.includes = new IncludeFiles(blog.root());
        for (PostSummary post : posts) {
            if (post.draft()) {
                continue;
            }
            String file = post.fileName();
            int dot = file.lastIndexOf('.');
            String name = dot > 0 ? file.substring(0, dot) : file;
            byName.putIfAbsent(name, post);
            int inPosts = post.path().indexOf("_posts/");
            if (inPosts >= 0) {
                String sub = post.path().substring(inPosts + "_posts/".length());
                int subDot = sub.lastIndexOf('.');
                byName.putIfAbsent(subDot > 0 ? sub.substring(0, subDot) : sub, post);
            }
            byPath.put(post.path(), post);
            pathByUrl.putIfAbsent(urlOf(post), post.path());
        }
        this.posts = posts.stream().filter(p -> !p.draft() && p.published())
                .sorted(Comparator.comparing(PostSummary::date).thenComparing(PostSummary::path).reversed())
                .map(this::templateView).toList();
    }

    /** {@code site.posts}: published posts, newest first, as templates see them. */
    @Override
    public List<Map<String, Object>> posts() {
        return posts;
    }

    /**
     * What Jekyll adds to {@code page} for the post at this source path ({@code url},
     * {@code date}, {@code path}, {@code slug}, {@code tags}, {@code categories}); empty when
     * the index does not know the path (a new post not saved yet).
     */
    @Override
    public Map<String, Object> pageOf(String path) {
        PostSummary post = byPath.get(path);
        return post == null ? Map.of() : templateView(post);
    }

    private Map<String, Object> templateView(PostSummary post) {
        String url = urlOf(post);
        String base = config.baseurl();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", post.title());
        view.put("url", !base.isEmpty() && url.startsWith(base) ? url.substring(base.length()) : url);
        view.put("date", post.date().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)));
        view.put("tags", post.tags() == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(post.tags())));
        view.put("categories", post.categories() == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(post.categories())));
        view.put("path", post.path());
        view.put("slug", post.slug());
        view.put("layout", post.layout());
        return Collections.unmodifiableMap(view);
    }

    /** The text of an include file in the blog (read through a cache; see {@link IncludeFiles}). */
    @Override
    public Optional<String> include(String relPath) {
        return includes.read(relPath);
    }

    /** The source path of the post {@code {% post_url NAME %}} names, if there is one. */
    public Optional<String> postPath(String postName) {
        return Optional.ofNullable(byName.get(postName.trim())).map(PostSummary::path);
    }

    @Override
    public Optional<String> postAt(String url) {
        int cut = url.indexOf('#');
        return Optional.ofNullable(pathByUrl.get(cut < 0 ? url : url.substring(0, cut)));
    }

    @Override
    public Optional<String> postUrl(String postName) {
        return Optional.ofNullable(byName.get(postName.trim())).map(this::urlOf);
    }

    @Override
    public Optional<String> link(String sourcePath) {
        String path = sourcePath.trim();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        PostSummary post = byPath.get(path);
        if (post != null) {
            return Optional.of(urlOf(post));
        }
        if (!Files.isRegularFile(blog.resolve(path))) {
            return Optional.empty();
        }
        String url = path.replaceFirst("\\.(md|markdown|mkd|mkdn|mdown)$", ".html");
        if (url.endsWith("index.html")) {
            url = url.substring(0, url.length() - "index.html".length());
        }
        return Optional.of(config.baseurl() + "/" + url);
    }

    /** The URL of a post under the blog's permalink setting, with the baseurl. */
    public String urlOf(PostSummary post) {
        String pattern = switch (config.permalink()) {
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "none" -> "/:categories/:title:output_ext";
            default -> config.permalink();
        };
        LocalDateTime d = post.date();
        String categories = String.join("/", post.categories().stream()
                .map(c -> c.toLowerCase(Locale.ROOT).replace(' ', '-')).toList());
        String url = pattern
                .replace(":categories", categories)
                .replace(":year", String.format(Locale.ROOT, "%04d", d.getYear()))
                .replace(":short_year", String.format(Locale.ROOT, "%02d", d.getYear() % 100))
                .replace(":i_month", Integer.toString(d.getMonthValue()))
                .replace(":month", String.format(Locale.ROOT, "%02d", d.getMonthValue()))
                .replace(":i_day", Integer.toString(d.getDayOfMonth()))
                .replace(":day", String.format(Locale.ROOT, "%02d", d.getDayOfMonth()))
                .replace(":y_day", String.format(Locale.ROOT, "%03d", d.getDayOfYear()))
                .replace(":title", post.slug())
                .replace(":slug", post.slug())
                .replace(":output_ext", ".html");
        url = url.replaceAll("/{2,}", "/");
        return config.baseurl() + (url.startsWith("/") ? url : "/" + url);
    }
}
