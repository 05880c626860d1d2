package org.postdesk.core.site.hexo;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.render.SiteLinks;

/**
 * A Hexo site's URL model: each post's URL from the {@code permalink} setting under {@code root}
 * ({@code :year/:month/:day/:title/} by default, {@code :title} being the slug with its
 * sub-folders), {@code post_link}/{@code post_path} targets by slug (or title, as Hexo falls back
 * to it), and the URL of any other file of {@code source/} (docs/decisions/0038). Immutable.
 */
final class HexoLinks implements SiteLinks {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final HexoConfig config;
    private final HexoNaming naming;
    private final Map<String, PostSummary> bySlug = new HashMap<>();
    private final Map<String, PostSummary> byTitle = new HashMap<>();
    private final Map<String, PostSummary> byPath = new HashMap<>();
    private final Map<String, String> pathByUrl = new HashMap<>();
    private final List<Map<String, Object>> posts;

    HexoLinks(HexoConfig config, HexoNaming naming, List<PostSummary> all) {
        this.config = config;
        this.naming = naming;
        for (PostSummary post : all) {
            byPath.put(post.path(), post);
            if (post.draft() && !config.renderDrafts()) {
                continue;
            }
            bySlug.putIfAbsent(post.slug(), post);
            byTitle.putIfAbsent(post.title(), post);
            pathByUrl.putIfAbsent(urlOf(post), post.path());
        }
        this.posts = all.stream().filter(p -> !p.draft() && p.published())
                .sorted(Comparator.comparing(PostSummary::date).thenComparing(PostSummary::path).reversed())
                .map(this::view).toList();
    }

    /** The post {@code {% post_link SLUG %}} names: by slug, else by title; empty when none. */
    Optional<PostSummary> post(String slugOrTitle) {
        String key = slugOrTitle.trim();
        return Optional.ofNullable(bySlug.getOrDefault(key, byTitle.get(key)));
    }

    @Override
    public Optional<String> postUrl(String slugOrTitle) {
        return post(slugOrTitle).map(this::urlOf);
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
        String source = config.sourceDir() + "/";
        if (!path.startsWith(source)) {
            return Optional.empty();
        }
        String url = path.substring(source.length()).replaceFirst("\\.(md|markdown|mkd|mkdn|mdwn|mdtxt|mdtext)$", ".html");
        if (url.endsWith("index.html")) {
            url = url.substring(0, url.length() - "index.html".length());
        }
        return Optional.of(config.baseurl() + "/" + url);
    }

    @Override
    public Optional<String> postAt(String url) {
        int cut = url.indexOf('#');
        String u = cut < 0 ? url : url.substring(0, cut);
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

    @Override
    public Map<String, Object> pageOf(String path) {
        PostSummary post = byPath.get(path);
        return post == null ? Map.of() : view(post);
    }

    private Map<String, Object> view(PostSummary post) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", post.title());
        view.put("path", urlOf(post).substring(Math.min(urlOf(post).length(), config.baseurl().length() + 1)));
        view.put("permalink", config.url() + urlOf(post));
        view.put("date", post.date().format(DATE));
        view.put("slug", post.slug());
        view.put("source", naming.pathInContentFolder(post.path()));
        view.put("tags", Collections.unmodifiableList(new ArrayList<>(post.tags())));
        view.put("categories", Collections.unmodifiableList(new ArrayList<>(post.categories())));
        view.put("layout", post.layout().isEmpty() ? config.defaultLayout() : post.layout());
        return Collections.unmodifiableMap(view);
    }

    /** The post's URL under {@code root}, as Hexo's {@code post_permalink} filter makes it. */
    String urlOf(PostSummary post) {
        LocalDateTime d = post.date();
        String slug = post.slug();
        String name = slug.substring(slug.lastIndexOf('/') + 1);
        String category = post.categories().isEmpty() ? string("default_category", "uncategorized")
                : HexoNaming.hexoSlug(post.categories().get(0));
        String url = config.permalink()
                .replace(":year", String.format(Locale.ROOT, "%04d", d.getYear()))
                .replace(":i_month", Integer.toString(d.getMonthValue()))
                .replace(":month", String.format(Locale.ROOT, "%02d", d.getMonthValue()))
                .replace(":i_day", Integer.toString(d.getDayOfMonth()))
                .replace(":day", String.format(Locale.ROOT, "%02d", d.getDayOfMonth()))
                .replace(":hour", String.format(Locale.ROOT, "%02d", d.getHour()))
                .replace(":minute", String.format(Locale.ROOT, "%02d", d.getMinute()))
                .replace(":second", String.format(Locale.ROOT, "%02d", d.getSecond()))
                .replace(":post_title", HexoNaming.hexoSlug(post.title()))
                .replace(":title", slug)
                .replace(":name", name)
                .replace(":category", category);
        url = url.replaceAll("/{2,}", "/");
        return config.baseurl() + (url.startsWith("/") ? url : "/" + url);
    }

    private String string(String key, String fallback) {
        return config.string(key).filter(s -> !s.isBlank()).orElse(fallback);
    }
}
