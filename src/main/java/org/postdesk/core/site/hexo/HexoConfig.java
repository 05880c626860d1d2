package org.postdesk.core.site.hexo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.site.NodePackage;
import org.postdesk.core.site.SiteConfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Hexo site's {@code _config.yml} with Hexo's defaults for what it leaves out, and its
 * {@code package.json}. Reading never fails: a broken file gives the defaults and a
 * {@link #problem()} sentence. Immutable (docs/decisions/0038).
 */
public final class HexoConfig implements SiteConfig {
    static final String FILE = "_config.yml";
    private static final long MAX_BYTES = 2_000_000;

    private final Map<String, Object> values;
    private final NodePackage pack;
    private final String problem;

    private HexoConfig(Map<String, Object> values, NodePackage pack, String problem) {
        this.values = Collections.unmodifiableMap(values);
        this.pack = pack;
        this.problem = problem;
    }

    /** Hexo's defaults, no package. */
    public static HexoConfig defaults() {
        return new HexoConfig(new LinkedHashMap<>(), NodePackage.NONE, null);
    }

    /** Reads {@code root/_config.yml} and {@code root/package.json}. */
    static HexoConfig read(Path root) {
        NodePackage pack = NodePackage.in(root);
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new HexoConfig(new LinkedHashMap<>(), pack, "The site has no " + FILE
                    + ", so Postdesk uses Hexo's defaults (posts named :title.md, no asset folders).");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new HexoConfig(new LinkedHashMap<>(), pack, FILE + " is larger than 2 MB, so Postdesk did not"
                        + " read it and uses Hexo's defaults.");
            }
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), pack);
        } catch (IOException e) {
            return new HexoConfig(new LinkedHashMap<>(), pack, FILE + " could not be read, so Postdesk uses"
                    + " Hexo's defaults.");
        }
    }

    /** Reads the text of a {@code _config.yml}. */
    public static HexoConfig parse(String yaml, NodePackage pack) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) MAX_BYTES);
        try {
            Object root = new Yaml(new SafeConstructor(options)).load(yaml);
            if (root == null) {
                return new HexoConfig(new LinkedHashMap<>(), pack, null);
            }
            if (!(root instanceof Map<?, ?> map)) {
                return new HexoConfig(new LinkedHashMap<>(), pack, FILE + " does not hold \"key: value\" settings,"
                        + " so Postdesk uses Hexo's defaults.");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return new HexoConfig(copy, pack, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            return new HexoConfig(new LinkedHashMap<>(), pack, FILE + " is not valid YAML" + where + " ("
                    + e.getProblem() + "); Hexo would stop too. Postdesk uses Hexo's defaults until it is fixed.");
        } catch (YAMLException e) {
            return new HexoConfig(new LinkedHashMap<>(), pack, FILE + " could not be read as YAML, so Postdesk uses"
                    + " Hexo's defaults.");
        }
    }

    @Override
    public Map<String, Object> all() {
        return values;
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The package.json the site was read with. */
    public NodePackage packageJson() {
        return pack;
    }

    /** A setting as text; empty when absent or not a scalar. */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v == null || v instanceof Map || v instanceof List ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    /** {@code root} as a path prefix without a trailing slash ({@code /} gives the empty string, {@code /blog/} gives {@code /blog}). */
    @Override
    public String baseurl() {
        String r = string("root").orElse("/").trim();
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r.isEmpty() || r.startsWith("/") ? r : "/" + r;
    }

    @Override
    public String url() {
        String u = string("url").orElse("").trim();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** {@code exclude} and {@code ignore} entries and the output folder ({@code public_dir}). */
    @Override
    public List<String> exclude() {
        List<String> out = new ArrayList<>(stringList("exclude"));
        out.addAll(stringList("ignore"));
        out.add(publicDir());
        return List.copyOf(out);
    }

    public String publicDir() {
        return safeFolder(string("public_dir").orElse("public"), "public");
    }

    /** {@code source_dir} when it is a plain folder inside the site; {@code source} otherwise. */
    public String sourceDir() {
        return safeFolder(string("source_dir").orElse("source"), "source");
    }

    private static String safeFolder(String value, String fallback) {
        String s = value.trim().replace('\\', '/');
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.startsWith("/") || s.contains(":") || List.of(s.split("/")).contains("..")
                || List.of(s.split("/")).contains(".")) {
            return fallback;
        }
        return s;
    }

    /** {@code permalink}; Hexo's default {@code :year/:month/:day/:title/}. */
    public String permalink() {
        return string("permalink").filter(s -> !s.isBlank()).orElse(":year/:month/:day/:title/");
    }

    /** {@code new_post_name}; Hexo's default {@code :title.md}. */
    public String newPostName() {
        return string("new_post_name").filter(s -> !s.isBlank()).map(String::trim).orElse(":title.md");
    }

    /** The extension of {@code new_post_name} without the dot ({@code md}). */
    public String newPostExtension() {
        String name = newPostName();
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash && dot < name.length() - 1 ? name.substring(dot + 1) : "md";
    }

    public boolean postAssetFolder() {
        return flag(values.get("post_asset_folder"));
    }

    /** {@code marked.postAsset}: a relative {@code ![](x.png)} in a post means its asset folder. */
    public boolean markedPostAsset() {
        return values.get("marked") instanceof Map<?, ?> m && flag(m.get("postAsset"));
    }

    public boolean renderDrafts() {
        return flag(values.get("render_drafts"));
    }

    /** {@code default_layout}; Hexo's default {@code post}. */
    public String defaultLayout() {
        return string("default_layout").filter(s -> !s.isBlank()).orElse("post");
    }

    /** {@code filename_case}: 0 keeps, 1 lower-cases, 2 upper-cases new names. */
    public int filenameCase() {
        return string("filename_case").map(String::trim).map(s -> s.equals("1") ? 1 : s.equals("2") ? 2 : 0).orElse(0);
    }

    public String dateFormat() {
        return string("date_format").filter(s -> !s.isBlank()).orElse("YYYY-MM-DD");
    }

    public String timeFormat() {
        return string("time_format").filter(s -> !s.isBlank()).orElse("HH:mm:ss");
    }

    /** {@code timezone} as a zone; empty when unset or not a zone name Java knows. */
    public Optional<ZoneId> timezone() {
        Optional<String> tz = string("timezone").map(String::trim).filter(s -> !s.isEmpty());
        try {
            return tz.map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code skip_render} globs (a single string counts as one). */
    public List<String> skipRender() {
        return stringList("skip_render");
    }

    /** {@code include} globs: hidden files Hexo still reads. */
    public List<String> include() {
        return stringList("include");
    }

    /** The {@code marked} settings; empty when unset. */
    public Map<String, Object> marked() {
        return section("marked");
    }

    /** A nested setting ({@code markdown}, {@code marked}); empty when unset or not a map. */
    public Map<String, Object> section(String key) {
        if (!(values.get(key) instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return Collections.unmodifiableMap(copy);
    }

    private static boolean flag(Object v) {
        return v instanceof Boolean b ? b : v != null && String.valueOf(v).trim().toLowerCase(Locale.ROOT).equals("true");
    }

    private List<String> stringList(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            return list.stream().filter(o -> o != null).map(String::valueOf).toList();
        }
        return v == null || v instanceof Map || String.valueOf(v).isBlank() ? List.of() : List.of(String.valueOf(v));
    }
}
