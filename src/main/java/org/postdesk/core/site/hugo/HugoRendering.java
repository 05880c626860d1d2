package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.site.hugo.render.GoldmarkFlavour;
import org.postdesk.core.site.hugo.render.HugoMarkup;
import org.postdesk.core.site.hugo.render.ShortcodePass;

/**
 * How a Hugo site's text becomes HTML: the shortcode pass ({@link ShortcodePass}) and Goldmark's
 * flavour with the site's {@code markup} settings ({@link GoldmarkFlavour}). The one place the Hugo
 * adapter asks (docs/decisions/0040, 0041).
 */
public final class HugoRendering {

    /** The site's own shortcode templates larger than this are not read (a template is a few kB). */
    private static final long TEMPLATE_LIMIT = 256 * 1024;

    /** One flavour per settings value, so a site's pass and its Markdown share one renderer. */
    private static final ConcurrentMap<HugoMarkup, GoldmarkFlavour> FLAVOURS = new ConcurrentHashMap<>();

    private HugoRendering() {
    }

    /** The pass for a site with this config, without the site's own shortcode templates. */
    public static TemplatePass templatePass(HugoConfig config) {
        return new ShortcodePass(goldmark(config), Map.of(), config.table("params"));
    }

    /**
     * The pass for the site at {@code root}: its own shortcodes ({@code layouts/shortcodes/}, read
     * once here) are shown as placeholders of the site's, the others as a theme's. Shared, thread-safe.
     */
    public static TemplatePass templatePass(HugoConfig config, Path root) {
        return new ShortcodePass(goldmark(config), siteShortcodes(root.resolve(config.layoutDir()).resolve("shortcodes")),
                config.table("params"));
    }

    /**
     * The Markdown flavour for a site with this config. The pipeline keeps one renderer per
     * flavour instance; sites with the same settings share one.
     */
    public static MarkdownFlavour flavour(HugoConfig config) {
        return goldmark(config);
    }

    private static GoldmarkFlavour goldmark(HugoConfig config) {
        return FLAVOURS.computeIfAbsent(HugoMarkup.from(config.table("markup")), GoldmarkFlavour::new);
    }

    /** Lower-case name (path under the folder, no suffix) to template text; what cannot be read is left out. */
    static Map<String, String> siteShortcodes(Path folder) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(folder, 4)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                int dot = rel.indexOf('.', rel.lastIndexOf('/') + 1);
                String name = (dot < 0 ? rel : rel.substring(0, dot)).toLowerCase(Locale.ROOT);
                try {
                    String text = Files.size(p) <= TEMPLATE_LIMIT ? Files.readString(p, StandardCharsets.UTF_8) : "";
                    out.putIfAbsent(name, text);
                } catch (IOException | RuntimeException e) {
                    out.putIfAbsent(name, "");
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: its shortcodes are shown as a theme's
        }
        return out;
    }
}
