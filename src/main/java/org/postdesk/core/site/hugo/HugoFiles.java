package org.postdesk.core.site.hugo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.SiteUrlResolver;

/**
 * A Hugo site's folder as the links of one page see it (docs/decisions/0040): a link written
 * relative to the page resolves against the page's URL, which for a bundle ({@code x/index.md})
 * is its folder, so {@code cover.jpg} is the resource beside it; a path from the site's root
 * ({@code /images/a.png}, the base URL's path already taken off) is served from the first of
 * the static folders, the content folders (a bundle's resources at their page's URL), the
 * themes' static folders and {@code assets/} that holds it; a missing file is named where it
 * would be served from: beside a bundle's page for a relative link, else in the first static folder. Thread-safe when the wrapped folder is.
 */
final class HugoFiles implements BlogFiles {
    private final BlogFiles folder;
    private final List<String> roots;
    private final String pageDir;
    /** For a bundle's page, its content folder ({@code content}): a missing resource is named there. */
    private final String bundleRoot;

    /**
     * @param folder   the folder as it is
     * @param config   the site's config (static, content, theme and asset folders)
     * @param naming   the site's naming, for the page's place in its content folder
     * @param pagePath the page, relative to the root
     */
    HugoFiles(BlogFiles folder, HugoConfig config, HugoNaming naming, String pagePath) {
        this.folder = folder;
        List<String> r = new ArrayList<>(config.staticDirs());
        r.addAll(config.contentDirs());
        for (String theme : config.themes()) {
            r.add("themes/" + theme + "/static");
        }
        r.add(config.assetDir());
        this.roots = List.copyOf(r);
        this.pageDir = pageDir(naming, pagePath);
        boolean bundle = HugoNaming.isLeafBundle(pagePath) || HugoNaming.isBranchBundle(pagePath);
        String entry = naming.pathInContentFolder(pagePath);
        this.bundleRoot = bundle && !entry.equals(pagePath)
                ? pagePath.substring(0, pagePath.length() - entry.length() - 1) : null;
    }

    /** The site path of the page's URL folder: {@code posts/trip/} for {@code content/posts/trip/index.md} and {@code content/posts/trip.md}. */
    private static String pageDir(HugoNaming naming, String pagePath) {
        String entry = naming.pathInContentFolder(pagePath);
        if (entry.equals(pagePath) && !naming.inContentFolder(pagePath)) {
            return "";
        }
        int slash = entry.lastIndexOf('/');
        String folderPart = slash < 0 ? "" : entry.substring(0, slash + 1);
        if (HugoNaming.isLeafBundle(pagePath) || HugoNaming.isBranchBundle(pagePath)) {
            return folderPart;
        }
        return folderPart + naming.slugOf(entry) + "/";
    }

    @Override
    public List<String> sitePaths(String path) {
        return List.of(sourceOf(path));
    }

    /** The one place a link path is served from (docs/decisions/0040). */
    private String sourceOf(String path) {
        String sitePath = path.startsWith("/") ? path.substring(1) : pageDir + path;
        String normal = normalize(sitePath);
        if (normal == null || normal.isEmpty()) {
            return path.startsWith("/") ? path : sitePath;
        }
        for (String root : roots) {
            String candidate = root + "/" + normal;
            if (folder.realPath(candidate).isPresent()) {
                return candidate;
            }
        }
        if (!path.startsWith("/") && bundleRoot != null) {
            return bundleRoot + "/" + normal;
        }
        return roots.get(0) + "/" + normal;
    }

    @Override
    public Optional<String> realPath(String relPath) {
        return folder.realPath(relPath);
    }

    @Override
    public boolean exists(String relPath) {
        return folder.exists(relPath);
    }

    @Override
    public boolean leavesBlog(String relPath) {
        return folder.leavesBlog(relPath);
    }

    @Override
    public List<String> findByFileName(String fileName) {
        return folder.findByFileName(fileName);
    }

    /** {@code .} and {@code ..} resolved; null when the path climbs above the site's root. */
    private static String normalize(String path) {
        return SiteUrlResolver.normalize(path);
    }
}
