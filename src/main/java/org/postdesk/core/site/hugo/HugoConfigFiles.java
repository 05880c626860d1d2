package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Finds and reads a Hugo site's configuration (docs/decisions/0040): the first of
 * {@code hugo.toml|yaml|yml|json} and {@code config.toml|yaml|yml|json} at the root, then the
 * files of {@code config/_default/}, where {@code params.toml} is the {@code params} table,
 * {@code languages.fr.toml} the {@code fr} language, {@code params.fr.toml} that language's
 * params, and {@code hugo.toml}/{@code config.toml} the root. TOML is read with tomlj, YAML with
 * SnakeYAML's safe loader, JSON as the YAML it is. A file that does not parse is a sentence,
 * never an exception.
 */
final class HugoConfigFiles {
    static final List<String> ROOT_NAMES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");
    static final String CONFIG_DIR = "config/_default";
    private static final long MAX_BYTES = 2_000_000;

    private HugoConfigFiles() {
    }

    /** The root config file of {@code root}, relative ({@code hugo.toml}); empty when there is none. */
    static String rootFile(Path root) {
        for (String name : ROOT_NAMES) {
            if (Files.isRegularFile(root.resolve(name))) {
                return name;
            }
        }
        return "";
    }

    /** True when the site keeps its config in {@code config/_default/}. */
    static boolean hasConfigDir(Path root) {
        return Files.isDirectory(root.resolve(CONFIG_DIR));
    }

    /** Reads every config file of the site and merges them; problems become one sentence. */
    static HugoConfig read(Path root) {
        Map<String, Object> merged = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String first = rootFile(root);
        if (!first.isEmpty()) {
            merge(merged, parse(root.resolve(first), first, problems));
        }
        if (hasConfigDir(root)) {
            TreeMap<String, Path> files = new TreeMap<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(root.resolve(CONFIG_DIR))) {
                for (Path f : dir) {
                    String n = f.getFileName().toString();
                    if (Files.isRegularFile(f) && language(n) != null) {
                        files.put(n, f);
                    }
                }
            } catch (IOException e) {
                problems.add(CONFIG_DIR + " could not be read (" + e.getMessage() + ")");
            }
            // hugo.* and config.* first, so that the named files settle their own tables
            List<String> order = new ArrayList<>(files.keySet());
            order.sort((a, b) -> Boolean.compare(!isRootName(a), !isRootName(b)));
            for (String n : order) {
                String rel = CONFIG_DIR + "/" + n;
                Map<String, Object> values = parse(files.get(n), rel, problems);
                merge(merged, placed(n, values));
                if (first.isEmpty() && isRootName(n)) {
                    first = rel;
                }
            }
        }
        String problem = null;
        if (first.isEmpty() && !hasConfigDir(root)) {
            problem = "The site has no hugo.toml (nor config.toml or config/_default), so Postdesk uses"
                    + " Hugo's defaults (content in content/, no baseURL).";
        } else if (!problems.isEmpty()) {
            problem = String.join("; ", problems) + ". Postdesk uses Hugo's defaults for what it could not read.";
        }
        return new HugoConfig(merged, problem, first);
    }

    private static boolean isRootName(String fileName) {
        String base = fileName.substring(0, fileName.indexOf('.'));
        return (base.equals("hugo") || base.equals("config")) && fileName.indexOf('.') == fileName.lastIndexOf('.');
    }

    /** The values of {@code config/_default/NAME[.LANG].ext} placed where Hugo puts them. */
    private static Map<String, Object> placed(String fileName, Map<String, Object> values) {
        String[] parts = fileName.substring(0, fileName.lastIndexOf('.')).split("\\.");
        String name = parts[0];
        String lang = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : null;
        boolean root = name.equals("hugo") || name.equals("config");
        Map<String, Object> out = new LinkedHashMap<>();
        if (lang == null) {
            if (root) {
                return values;
            }
            out.put(name, values);
            return out;
        }
        Map<String, Object> language = new LinkedHashMap<>();
        if (root || name.equals("languages")) {
            language.putAll(values);
        } else {
            language.put(name, values);
        }
        Map<String, Object> languages = new LinkedHashMap<>();
        languages.put(lang, language);
        out.put("languages", languages);
        return out;
    }

    /** The language of a config file's extension, or null when it is not a config file. */
    private static String language(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || fileName.startsWith(".")) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "toml" -> "TOML";
            case "yaml", "yml" -> "YAML";
            case "json" -> "JSON";
            default -> null;
        };
    }

    /** The settings of one file; an unreadable or broken file adds a sentence and gives none. */
    static Map<String, Object> parse(Path file, String rel, List<String> problems) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(rel + " is larger than 2 MB, so Postdesk did not read it");
                return Map.of();
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(rel + " could not be read (" + e.getMessage() + ")");
            return Map.of();
        }
        return parseText(text, rel, problems);
    }

    /** The settings in {@code text}, read by the language its name says. */
    static Map<String, Object> parseText(String text, String rel, List<String> problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String language = language(rel.substring(rel.lastIndexOf('/') + 1));
        if ("TOML".equals(language)) {
            TomlParseResult toml = Toml.parse(text);
            if (toml.hasErrors()) {
                TomlParseError e = toml.errors().get(0);
                problems.add(rel + " is not valid TOML at line " + e.position().line() + ", column "
                        + e.position().column() + " (" + e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", "")
                        + "); Hugo would stop too");
                return Map.of();
            }
            return table(toml);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) MAX_BYTES);
        try {
            Object root = new Yaml(new SafeConstructor(options)).load(text);
            if (root == null) {
                return Map.of();
            }
            if (!(root instanceof Map<?, ?> map)) {
                problems.add(rel + " does not hold \"key: value\" settings");
                return Map.of();
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            problems.add(rel + " is not valid " + language + where + " (" + e.getProblem() + "); Hugo would stop too");
            return Map.of();
        } catch (YAMLException e) {
            problems.add(rel + " could not be read (" + e.getMessage() + ")");
            return Map.of();
        }
    }

    private static Map<String, Object> table(TomlTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            out.put(key, value(table.get(List.of(key))));
        }
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof TomlTable t) {
            return table(t);
        }
        if (v instanceof TomlArray a) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(value(a.get(i)));
            }
            return out;
        }
        return v;
    }

    /** Deep merge: tables merge key by key (ignoring case), the first value of a key wins. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> from) {
        for (Map.Entry<String, Object> e : from.entrySet()) {
            String existing = null;
            for (String k : into.keySet()) {
                if (k.equalsIgnoreCase(e.getKey())) {
                    existing = k;
                    break;
                }
            }
            if (existing == null) {
                into.put(e.getKey(), e.getValue() instanceof Map<?, ?> m ? copy(m) : e.getValue());
            } else if (into.get(existing) instanceof Map<?, ?> target && e.getValue() instanceof Map<?, ?> source) {
                Map<String, Object> t = copy(target);
                merge(t, copy(source));
                into.put(existing, t);
            }
        }
    }

    private static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> inner ? copy(inner) : v));
        return out;
    }
}
