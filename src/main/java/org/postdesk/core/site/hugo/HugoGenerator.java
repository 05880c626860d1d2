package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Recognition;
import org.postdesk.core.site.Site;

/**
 * Hugo (docs/decisions/0040). Recognition: {@code hugo.toml|yaml|yml|json} or
 * {@code config/_default/} are files only Hugo makes (a marker); the older
 * {@code config.toml|yaml|yml|json} is a name other tools use too, so it counts (as a marker)
 * only beside a {@code content/} folder; {@code content/} beside the modern forms adds a hint.
 * So a Jekyll or Hexo blog with a stray {@code config.toml} stays theirs, and a Jekyll blog that
 * also has a {@code content/} folder too wins the tie by being listed first.
 */
public final class HugoGenerator implements Generator {
    static final HugoConfig DEFAULTS = HugoConfig.defaults();
    private static final TemplatePass PASS = HugoRendering.templatePass(DEFAULTS);
    private static final MarkdownFlavour FLAVOUR = HugoRendering.flavour(DEFAULTS);

    @Override
    public String id() {
        return "hugo";
    }

    @Override
    public String displayName() {
        return "Hugo";
    }

    @Override
    public String starterFolder() {
        return "content";
    }

    @Override
    public TemplatePass templatePass() {
        return PASS;
    }

    @Override
    public MarkdownFlavour markdownFlavour() {
        return FLAVOUR;
    }

    @Override
    public Recognition recognise(Path dir) {
        try {
            if (dir == null || !Files.isDirectory(dir)) {
                return Recognition.none("This is not a folder");
            }
            String file = HugoConfigFiles.rootFile(dir);
            boolean configDir = HugoConfigFiles.hasConfigDir(dir);
            boolean content = Files.isDirectory(dir.resolve("content"));
            boolean modern = file.startsWith("hugo.");
            if (modern || configDir) {
                String what = modern ? "a " + file : "a config/_default folder";
                return new Recognition(content ? Recognition.MARKER + Recognition.HINT : Recognition.MARKER,
                        "This folder has " + what + (content ? " and a content folder" : ""));
            }
            if (!file.isEmpty()) {
                return content ? new Recognition(Recognition.MARKER, "This folder has a " + file
                        + " and a content folder")
                        : Recognition.none("This folder has a " + file + " but no content folder");
            }
            return Recognition.none("This folder has no hugo.toml, config.toml or config/_default folder");
        } catch (SecurityException e) {
            return Recognition.none("This folder could not be read");
        }
    }

    @Override
    public Site open(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        return new HugoSite(this, root, HugoConfigFiles.read(root), recognise(root));
    }
}
