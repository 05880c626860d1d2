package org.postdesk.core.site.jekyll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.render.kramdown.KramdownFlavour;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.NodePackage;
import org.postdesk.core.site.Recognition;
import org.postdesk.core.site.Site;

/**
 * Jekyll: a folder with a {@code _posts/} folder (a marker), or with a {@code _config.yml} (a
 * hint: Hexo writes one too), unless the folder has Hexo's marks (a {@link NodePackage} that
 * depends on {@code hexo} and a {@code source/} folder) and no {@code _posts/} (docs/decisions/0029,
 * 0038).
 */
public final class JekyllGenerator implements Generator {

    @Override
    public String id() {
        return "jekyll";
    }

    @Override
    public String displayName() {
        return "Jekyll";
    }

    @Override
    public TemplatePass templatePass() {
        return JekyllSite.LIQUID;
    }

    @Override
    public MarkdownFlavour markdownFlavour() {
        return KramdownFlavour.INSTANCE;
    }

    @Override
    public String starterFolder() {
        return JekyllSite.POSTS;
    }

    @Override
    public Recognition recognise(Path dir) {
        try {
            if (dir == null || !Files.isDirectory(dir)) {
                return Recognition.none("This is not a folder");
            }
            boolean posts = Files.isDirectory(dir.resolve(JekyllSite.POSTS));
            boolean config = Files.isRegularFile(dir.resolve(JekyllSite.CONFIG));
            if (posts) {
                return new Recognition(config ? Recognition.MARKER + Recognition.HINT : Recognition.MARKER,
                        "This folder has a _posts folder");
            }
            if (config && Files.isDirectory(dir.resolve("source")) && NodePackage.in(dir).marks("hexo")) {
                return Recognition.none("This folder's _config.yml sits beside a package.json that depends on hexo"
                        + " and a source folder, as in a Hexo site");
            }
            return config ? new Recognition(Recognition.HINT, "This folder has a _config.yml")
                    : Recognition.none("This folder has neither _config.yml nor a _posts folder");
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
        return new JekyllSite(this, root, JekyllConfig.read(root.resolve(JekyllSite.CONFIG)), recognise(root));
    }
}
