package org.postdesk.core.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The render request of one case of a table (cases.md, jekyll-cases.md), in a blog made for it. */
final class CaseRequests {
    private CaseRequests() {
    }

    /**
     * Creates the case's {@code files} in {@code blog} (one byte each: they only need to exist),
     * serves its {@code includes} by path, and builds the request as the window would.
     */
    static RenderRequest request(Path blog, List<String> files, Map<String, String> includes, String markdown,
            Map<String, Object> page, Map<String, Object> site) throws IOException {
        for (String f : files) {
            Path p = blog.resolve(f);
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[] {1});
        }
        SiteLinks links = new SiteLinks.Unresolved() {
            @Override
            public Optional<String> include(String relPath) {
                return Optional.ofNullable(includes.get(relPath));
            }
        };
        return new RenderRequest(markdown, page, site, blog, FolderBlogFiles.of(blog), links);
    }
}
