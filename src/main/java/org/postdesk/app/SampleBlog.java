package org.postdesk.app;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.postdesk.core.io.BundledFolder;
import org.postdesk.core.io.FolderFiles;

/**
 * The sample blog shipped on the class path ({@code assets/sample-blog} in the sources, put at
 * {@value #RESOURCE} by the build), copied out into a writable folder by
 * {@link BundledFolder}.
 */
public final class SampleBlog {

    public static final String RESOURCE = "/org/postdesk/sample-blog";
    public static final String FOLDER_NAME = "Postdesk Sample Blog";
    /** The sample Hexo site ({@code assets/sample-hexo}), docs/decisions/0038. */
    public static final String HEXO_RESOURCE = "/org/postdesk/sample-hexo";
    public static final String HEXO_FOLDER_NAME = "Postdesk Sample Hexo Blog";

    /** The sample Hugo site ({@code assets/sample-hugo}), opened from the File menu (docs/decisions/0040). */
    public static final String HUGO_RESOURCE = "/org/postdesk/sample-hugo";
    public static final String HUGO_FOLDER_NAME = "Postdesk Sample Hugo Site";

    private SampleBlog() {
    }

    /**
     * Copies the sample Hugo site into {@code target} unless a site is already there; returns
     * {@code target}.
     */
    public static Path copyHugoTo(Path target) throws IOException {
        if (FolderFiles.isRegularFile(target.resolve("hugo.toml"))) {
            return target;
        }
        URL marker = SampleBlog.class.getResource(HUGO_RESOURCE + "/hugo.toml");
        if (marker == null) {
            throw new IOException("the sample Hugo site is missing from the application");
        }
        BundledFolder.copy(marker, HUGO_RESOURCE, target);
        return target;
    }

    /**
     * Copies the sample blog into {@code target} unless a blog is already there; returns
     * {@code target}.
     */
    public static Path copyTo(Path target) throws IOException {
        if (FolderFiles.isRegularFile(target.resolve("_config.yml"))) {
            return target;
        }
        URL marker = SampleBlog.class.getResource(RESOURCE + "/_config.yml");
        if (marker == null) {
            throw new IOException("the sample blog is missing from the application");
        }
        BundledFolder.copy(marker, RESOURCE, target);
        return target;
    }

    /**
     * Copies the sample Hexo site into {@code target} unless a site is already there (its
     * {@code package.json}); returns {@code target}.
     */
    public static Path copyHexoTo(Path target) throws IOException {
        if (FolderFiles.isRegularFile(target.resolve("package.json"))) {
            return target;
        }
        URL marker = SampleBlog.class.getResource(HEXO_RESOURCE + "/package.json");
        if (marker == null) {
            throw new IOException("the sample Hexo site is missing from the application");
        }
        BundledFolder.copy(marker, HEXO_RESOURCE, target);
        return target;
    }
}
