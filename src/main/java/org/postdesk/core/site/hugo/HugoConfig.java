package org.postdesk.core.site.hugo;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.site.SiteConfig;

/**
 * A Hugo site's configuration, merged from {@code hugo.toml|yaml|json} (or the older
 * {@code config.*}) and the files of {@code config/_default/} (docs/decisions/0040). Hugo's keys
 * are case-insensitive, so every lookup ignores case. Reading never fails: what could not be
 * read is a {@link #problem()} sentence and Hugo's defaults stand in. Immutable.
 */
public final class HugoConfig implements SiteConfig {
    private final Map<String, Object> values;
    private final String problem;
    private final String fileName;

    HugoConfig(Map<String, Object> values, String problem, String fileName) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.problem = problem;
        this.fileName = fileName;
    }

    /** Hugo's defaults: no baseURL, content in {@code content/}, tags and categories. */
    public static HugoConfig defaults() {
        return new HugoConfig(Map.of(), null, "");
    }

    /** The config file that was read first ({@code hugo.toml}, {@code config/_default/hugo.toml}); empty when none. */
    public String fileName() {
        return fileName;
    }

    @Override
    public Map<String, Object> all() {
        return values;
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The value of a key, ignoring case, at the top level; empty when absent. */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(lookup(values, key));
    }

    /** A top-level setting as text; empty when absent or not a scalar. */
    public Optional<String> string(String key) {
        return get(key).filter(v -> !(v instanceof Map) && !(v instanceof List)).map(String::valueOf);
    }

    /** A table ({@code [markup.goldmark]} is {@code table("markup", "goldmark")}); empty map when absent. */
    public Map<String, Object> table(String... path) {
        Object at = values;
        for (String key : path) {
            if (!(at instanceof Map<?, ?> map)) {
                return Map.of();
            }
            at = lookup(map, key);
        }
        return at instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
    }

    /** {@code baseURL} as written; empty string when unset. */
    public String baseURL() {
        return string("baseURL").orElse("").trim();
    }

    /** The path part of {@code baseURL}, without a trailing slash ({@code /blog}); empty string for a site at the host's root. */
    @Override
    public String baseurl() {
        String path = uri().map(URI::getRawPath).orElse("");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** Scheme and host of {@code baseURL} ({@code https://example.org}); empty string when unset or relative. */
    @Override
    public String url() {
        return uri().filter(u -> u.getScheme() != null && u.getRawAuthority() != null)
                .map(u -> u.getScheme() + "://" + u.getRawAuthority()).orElse("");
    }

    private Optional<URI> uri() {
        String base = baseURL();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(base));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Hugo has no exclude list of paths ({@code ignoreFiles} are regular expressions): empty. */
    @Override
    public List<String> exclude() {
        return List.of();
    }

    /** {@code contentDir}; {@code content} by default. */
    public String contentDir() {
        return folder(string("contentDir").orElse("content"), "content");
    }

    /** {@code archetypeDir}; {@code archetypes} by default. */
    public String archetypeDir() {
        return folder(string("archetypeDir").orElse("archetypes"), "archetypes");
    }

    /** {@code layoutDir}; {@code layouts} by default. */
    public String layoutDir() {
        return folder(string("layoutDir").orElse("layouts"), "layouts");
    }

    /** {@code assetDir}; {@code assets} by default. */
    public String assetDir() {
        return folder(string("assetDir").orElse("assets"), "assets");
    }

    /** {@code staticDir} (a name or a list); {@code static} by default. */
    public List<String> staticDirs() {
        List<String> dirs = new ArrayList<>();
        for (String d : strings(get("staticDir").orElse(null))) {
            String f = folder(d, "");
            if (!f.isEmpty() && !dirs.contains(f)) {
                dirs.add(f);
            }
        }
        return dirs.isEmpty() ? List.of("static") : List.copyOf(dirs);
    }

    /** {@code theme}: one name or a list; empty when the site names none (or uses modules only). */
    public List<String> themes() {
        return strings(get("theme").orElse(null)).stream().filter(t -> !t.isBlank() && !t.contains(".."))
                .toList();
    }

    /** {@code defaultContentLanguage}, lower case; {@code en} by default. */
    public String defaultLanguage() {
        return string("defaultContentLanguage").orElse("en").trim().toLowerCase(Locale.ROOT);
    }

    /** The language codes of {@code [languages]}, lower case, in the order written (may be empty). */
    public List<String> languages() {
        return table("languages").keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    }

    /** The content folders: {@code contentDir}, then each language's own {@code contentDir}, without repeats. */
    public List<String> contentDirs() {
        List<String> dirs = new ArrayList<>();
        dirs.add(contentDir());
        for (Map.Entry<String, Object> lang : table("languages").entrySet()) {
            if (lang.getValue() instanceof Map<?, ?> settings) {
                Object dir = lookup(settings, "contentDir");
                String f = dir == null ? "" : folder(String.valueOf(dir), "");
                if (!f.isEmpty() && !dirs.contains(f)) {
                    dirs.add(f);
                }
            }
        }
        return List.copyOf(dirs);
    }

    /**
     * {@code [taxonomies]}: singular to plural ({@code tag -> tags}); Hugo's default is tags and
     * categories. An explicitly empty table means the site has none.
     */
    public Map<String, String> taxonomies() {
        Optional<Object> t = get("taxonomies");
        if (t.isEmpty() || !(t.get() instanceof Map<?, ?>)) {
            Map<String, String> d = new LinkedHashMap<>();
            d.put("tag", "tags");
            d.put("category", "categories");
            return Collections.unmodifiableMap(d);
        }
        Map<String, String> out = new LinkedHashMap<>();
        table("taxonomies").forEach((k, v) -> {
            if (v != null && !String.valueOf(v).isBlank()) {
                out.put(k, String.valueOf(v));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** {@code [markup.goldmark]}, for the Markdown flavour; empty when unset. */
    public Map<String, Object> goldmark() {
        return table("markup", "goldmark");
    }

    /** {@code [markup.highlight]}; empty when unset. */
    public Map<String, Object> highlight() {
        return table("markup", "highlight");
    }

    /** {@code [permalinks]}: section (or {@code page.SECTION} in newer Hugo) to pattern; empty when unset. */
    public Map<String, String> permalinks() {
        Map<String, String> out = new LinkedHashMap<>();
        table("permalinks").forEach((k, v) -> {
            if (v instanceof Map<?, ?> kind) {
                if (k.equalsIgnoreCase("page")) {
                    kind.forEach((s, p) -> out.putIfAbsent(String.valueOf(s), String.valueOf(p)));
                }
            } else if (v != null) {
                out.put(k, String.valueOf(v));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** {@code uglyURLs}: pages as {@code x.html} rather than {@code x/}. */
    public boolean uglyURLs() {
        return get("uglyURLs").map(v -> Boolean.parseBoolean(String.valueOf(v))).orElse(false);
    }

    /** {@code [frontmatter] date}: the keys a page's date is read from, in order; Hugo's default. */
    public List<String> dateKeys() {
        List<String> keys = strings(lookup(table("frontmatter"), "date"));
        return keys.isEmpty() ? List.of("date", "publishDate", "lastmod") : keys;
    }

    /** The site's title; empty when unset. */
    public String title() {
        return string("title").orElse("");
    }

    HugoConfig withProblem(String sentence) {
        return new HugoConfig(values, sentence, fileName);
    }

    /** A folder name as the config gives it, with no leading {@code ./} or trailing slash; {@code fallback} when it leaves the site. */
    private static String folder(String written, String fallback) {
        String f = written.trim().replace('\\', '/');
        while (f.startsWith("./")) {
            f = f.substring(2);
        }
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        if (f.isEmpty() || f.startsWith("/") || f.equals("..") || f.startsWith("../") || f.contains("/../")
                || f.endsWith("/..") || f.matches("^[A-Za-z]:.*")) {
            return fallback;
        }
        return f;
    }

    static Object lookup(Map<?, ?> map, String key) {
        Object exact = map.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (String.valueOf(e.getKey()).equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return Collections.unmodifiableMap(out);
    }

    private static List<String> strings(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().filter(o -> o != null).map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }
}
