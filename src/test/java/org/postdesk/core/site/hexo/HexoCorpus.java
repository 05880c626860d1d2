package org.postdesk.core.site.hexo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.postdesk.SharedFolders;

/** The Hexo corpus beside the project ({@code ../shared/corpus-hexo}); tests that read it skip when it is absent. */
final class HexoCorpus {
    private HexoCorpus() {
    }

    /** {@code -Dpostdesk.corpusHexo=DIR}, or {@code ../shared/corpus-hexo}. */
    static Path root() {
        return Path.of(System.getProperty("postdesk.corpusHexo", "../shared/corpus-hexo"));
    }

    /** One blog of the corpus ({@code linkcd__blog-hexo}); skips the test when it is not there. */
    static Path blog(String name) {
        Path blog = root().resolve(name);
        SharedFolders.assumePresent(Files.isDirectory(blog), blog);
        return blog;
    }
}
