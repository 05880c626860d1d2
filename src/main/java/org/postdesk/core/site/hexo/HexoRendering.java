package org.postdesk.core.site.hexo;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.site.hexo.render.HexoFlavour;
import org.postdesk.core.site.hexo.render.HexoMarkdown;
import org.postdesk.core.site.hexo.render.HexoTagPass;

/**
 * The engines a Hexo site renders with (docs/decisions/0039): the tag pass before Markdown
 * ({@link HexoTagPass}) and the Markdown flavour of the blog's renderer plugin
 * ({@link HexoFlavour}: hexo-renderer-markdown-it when {@code package.json} depends on it, else
 * hexo-renderer-marked), with the blog's {@code marked:} or {@code markdown:} settings. Blogs with
 * the same settings share one flavour and one pass (the pipeline keeps one renderer per flavour
 * instance, so a new instance per opening would pile up renderers).
 */
public final class HexoRendering {

    /** One flavour and pass per distinct settings; few blogs, so never more than a handful. */
    private static final ConcurrentMap<HexoMarkdown, Engines> ENGINES = new ConcurrentHashMap<>();

    private record Engines(HexoFlavour flavour, HexoTagPass pass) {
        static Engines of(HexoMarkdown settings) {
            HexoFlavour flavour = new HexoFlavour(settings);
            return new Engines(flavour, new HexoTagPass(flavour));
        }
    }

    private HexoRendering() {
    }

    /** The template pass for a site of this config. Thread-safe, shared. */
    public static TemplatePass templatePass(HexoConfig config) {
        return engines(config).pass();
    }

    /** The Markdown flavour for a site of this config. Shared per settings. */
    public static MarkdownFlavour flavour(HexoConfig config) {
        return engines(config).flavour();
    }

    /** What the blog's Markdown plugin and settings are. */
    static HexoMarkdown settings(HexoConfig config) {
        boolean markdownIt = config.packageJson().marks("hexo-renderer-markdown-it");
        return HexoMarkdown.of(config.all(), markdownIt);
    }

    private static Engines engines(HexoConfig config) {
        return ENGINES.computeIfAbsent(settings(config), Engines::of);
    }
}
