package org.postdesk.core.site.hexo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.render.BlogFiles;

/**
 * The folder of a Hexo site as the render of one post sees it: a site path {@code /x} is the
 * asset folder of the post whose URL it starts with (what {@code {% asset_img %}} writes), else
 * {@code source/x}, else the theme's {@code themes/NAME/source/x}; a relative path is looked up
 * in the post's asset folder (with {@code post_asset_folder}), then beside the post file
 * ({@code ../images/x.png} as editors such as Typora show it), then in {@code source/}
 * (docs/decisions/0038). Lookups go to the wrapped files; thread-safe when they are.
 */
final class HexoUrlFiles implements BlogFiles {
    private final BlogFiles files;
    private final HexoConfig config;
    private final HexoNaming naming;
    private final HexoLinks links;
    private final String postPath;

    /** {@code links} may be null (no post URLs known); {@code postPath} relative to the root. */
    HexoUrlFiles(BlogFiles files, HexoConfig config, HexoNaming naming, HexoLinks links, String postPath) {
        this.files = files;
        this.config = config;
        this.naming = naming;
        this.links = links;
        this.postPath = postPath == null ? "" : postPath;
    }

    @Override
    public List<String> sitePaths(String path) {
        List<String> out = new ArrayList<>(4);
        String source = config.sourceDir() + "/";
        if (path.startsWith("/")) {
            // under root (/blog/x) or written without it (hexo-renderer-marked prepends root to /x)
            String base = config.baseurl();
            String inner = !base.isEmpty() && path.startsWith(base + "/") ? path.substring(base.length()) : path;
            if (links != null) {
                links.assetPath(base + inner).ifPresent(out::add);
            }
            out.add(source + inner.substring(1));
            config.string("theme").map(String::strip).filter(t -> t.matches("[\\w.-]+") && !t.startsWith("."))
                    .ifPresent(t -> out.add("themes/" + t + "/source/" + inner.substring(1)));
            return out;
        }
        if (config.postAssetFolder() && !postPath.isEmpty()) {
            out.add(naming.assetFolder(postPath) + path);
        }
        int slash = postPath.lastIndexOf('/');
        if (slash > 0) {
            out.add(postPath.substring(0, slash + 1) + path);
        }
        out.add(source + path);
        return out;
    }

    @Override
    public Optional<String> realPath(String relPath) {
        return files.realPath(relPath);
    }

    @Override
    public boolean exists(String relPath) {
        return files.exists(relPath);
    }

    @Override
    public boolean leavesBlog(String relPath) {
        return files.leavesBlog(relPath);
    }

    @Override
    public List<String> findByFileName(String fileName) {
        return files.findByFileName(fileName);
    }
}
