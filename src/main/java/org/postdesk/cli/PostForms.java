package org.postdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;
import org.postdesk.core.site.Generators;

/** The front-matter forms a post file may use: those of the site it lies in (docs/decisions/0037). */
final class PostForms {

    private PostForms() {
    }

    /** The forms of the site enclosing {@code file}; Jekyll's when it lies in no site or the site cannot be opened. */
    static List<FrontMatterFormat> of(Generators generators, Path file) {
        try {
            var root = generators.enclosing(file);
            return root.isPresent() ? generators.open(root.get()).frontMatterFormats() : PostDocument.JEKYLL_FORMATS;
        } catch (IOException e) {
            return PostDocument.JEKYLL_FORMATS;
        }
    }
}
