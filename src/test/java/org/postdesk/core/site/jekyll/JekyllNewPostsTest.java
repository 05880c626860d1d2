package org.postdesk.core.site.jekyll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.PostCreator;

class JekyllNewPostsTest {
    static final ZonedDateTime NOW = ZonedDateTime.of(2024, 2, 7, 21, 5, 9, 0, ZoneOffset.ofHours(8));

    @TempDir
    Path root;

    /** A Hux blog: aligned values, {@code date: 2021-12-17 19:30:00 +0800}, layout post, author 编辑部. */
    static void huxBlog(Path root) throws IOException {
        Files.createDirectories(root.resolve("_posts"));
        Files.createDirectories(root.resolve("_layouts"));
        Files.writeString(root.resolve("_layouts/post.html"), "{{ content }}");
        Files.writeString(root.resolve("_config.yml"), "title: 博客\n");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(root.resolve("_posts/2021-12-1" + i + "-p" + i + ".md"), "---\nlayout:     post\n"
                    + "title:      \"第" + i + "篇\"\nsubtitle:   副标题\ndate:       2021-12-1" + i + " 19:30:00 +0800\n"
                    + "author:     编辑部\nheader-img: img/a.png\ncatalog:    true\ntags:\n    - 其他\n---\n正文\n");
        }
    }

    static BlogConventions conventions(BlogFolder blog) throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        try {
            List<PostSummary> posts = new PostIndex(blog).scan(pool, PostIndex.Progress.none()).get();
            return BlogConventions.learn(blog, posts);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewPostFollowsTheBlogsHabits() throws Exception {
        huxBlog(root);
        BlogFolder blog = BlogFolder.open(root);
        PostCreator creator = blog.site().newPosts(conventions(blog));
        Path file = creator.create(new PostCreator.Request("春节: 回家", LocalDate.of(2024, 2, 10), null, false), NOW);
        assertThat(file).isEqualTo(root.resolve("_posts/2024-02-10-春节-回家.md"));
        // the blog writes block lists (tags:\n    - 其他), so the empty list is "tags:", not "tags: []"
        assertThat(Files.readString(file)).isEqualTo("---\nlayout:     post\ntitle:      \"春节: 回家\"\n"
                + "date:       2024-02-10 21:05:09 +0800\nauthor:     编辑部\ntags:\n---\n\n");
    }

    @Test
    void aDraftWithoutADateDoesNotPullTheAuthorAboveTheDate() throws Exception {
        // the seed blog: one post with layout/title/date/author/..., one draft with no date at all
        Files.createDirectories(root.resolve("_posts"));
        Files.createDirectories(root.resolve("_drafts"));
        Files.writeString(root.resolve("_config.yml"), "title: 反诈\n");
        Files.writeString(root.resolve("_posts/2021-12-17-止付2.9亿.md"), "---\nlayout:     post\ntitle:      止付\n"
                + "date:       2021-12-17\nauthor:     转载\nheader-img: img/the-first.png\ncatalog:   false\n"
                + "tags:\n    - 其他\n---\n正文\n");
        Files.writeString(root.resolve("_drafts/防范.md"), "---\nlayout:     post\ntitle:      \"防范\"\n"
                + "subtitle:   \"三个信号\"\nauthor:     \"编辑部\"\nheader-img: \"img/the-first.png\"\n"
                + "catalog:    true\ntags:\n    - 防骗指南\n---\n草稿\n");
        BlogFolder blog = BlogFolder.open(root);
        BlogConventions learned = conventions(blog);
        List<String> order = learned.keyOrder();
        assertThat(order.indexOf("date")).isLessThan(order.indexOf("author"));
        assertThat(learned.blockLists()).isTrue();
        String text = Files.readString(blog.site().newPosts(learned)
                .create(new PostCreator.Request("新文章", LocalDate.of(2026, 12, 6), null, false), NOW));
        assertThat(text.lines().map(l -> l.split(":")[0]).toList())
                .containsSubsequence("title", "date", "author", "tags");
        assertThat(text).contains("\ntags:\n---").doesNotContain("[]");
    }

    @Test
    void aBlogOfFlowListsKeepsTheFlowEmptyList() throws Exception {
        Files.createDirectories(root.resolve("_posts"));
        Files.writeString(root.resolve("_config.yml"), "title: t\n");
        for (int i = 1; i <= 2; i++) {
            Files.writeString(root.resolve("_posts/2020-01-0" + i + "-p.md"),
                    "---\ntitle: p\ndate: 2020-01-0" + i + "\ntags: [a, b]\ncategories: [x]\n---\n");
        }
        BlogFolder blog = BlogFolder.open(root);
        BlogConventions learned = conventions(blog);
        assertThat(learned.blockLists()).isFalse();
        assertThat(Files.readString(blog.site().newPosts(learned)
                .create(new PostCreator.Request("T", LocalDate.of(2026, 1, 1), null, false), NOW))).contains("\ntags: []\n");
    }

    @Test
    void aDraftGoesToDraftsWithItsSlug() throws Exception {
        huxBlog(root);
        BlogFolder blog = BlogFolder.open(root);
        Path file = blog.site().newPosts(conventions(blog))
                .create(new PostCreator.Request("想法", LocalDate.of(2024, 2, 7), "an-idea", true), NOW);
        assertThat(file).isEqualTo(root.resolve("_drafts/an-idea.md"));
        assertThat(Files.readString(file)).contains("title:      想法\n");
    }

    @Test
    void aPlainBlogGetsPlainFrontMatter() throws Exception {
        Files.createDirectories(root.resolve("_posts"));
        Files.writeString(root.resolve("_posts/2020-01-01-a.md"), "---\ntitle: A\ndate: 2020-01-01\n---\n");
        BlogFolder blog = BlogFolder.open(root);
        Path file = blog.site().newPosts(conventions(blog))
                .create(new PostCreator.Request("Hello World", LocalDate.of(2024, 2, 7), null, false), NOW);
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: Hello World\ndate: 2024-02-07\ntags: []\n---\n\n");
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        huxBlog(root);
        BlogFolder blog = BlogFolder.open(root);
        Path taken = root.resolve("_posts/2021-12-11-p1.md");
        String before = Files.readString(taken);
        assertThatThrownBy(() -> blog.site().newPosts(conventions(blog))
                .create(new PostCreator.Request("p1", LocalDate.of(2021, 12, 11), null, false), NOW))
                .isInstanceOf(PostIoException.class).hasMessageContaining("already exists")
                .hasMessageContaining("unchanged");
        assertThat(Files.readString(taken)).isEqualTo(before);
    }
}
