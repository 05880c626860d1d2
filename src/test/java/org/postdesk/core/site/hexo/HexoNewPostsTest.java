package org.postdesk.core.site.hexo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.PostCreator;
import org.postdesk.core.site.Site;

/** New posts and drafts as {@code hexo new} makes them: from the site's scaffolds, named by new_post_name. */
class HexoNewPostsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2025, 3, 8, 9, 30, 15, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private PostCreator creator(String config) throws Exception {
        HexoSites.site(dir, config);
        Site site = HexoSites.open(dir);
        return site.newPosts(BlogConventions.learn(site.folder(), HexoSites.index(site)));
    }

    @Test
    void aPostFillsTheScaffoldsTitleAndDateAndKeepsTheRest() throws Exception {
        HexoSites.write(dir, "scaffolds/post.md", "---\ntitle: {{ title }}\ndate: {{ date }}\ncover:\ntags:\n"
                + "  - notes\n---\n\nWrite here.\n");
        PostCreator c = creator("title: T\nnew_post_name: :year-:month-:day-:title.md\ntimezone: Asia/Shanghai\n");
        Path file = c.create(new PostCreator.Request("Hello: World", LocalDate.of(2025, 3, 8), null, false), NOW);
        assertThat(dir.relativize(file).toString()).isEqualTo("source/_posts/2025-03-08-Hello-World.md");
        String text = Files.readString(file);
        assertThat(text).isEqualTo("---\ntitle: \"Hello: World\"\ndate: 2025-03-08 17:30:15\ncover:\ntags:\n"
                + "  - notes\n---\n\nWrite here.\n");
        FrontMatterDocument fm = FrontMatterDocument.parse(PostDocument.parse(Files.readAllBytes(file)).frontMatter());
        assertThat(fm.string("title")).contains("Hello: World");
    }

    @Test
    void aDraftUsesTheDraftScaffoldAndIsNamedBySlugAlone() throws Exception {
        HexoSites.write(dir, "scaffolds/draft.md", "---\ntitle: {{ title }}\ntags:\n---\n");
        PostCreator c = creator("new_post_name: :year-:month-:day-:title.md\n");
        Path file = c.create(new PostCreator.Request("下一篇", LocalDate.of(2025, 3, 8), null, true), NOW);
        assertThat(dir.relativize(file).toString()).isEqualTo("source/_drafts/下一篇.md");
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: 下一篇\ntags:\n---\n");
    }

    @Test
    void withoutScaffoldsHexosOwnAreUsedAndTheDateFormatIsTheSites() throws Exception {
        PostCreator c = creator("date_format: YYYY/MM/DD\ntime_format: HH:mm\n");
        Path file = c.create(new PostCreator.Request("Plain", LocalDate.of(2025, 3, 8), null, false), NOW);
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: Plain\ndate: 2025/03/08 09:30\ntags:\n---\n");
    }

    @Test
    void anAssetFolderIsMadeBesideTheNewPostAndAnExistingFileIsNeverReplaced() throws Exception {
        PostCreator c = creator("post_asset_folder: true\n");
        PostCreator.Request request = new PostCreator.Request("Trip", LocalDate.of(2025, 3, 8), null, false);
        Path file = c.create(request, NOW);
        assertThat(dir.resolve("source/_posts/Trip")).isDirectory();
        Files.writeString(file, "mine");
        assertThatThrownBy(() -> c.create(request, NOW)).isInstanceOf(PostIoException.class)
                .hasMessageContaining("already exists").hasMessageContaining("unchanged");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aScaffoldThatIsALinkOutOfTheSiteIsNotRead() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("scaffold", ".md"), "---\ntitle: SECRET {{ title }}\n---\n");
        try {
            Files.createDirectories(dir.resolve("scaffolds"));
            Files.createSymbolicLink(dir.resolve("scaffolds/post.md"), outside);
            PostCreator c = creator("title: T\n");
            Path file = c.create(new PostCreator.Request("x", LocalDate.of(2025, 3, 8), null, false), NOW);
            assertThat(Files.readString(file)).doesNotContain("SECRET").startsWith("---\ntitle: x\n");
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
