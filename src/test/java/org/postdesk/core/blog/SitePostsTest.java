package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.RenderRequest;

/** Templates see the blog's posts as Jekyll's site.posts / site.tags. */
class SitePostsTest {

    @TempDir
    Path root;

    private static PostSummary post(String path, boolean draft, String title, LocalDateTime date, List<String> tags) {
        String slug = path.replaceAll(".*/\\d{4}-\\d\\d-\\d\\d-", "").replaceAll("\\.md$", "");
        return new PostSummary(path, draft, title, date, PostSummary.DateSource.FILE_NAME, slug, tags, List.of(),
                "post", List.of(), true, 10, 0, List.of());
    }

    @Test
    void aLoopOverSitePostsListsPublishedPostsNewestFirstWithTheirUrls() throws Exception {
        Files.writeString(root.resolve("_config.yml"), "baseurl: /blog\npermalink: pretty\n");
        Files.createDirectories(root.resolve("_posts"));
        BlogFolder blog = BlogFolder.open(root);
        List<PostSummary> posts = List.of(
                post("_posts/2020-01-01-old.md", false, "Old", LocalDateTime.of(2020, 1, 1, 0, 0), List.of("java")),
                post("_posts/2024-03-02-new.md", false, "New", LocalDateTime.of(2024, 3, 2, 0, 0), List.of("java", "ui")),
                post("_drafts/idea.md", true, "Draft", LocalDateTime.of(2025, 1, 1, 0, 0), List.of("java")));
        PreviewContext context = new PreviewContext(blog, posts);

        String body = "{% for p in site.posts %}\n- [{{ p.title }}]({{ p.url | relative_url }})\n{% endfor %}\n\n"
                + "java: {{ site.tags.java | size }}\n";
        RenderRequest request = context.request(body, Map.of());
        String html = JekyllEngines.previewRenderer().renderBody(new RenderRequest(request.body(), request.page(),
                request.site(), root, BlogFiles.NONE, request.links())).html();

        assertThat(html).containsSubsequence(">New</a>", ">Old</a>").doesNotContain("Draft")
                .contains("java: 2");
        assertThat(context.links().posts()).extracting(p -> p.get("url"))
                .containsExactly("/2024/03/02/new/", "/2020/01/01/old/");
    }

    @Test
    void pageUrlAndDateComeFromTheIndexUnlessTheFrontMatterSetsThem() throws Exception {
        Files.writeString(root.resolve("_config.yml"), "permalink: pretty\n");
        PreviewContext context = new PreviewContext(BlogFolder.open(root), List.of(
                post("_posts/2024-03-02-new.md", false, "New", LocalDateTime.of(2024, 3, 2, 0, 0), List.of())));
        String body = "{{ page.url }} {{ page.date }} {{ page.title }}";
        RenderRequest request = context.request("_posts/2024-03-02-new.md", body, Map.of("title", "Front"));
        String html = JekyllEngines.previewRenderer().renderBody(new RenderRequest(request.body(), request.page(),
                request.site(), root, BlogFiles.NONE, request.links())).html();
        assertThat(html).contains("/2024/03/02/new/ 2024-03-02 00:00:00 Front");
    }
}
