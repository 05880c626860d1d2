package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.io.WriteGuard;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and writes {@value #FILE_NAME} at a blog's root. Jekyll does not publish files whose
 * name starts with a dot, so the settings travel with the blog in git but never reach the site.
 * Only values that differ from what the blog's posts already do are written, so a blog whose
 * habits change (its first images, a moved folder) is followed unless the author chose otherwise.
 * Keys Postdesk does not know are kept.
 */
public final class BlogSettingsFile {
    public static final String FILE_NAME = ".postdesk.yml";

    static final String FOLDER = "image_folder";
    static final String TEMPLATE = "image_link";
    static final String KEEP_GPS = "keep_gps";
    static final String MAX_WIDTH = "max_width";
    static final String GPS_NOTICE = "gps_notice_shown";

    private static final String HEADER = "# Postdesk settings for this blog. Jekyll does not publish files whose name"
            + " starts with a dot.\n";

    /** The settings, and a sentence when the file exists but could not be used (then the defaults are used). */
    public record Loaded(BlogSettings settings, Optional<String> problem) {
    }

    private final Path file;
    private final ImageStyle learned;

    /** @param learned the blog's image style as learned from its posts ({@link BlogConventions#imageStyle()}) */
    public BlogSettingsFile(Path blogRoot, ImageStyle learned) {
        this.file = blogRoot.resolve(FILE_NAME);
        this.learned = learned;
    }

    public Path file() {
        return file;
    }

    public ImageStyle learned() {
        return learned;
    }

    public BlogSettings defaults() {
        return BlogSettings.defaults(learned);
    }

    /** Never throws: a missing file gives the defaults; a broken one the defaults and a sentence. */
    public Loaded load() {
        BlogSettings d = defaults();
        if (!Files.isRegularFile(file)) {
            return new Loaded(d, Optional.empty());
        }
        Map<String, Object> map;
        try {
            map = read();
        } catch (IOException | YAMLException | ClassCastException e) {
            return new Loaded(d, Optional.of("Could not read " + FILE_NAME + " (" + firstLine(e) + "); Postdesk uses the blog's usual image settings until it is fixed."));
        }
        BlogSettings s = new BlogSettings(
                text(map.get(FOLDER), d.imageFolder()),
                text(map.get(TEMPLATE), d.linkTemplate()),
                map.get(KEEP_GPS) instanceof Boolean b ? b : d.keepGps(),
                map.get(MAX_WIDTH) instanceof Integer i ? i : d.maxWidth(),
                map.get(GPS_NOTICE) instanceof Boolean b ? b : d.gpsNoticeShown());
        Optional<String> problem = s.problem();
        if (problem.isPresent()) {
            return new Loaded(d, Optional.of(FILE_NAME + ": " + problem.get()
                    + " Postdesk uses the blog's usual image settings until it is fixed."));
        }
        return new Loaded(s, Optional.empty());
    }

    /**
     * Writes {@code settings} atomically. Values equal to the defaults are left out; when nothing
     * is left and the file does not exist, nothing is written.
     *
     * @throws IOException with a sentence when the values are unusable, the existing file does not
     *                     parse (it is left as it is), or writing fails
     */
    public void save(BlogSettings settings) throws IOException {
        Optional<String> problem = settings.problem();
        if (problem.isPresent()) {
            throw new IOException(problem.get() + " The settings were not saved.");
        }
        boolean exists = Files.isRegularFile(file);
        Map<String, Object> map;
        try {
            map = exists ? read() : new LinkedHashMap<>();
        } catch (YAMLException | ClassCastException e) {
            throw new IOException(FILE_NAME + " does not parse, so Postdesk did not overwrite it; fix or delete it."
                    + " The settings were not saved.", e);
        }
        BlogSettings d = defaults();
        put(map, FOLDER, settings.normalizedFolder(), d.imageFolder());
        put(map, TEMPLATE, settings.linkTemplate(), d.linkTemplate());
        put(map, KEEP_GPS, settings.keepGps(), d.keepGps());
        put(map, MAX_WIDTH, settings.maxWidth(), d.maxWidth());
        put(map, GPS_NOTICE, settings.gpsNoticeShown(), d.gpsNoticeShown());
        if (map.isEmpty() && !exists) {
            return;
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        String yaml = map.isEmpty() ? "" : new Yaml(options).dump(map);
        WriteGuard.forBlog(file.toAbsolutePath().getParent()).write(file, (HEADER + yaml).getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> read() throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<String, Object> map = new LinkedHashMap<>();
        if (root == null) {
            return map;
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new YAMLException("the file is not a list of key: value lines");
        }
        m.forEach((k, v) -> map.put(String.valueOf(k), v));
        return map;
    }

    private static void put(Map<String, Object> map, String key, Object value, Object defaultValue) {
        if (value.equals(defaultValue)) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }
}
