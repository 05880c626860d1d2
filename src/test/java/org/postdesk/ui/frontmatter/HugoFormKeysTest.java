package org.postdesk.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.app.BlogHints;
import org.postdesk.app.FieldHints;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.frontmatter.FieldKind;

/** The form knows Hugo's keys: an empty or new field gets the control its value will need. */
class HugoFormKeysTest {
    @TempDir
    Path dir;

    @Test
    void hugosKeysAndTheConfigsTaxonomiesGetTheirControls() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "[taxonomies]\ntag = 'tags'\nseries = 'series'\n");
        Files.createDirectories(dir.resolve("content"));
        BlogFolder blog = BlogFolder.open(dir);
        FieldHints hints = BlogHints.basic(blog, new PreviewContext(blog, List.of()));
        assertThat(FieldTypes.infer("lastmod", FieldKind.EMPTY, null, hints)).isEqualTo(ControlKind.DATE);
        assertThat(FieldTypes.infer("expiryDate", FieldKind.EMPTY, null, hints)).isEqualTo(ControlKind.DATE);
        assertThat(FieldTypes.infer("draft", FieldKind.EMPTY, null, hints)).isEqualTo(ControlKind.CHECK);
        assertThat(FieldTypes.infer("series", FieldKind.EMPTY, null, hints)).isEqualTo(ControlKind.CHIPS);
        assertThat(FieldTypes.infer("params", FieldKind.EMPTY, null, hints)).isEqualTo(ControlKind.YAML);
        assertThat(FieldTypes.infer("weight", FieldKind.EMPTY, null, hints)).isEqualTo(ControlKind.TEXT);
        // categories are not a taxonomy of this site, so an empty one is not a list
        assertThat(hints.usualKind("categories")).isEmpty();
    }

    @Test
    void aJekyllBlogGetsNoneOfThem() throws IOException {
        Files.createDirectories(dir.resolve("_posts"));
        BlogFolder blog = BlogFolder.open(dir);
        FieldHints hints = BlogHints.basic(blog, new PreviewContext(blog, List.of()));
        assertThat(FieldTypes.infer("lastmod", FieldKind.EMPTY, null, hints)).isEqualTo(ControlKind.TEXT);
        assertThat(hints.usualKind("series")).isEmpty();
    }
}
