package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postdesk.core.images.ImportResult.Imported;

/** The snippet follows the blog's own URL style. */
class LinkStyleTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            postimg        | {{site.baseurl}}/postimg/{name}          | ![IMG 7]({{site.baseurl}}/postimg/img-7.png)
            img/in-post    | {{ site.baseurl }}/img/in-post/{name}    | ![IMG 7]({{ site.baseurl }}/img/in-post/img-7.png)
            img            | /img/{name}                              | ![IMG 7](/img/img-7.png)
            assets/images  | {{ site.baseurl }}/assets/images/{name}  | ![IMG 7]({{ site.baseurl }}/assets/images/img-7.png)
            """)
    void theSnippetUsesTheBlogsTemplate(String folder, String template, String snippet) {
        Path blog = temp.resolve("blog");
        Path file = new TestBlog(temp).desktopFile("IMG 7.PNG", TestImages.png(5, 5, 0x777777));
        ImageImporter importer = new ImageImporter(blog, Path.of(folder), LinkTemplate.of(template), ImportSettings.defaults());

        Imported result = (Imported) importer.importImage(ImportRequest.of(ImageSource.file(file), "p"));

        assertThat(result.markdown()).isEqualTo(snippet);
        assertThat(result.file()).isEqualTo(Path.of(folder, "img-7.png"));
        assertThat(Files.isRegularFile(blog.resolve(folder).resolve("img-7.png"))).isTrue();
    }

    @Test
    void spacesAndParenthesesAreEncodedOutsideLiquidTags() {
        LinkTemplate template = LinkTemplate.of("{{ site.baseurl }}/my images (old)/{name}");
        assertThat(template.urlFor("a (1).png")).isEqualTo("{{ site.baseurl }}/my%20images%20%28old%29/a%20%281%29.png");
    }

    @Test
    void altTextBracketsAreEscaped() {
        assertThat(MarkdownSnippet.image("see [1]\nand \\ more", "/x.png")).isEqualTo("![see \\[1\\] and \\\\ more](/x.png)");
    }

    @Test
    void aTemplateWithoutExactlyOnePlaceholderIsAProgrammingError() {
        assertThatThrownBy(() -> LinkTemplate.of("/img/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkTemplate.of("/{name}/{name}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImageFolderOutsideTheBlogIsAProgrammingError() {
        assertThatThrownBy(() -> new ImageImporter(temp.resolve("blog"), Path.of("../elsewhere"),
                LinkTemplate.of("/{name}"), ImportSettings.defaults())).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The seed blog: each image a post links to, pasted again, is recognised as already there
     * and produces exactly the line the post already has.
     */
    @Test
    void pastingAnImageTheSeedBlogAlreadyHasGivesThePostsOwnLine() throws IOException {
        Path seed = Path.of(System.getProperty("postdesk.seedBlog", "../shared/seed-blog"));
        Path copy = Files.createDirectories(temp.resolve("blog/postimg"));
        try (Stream<Path> images = Files.list(seed.resolve("postimg"))) {
            for (Path image : images.toList()) {
                Files.copy(image, copy.resolve(image.getFileName()));
            }
        }
        ImageImporter importer = new ImageImporter(temp.resolve("blog"), Path.of("postimg"),
                LinkTemplate.of("{{site.baseurl}}/postimg/{name}"), ImportSettings.defaults().withKeepGps(true));
        Pattern link = Pattern.compile("!\\[]\\(\\{\\{site\\.baseurl}}/postimg/([^)]+)\\)");
        int checked = 0;
        try (Stream<Path> posts = Files.walk(seed.resolve("_posts"))) {
            for (Path post : posts.filter(Files::isRegularFile).toList()) {
                Matcher m = link.matcher(Files.readString(post));
                while (m.find()) {
                    byte[] image = Files.readAllBytes(copy.resolve(m.group(1)));
                    Imported result = (Imported) importer.importImage(ImportRequest.of(ImageSource.pasted(image), "p"));
                    assertThat(result.reused()).as(m.group(1)).isTrue();
                    assertThat(result.markdown()).isEqualTo(m.group());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        try (Stream<Path> images = Files.list(copy)) {
            assertThat(images.count()).as("nothing new was written").isEqualTo(countFiles(seed.resolve("postimg")));
        }
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
