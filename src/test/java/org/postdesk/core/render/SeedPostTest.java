package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.postdesk.SharedFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed blog's post: the real case the project was described with. */
class SeedPostTest {

    private Path blog;
    private PostFixture post;
    private Map<String, Object> site;
    private BlogFiles files;

    @BeforeEach
    void load() throws IOException {
        blog = SharedFolders.seedBlog().toAbsolutePath();
        SharedFolders.assumePresent(Files.isDirectory(blog), blog);
        post = PostFixture.read(blog.resolve("_posts/2021-12-17-止付2.9亿.md"));
        site = PostFixture.config(blog);
        files = FolderBlogFiles.of(blog);
    }

    @Test
    void everyWorkingImageResolvesToAFileInTheBlog() {
        RenderResult result = JekyllEngines.previewRenderer().render(new RenderRequest(post.document().bodyForEditor(),
                post.page(), site, blog, files));
        String html = result.html();
        assertThat(html).startsWith("<h1 class=\"pd-title\">止付，2.9亿！</h1>");
        Matcher m = Pattern.compile("<img src=\"(file:[^\"]+)\"").matcher(html);
        int count = 0;
        while (m.find()) {
            count++;
            String file = URI.create(m.group(1)).getPath();
            assertThat(Path.of(file)).as("file behind %s", m.group(1)).isRegularFile();
        }
        assertThat(count).isEqualTo(10);
        assertThat(html).doesNotContain("pd-missing").doesNotContain("{{");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void checkerReportsTheWindowsPathOnItsLinesAndNothingElse() {
        LocalLinkChecker checker = JekyllEngines.linkChecker();
        List<ImageLink> images = checker.images(post.checkRequest(site, files));
        assertThat(images).hasSize(13);
        assertThat(images.get(0).source()).isEqualTo(ImageLink.Source.FRONT_MATTER);
        assertThat(images.get(0).line()).isEqualTo(6);
        assertThat(images.stream().filter(i -> i.target().kind() == SiteTarget.Kind.FILE)).hasSize(11);

        List<LinkProblem> problems = checker.check(post.checkRequest(site, files));
        assertThat(problems).extracting(LinkProblem::line).containsExactly(43, 51);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(LinkProblem.Severity.ERROR);
            assertThat(p.message()).contains("points to no file", "Windows",
                    "postimg/JaFvPvvA2J3MKYVlmXC32WtRJEYsPM9zPnJkV1fTFuQHlp5RfDMTFYxuCuQwLSPIWsa9uaW9fnAqO9cEJg31eQ.png",
                    "split across lines");
        });
    }

    @Test
    void checkerReportsWrongCaseWithTheRealName() {
        BlogFiles caseInsensitive = new ListBlogFiles(List.of("img/the-first.png", "postimg/Photo.PNG"));
        CheckRequest request = new CheckRequest("", 2, Map.of(), "text\n\n![](/postimg/photo.png)\n", 5, site,
                caseInsensitive);
        List<LinkProblem> problems = JekyllEngines.linkChecker().check(request);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("postimg/Photo.PNG", "Linux");
        });
    }
}
