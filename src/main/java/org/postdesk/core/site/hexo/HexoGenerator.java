package org.postdesk.core.site.hexo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.NodePackage;
import org.postdesk.core.site.Recognition;
import org.postdesk.core.site.Site;

/**
 * Hexo: a folder with a {@code package.json} that marks a Hexo site (a {@code "hexo"} object or
 * a dependency on {@code hexo}) and a {@code source/} folder (together a marker), and usually a
 * {@code _config.yml} (a hint, as for Jekyll). A {@code _config.yml} alone is never enough, and a
 * package that depends only on {@code hexo-cli} or a plugin does not count (docs/decisions/0038).
 */
public final class HexoGenerator implements Generator {

    @Override
    public String id() {
        return "hexo";
    }

    @Override
    public String displayName() {
        return "Hexo";
    }

    @Override
    public String starterFolder() {
        return "source/_posts";
    }

    /** Asked lazily: the registry that gives the fallback's pass lists this generator. */
    @Override
    public TemplatePass templatePass() {
        return HexoRendering.templatePass(HexoConfig.defaults());
    }

    @Override
    public MarkdownFlavour markdownFlavour() {
        return HexoRendering.flavour(HexoConfig.defaults());
    }

    @Override
    public Recognition recognise(Path dir) {
        try {
            if (dir == null || !Files.isDirectory(dir)) {
                return Recognition.none("This is not a folder");
            }
            boolean source = Files.isDirectory(dir.resolve("source"));
            boolean pack = Files.isRegularFile(dir.resolve("package.json"));
            boolean hexo = pack && NodePackage.in(dir).marks("hexo");
            boolean config = Files.isRegularFile(dir.resolve(HexoConfig.FILE));
            if (hexo && source) {
                return new Recognition(config ? Recognition.MARKER + Recognition.HINT : Recognition.MARKER,
                        "This folder has a package.json that depends on hexo and a source folder");
            }
            if (!pack) {
                return Recognition.none("This folder has no package.json that depends on hexo");
            }
            if (!hexo) {
                return Recognition.none("This folder's package.json does not depend on hexo");
            }
            return Recognition.none("This folder's package.json depends on hexo, but it has no source folder");
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
        return new HexoSite(this, root, HexoConfig.read(root), recognise(root));
    }
}
