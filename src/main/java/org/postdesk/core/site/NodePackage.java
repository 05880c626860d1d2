package org.postdesk.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What a folder's {@code package.json} says that generators ask: its top-level keys that hold an
 * object ({@code "hexo": {"version": ...}}, as {@code hexo init} writes) and the names in its
 * {@code dependencies} and {@code devDependencies}. Reading never fails: a missing, huge (over
 * 1 MB) or broken file is {@link #NONE} (docs/decisions/0038).
 *
 * @param sections     the top-level keys whose value is an object
 * @param dependencies the names in {@code dependencies} and {@code devDependencies}
 */
public record NodePackage(Set<String> sections, Set<String> dependencies) {
    private static final long MAX_BYTES = 1_000_000;
    /** No package, or one that could not be read. */
    public static final NodePackage NONE = new NodePackage(Set.of(), Set.of());

    public NodePackage {
        sections = Set.copyOf(sections);
        dependencies = Set.copyOf(dependencies);
    }

    /** True when the package depends on {@code name} or has a top-level {@code name} object (a tool's marker). */
    public boolean marks(String name) {
        return dependencies.contains(name) || sections.contains(name);
    }

    /** True when some dependency's name starts with {@code prefix} ({@code hexo-renderer-markdown-it}). */
    public boolean dependsOnSome(String prefix) {
        return dependencies.stream().anyMatch(d -> d.startsWith(prefix));
    }

    /** Reads {@code dir/package.json}. */
    public static NodePackage in(Path dir) {
        Path file = dir.resolve("package.json");
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return NONE;
            }
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return NONE;
        }
    }

    /** Reads the text of a {@code package.json} (JSON is read as YAML's flow style; tabs become spaces). */
    public static NodePackage parse(String json) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit((int) MAX_BYTES + 1);
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(text.replace('\t', ' '));
        } catch (YAMLException | IllegalArgumentException | StackOverflowError e) {
            return NONE;
        }
        if (!(root instanceof Map<?, ?> map)) {
            return NONE;
        }
        Set<String> deps = new LinkedHashSet<>();
        Set<String> sections = new LinkedHashSet<>();
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?>) {
                sections.add(String.valueOf(k));
            }
        });
        for (String key : new String[] {"dependencies", "devDependencies"}) {
            if (map.get(key) instanceof Map<?, ?> d) {
                d.keySet().forEach(k -> deps.add(String.valueOf(k)));
            }
        }
        return new NodePackage(sections, deps);
    }
}
