package org.postdesk.core.site.jekyll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.site.SiteConfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Jekyll blog's {@code _config.yml}: the values Postdesk uses, plus everything as a map. Reading never
 * fails: a broken file gives an empty config and a {@link #problem()} sentence. Immutable.
 */
public final class JekyllConfig implements SiteConfig {
    private static final int MAX_CONFIG_CHARS = 2_000_000;
    private static final long MAX_CONFIG_BYTES = 2_000_000;

    private final Map<String, Object> values;
    private final String problem;

    private JekyllConfig(Map<String, Object> values, String problem) {
        this.values = Collections.unmodifiableMap(values);
        this.problem = problem;
    }

    /** A blog without {@code _config.yml}: Jekyll's defaults. */
    public static JekyllConfig empty() {
        return new JekyllConfig(new LinkedHashMap<>(), null);
    }

    static JekyllConfig missing() {
        return new JekyllConfig(new LinkedHashMap<>(), "The blog has no _config.yml, so Postdesk uses"
                + " Jekyll's defaults (no baseurl, Markdown files ending in .md or .markdown).");
    }

    /** Reads a blog's {@code _config.yml}; a missing, too large or unreadable file gives the defaults and a problem. */
    static JekyllConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            return missing();
        }
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                return parse("").withProblem("_config.yml is larger than 2 MB, so Postdesk did not"
                        + " read it and uses Jekyll's defaults.");
            }
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return parse("").withProblem("_config.yml could not be read (" + e.getMessage()
                    + "), so Postdesk uses Jekyll's defaults.");
        }
    }

    /** Reads the text of a {@code _config.yml}. */
    public static JekyllConfig parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(MAX_CONFIG_CHARS);
        try {
            Object root = new Yaml(new SafeConstructor(options)).load(yaml);
            if (root == null) {
                return empty();
            }
            if (!(root instanceof Map<?, ?> map)) {
                return new JekyllConfig(new LinkedHashMap<>(), "_config.yml does not hold \"key: value\""
                        + " settings, so Postdesk uses Jekyll's defaults.");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return new JekyllConfig(copy, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column "
                    + (mark.getColumn() + 1);
            return new JekyllConfig(new LinkedHashMap<>(), "_config.yml is not valid YAML" + where + " ("
                    + e.getProblem() + "); Jekyll would stop too. Postdesk uses Jekyll's defaults until it"
                    + " is fixed.");
        } catch (YAMLException e) {
            return new JekyllConfig(new LinkedHashMap<>(), "_config.yml could not be read (" + e.getMessage()
                    + "); Postdesk uses Jekyll's defaults.");
        }
    }

    JekyllConfig withProblem(String sentence) {
        return new JekyllConfig(new LinkedHashMap<>(values), sentence);
    }

    /** Why the config could not be used, as a sentence; empty when it was read. */
    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** All settings, as YAML gave them (String, Boolean, Number, Date, List, Map). */
    @Override
    public Map<String, Object> all() {
        return values;
    }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A setting as text; empty when absent or not a scalar. */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v == null || v instanceof Map || v instanceof List ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    /** {@code baseurl}, without a trailing slash; empty string when unset. */
    @Override
    public String baseurl() {
        String b = string("baseurl").orElse("").trim();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** {@code url}, without a trailing slash; empty string when unset. */
    @Override
    public String url() {
        String u = string("url").orElse("").trim();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** {@code permalink}; Jekyll's default is {@code date}. */
    public String permalink() {
        return string("permalink").orElse("date");
    }

    /** {@code markdown}; Jekyll's default is {@code kramdown}. */
    public String markdown() {
        return string("markdown").orElse("kramdown");
    }

    /** The {@code kramdown} settings (e.g. {@code input: GFM}); empty when unset. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> kramdown() {
        Object k = values.get("kramdown");
        if (!(k instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, v) -> copy.put(String.valueOf(key), v));
        return Collections.unmodifiableMap(copy);
    }

    /** {@code exclude} entries (a single string counts as one entry). */
    @Override
    public List<String> exclude() {
        return stringList("exclude");
    }

    /** {@code include} entries. */
    public List<String> include() {
        return stringList("include");
    }

    /** {@code markdown_ext} as lower-case extensions without dots; Jekyll's default when unset. */
    public List<String> markdownExtensions() {
        Optional<String> ext = string("markdown_ext");
        if (ext.isEmpty() || ext.get().isBlank()) {
            return JekyllNaming.DEFAULT_MARKDOWN_EXTENSIONS;
        }
        List<String> out = new ArrayList<>();
        for (String part : ext.get().split(",")) {
            String e = part.trim().toLowerCase(Locale.ROOT);
            if (e.startsWith(".")) {
                e = e.substring(1);
            }
            if (!e.isEmpty() && !out.contains(e)) {
                out.add(e);
            }
        }
        return out.isEmpty() ? JekyllNaming.DEFAULT_MARKDOWN_EXTENSIONS : List.copyOf(out);
    }

    private List<String> stringList(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (o != null) {
                    out.add(String.valueOf(o));
                }
            }
            return List.copyOf(out);
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }
}
