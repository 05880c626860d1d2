package org.postdesk.core.site.hexo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;

/** Small Hexo sites for tests, and their indexes. */
final class HexoSites {
    private HexoSites() {
    }

    /** A site with this {@code _config.yml} text and a package that depends on hexo. */
    static Path site(Path dir, String config) throws IOException {
        Files.createDirectories(dir.resolve("source/_posts"));
        Files.writeString(dir.resolve("_config.yml"), config);
        Files.writeString(dir.resolve("package.json"), "{\"hexo\": {\"version\": \"7.3.0\"}, \"dependencies\":"
                + " {\"hexo\": \"^7.3.0\", \"hexo-renderer-marked\": \"^6.3.0\"}}");
        return dir;
    }

    static Path write(Path root, String rel, String text) throws IOException {
        Path file = root.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    static Site open(Path dir) throws IOException {
        return Generators.standard().open(dir);
    }

    static List<PostSummary> index(Site site) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return new PostIndex(site.folder()).scan(pool, PostIndex.Progress.none()).get();
        } finally {
            pool.shutdownNow();
        }
    }
}
