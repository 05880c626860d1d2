package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.postdesk.SharedFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlogConventionsTest {
    private static final Path SEED = SharedFolders.seedBlog();
    private static final Path CORPUS = SharedFolders.corpus();

    @TempDir
    Path dir;

    private static BlogConventions learn(Path root) throws Exception {
        BlogFolder blog = BlogFolder.open(root);
        List<PostSummary> posts = new PostIndex(blog).scan(Runnable::run, PostIndex.Progress.none()).get();
        return BlogConventions.learn(blog, posts);
    }

    private void write(String rel, String text) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void theSeedBlogKeepsImagesInPostimgLinkedWithSiteBaseurl() throws Exception {
        SharedFolders.assumePresent(Files.isDirectory(SEED), SEED);
        BlogConventions c = learn(SEED);
        assertThat(c.imageStyle().folder()).isEqualTo("postimg");
        assertThat(c.imageStyle().template()).isEqualTo("{{site.baseurl}}/postimg/{name}");
        assertThat(c.linkFor("a.png")).isEqualTo("{{site.baseurl}}/postimg/a.png");
        assertThat(c.headerImageStyle().template()).isEqualTo("img/{name}");
        assertThat(c.usualKeys()).startsWith("layout", "title").contains("author", "header-img", "tags");
        assertThat(c.aligned()).isTrue();
        assertThat(c.valueColumn()).isEqualTo(12);
        assertThat(c.layouts()).contains("post", "page", "default");
        assertThat(c.tags()).containsKeys("其他", "防骗指南");
        assertThat(c.authors()).containsKeys("转载", "编辑部");
    }

    @Test
    void aBlogWithoutImagesGetsAssetsImages() throws Exception {
        write("_posts/2021-01-01-a.md", "---\ntitle: A\ndate: 2021-12-17\n---\ntext\n![x](https://cdn.example.com/a.png)\n");
        BlogConventions c = learn(dir);
        assertThat(c.imageStyle()).isEqualTo(ImageStyle.DEFAULT);
        assertThat(c.linkFor("a.png")).isEqualTo("{{ site.baseurl }}/assets/images/a.png");
        assertThat(c.dateStyle().pattern()).isEqualTo("yyyy-MM-dd");
    }

    @Test
    void learnsHuxStyleSubfoldersDatesAndKeyOrder() throws Exception {
        for (int i = 1; i <= 6; i++) {
            write("_posts/2018-11-2" + i + "-p" + i + ".md", "---\nlayout: post\ntitle: \"P" + i + "\"\nsubtitle: s\n"
                    + "date: 2018-11-2" + i + " 19:30:00 +0800\nauthor: \"Hux\"\nheader-img: \"img/post-bg-" + i + ".jpg\"\n"
                    + "tags:\n  - Web\n---\n![a](/img/in-post/post-" + i + "/a.png)\n"
                    + "<img src=\"{{ site.baseurl }}/img/in-post/post-" + i + "/b.png\" />\n");
        }
        write("_posts/2018-12-01-odd.md", "---\ntitle: Odd\nlayout: post\n---\n");
        BlogConventions c = learn(dir);
        assertThat(c.imageStyle().folder()).isEqualTo("img/in-post");
        assertThat(c.imageStyle().subfolders()).isTrue();
        assertThat(c.imageStyle().template()).isIn("/img/in-post/{name}", "{{ site.baseurl }}/img/in-post/{name}");
        assertThat(c.headerImageStyle().folder()).isEqualTo("img");
        assertThat(c.keyOrder()).containsSubsequence("layout", "title", "subtitle", "date", "author", "header-img", "tags");
        assertThat(c.dateStyle().pattern()).isEqualTo("yyyy-MM-dd HH:mm:ss Z");
        assertThat(c.dateStyle().format(LocalDateTime.of(2024, 2, 7, 10, 30), ZoneOffset.ofHours(8)))
                .isEqualTo("2024-02-07 10:30:00 +0800");
        assertThat(c.aligned()).isFalse();
        assertThat(c.authors()).containsEntry("Hux", 6);
    }

    @Test
    void dateStylesKeepTheirShape() {
        assertThat(DateStyle.of("\"2018-11-27 19:30:00 +08:00\"")).get().satisfies(d -> {
            assertThat(d.quote()).isEqualTo("\"");
            assertThat(d.format(LocalDateTime.of(2024, 1, 2, 3, 4, 5), ZoneOffset.ofHours(8)))
                    .isEqualTo("\"2024-01-02 03:04:05 +08:00\"");
        });
        assertThat(DateStyle.of("2024-2-2")).get().extracting(DateStyle::pattern).isEqualTo("yyyy-M-d");
        assertThat(DateStyle.of("yesterday")).isEmpty();
    }

    @Test
    void imageLinksAreSplitIntoStyleAndFolder() {
        assertThat(ImageLinks.parse("{{ \"/assets/images/a b.png\" | relative_url }}", "")).get()
                .satisfies(l -> assertThat(l.before() + l.folder() + "/{name}" + l.after())
                        .isEqualTo("{{ \"/assets/images/{name}\" | relative_url }}"));
        assertThat(ImageLinks.parse("{{ site.url }}{{ site.baseurl }}/assets/images/x.jpg", "")).get()
                .extracting(ImageLinks.Link::folder).isEqualTo("assets/images");
        assertThat(ImageLinks.parse("https://me.github.io/Photos/A%20B/x.jpg", "https://me.github.io")).get()
                .extracting(ImageLinks.Link::folder).isEqualTo("Photos/A B");
        assertThat(ImageLinks.parse("https://cdn.example.com/x.png", "https://me.github.io")).isEmpty();
        assertThat(ImageLinks.parse("../images/x.png", "")).get().extracting(ImageLinks.Link::folder).isEqualTo("images");
    }

    @Test
    void reportsWhatItLearnsFromEachCorpusBlog() throws Exception {
        SharedFolders.assumePresent(Files.isDirectory(CORPUS), CORPUS);
        List<Path> blogs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            blogs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path b : blogs) {
            BlogConventions c = learn(b);
            System.out.printf("%-38s sampled %3d | images %-28s %-52s | header %-42s | date %-24s %s| aligned %s/%d | keys %s | authors %s | top tags %s%n",
                    b.getFileName(), c.sampled(), c.imageStyle().folder() + (c.imageStyle().subfolders() ? "/*" : "")
                            + " (" + c.imageStyle().uses() + ")", c.imageStyle().template(), c.headerImageStyle().template(),
                    c.dateStyle().pattern(), c.dateStyle().quote(), c.aligned(), c.valueColumn(), c.usualKeys(),
                    top(c.authors(), 3), top(c.tags(), 5));
            assertThat(c.keyOrder()).isNotEmpty();
        }
        BlogConventions hux = learn(CORPUS.resolve("Huxpro__huxpro.github.io"));
        assertThat(hux.imageStyle().folder()).startsWith("img");
        assertThat(hux.usualKeys().subList(0, 2)).containsExactlyInAnyOrder("layout", "title");
    }

    private static String top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().limit(n).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
