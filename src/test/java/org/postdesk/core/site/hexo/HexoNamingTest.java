package org.postdesk.core.site.hexo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.site.Site;

/** Which files of a Hexo site are posts, and the slug and date Hexo reads from their names. */
class HexoNamingTest {
    @TempDir
    Path dir;

    private final HexoNaming titles = new HexoNaming("source", ":title.md", false);
    private final HexoNaming dated = new HexoNaming("source", ":year-:month-:day-:title.md", false);

    @Test
    void theDefaultNameIsTheSlugWithItsSubFolders() {
        PostName n = titles.classify("source/_posts/travel/春日徒步.md");
        assertThat(n.slug()).isEqualTo("travel/春日徒步");
        assertThat(n.date()).isNull();
        assertThat(n.draft()).isFalse();
        assertThat(n.flag()).isNull();
        assertThat(titles.classify("source/_drafts/idea.md").draft()).isTrue();
    }

    @Test
    void aDatedPatternGivesTheDateAndRollsOverAsJavaScriptDoes() {
        PostName n = dated.classify("source/_posts/2014-07-13-hexo-2-8-released.md");
        assertThat(n.date()).isEqualTo(LocalDate.of(2014, 7, 13));
        assertThat(n.slug()).isEqualTo("hexo-2-8-released");
        assertThat(dated.classify("source/_posts/2024-02-30-x.md").date()).isEqualTo(LocalDate.of(2024, 3, 1));
        // a name the pattern does not match keeps no date; its slug is hexo-util's slugize of the name
        PostName other = dated.classify("source/_posts/Hello World (draft).md");
        assertThat(other.date()).isNull();
        assertThat(other.slug()).isEqualTo("Hello-World-draft");
        assertThat(dated.classify("source/_posts/sub/2024-01-02-x.md").date()).as("the pattern is anchored at _posts/")
                .isNull();
    }

    @Test
    void namesHexoSkipsAreFlaggedWithTheReason() {
        for (String path : List.of("source/_posts/_hidden.md", "source/_posts/.x.md", "source/_posts/sub/_old/x.md",
                "source/_posts/x.md~", "source/_posts/x.md%")) {
            PostName n = titles.classify(path);
            assertThat(n.flag()).as(path).isNotNull();
            assertThat(n.flag().kind()).isEqualTo(PostFlag.Kind.IGNORED_NAME);
            assertThat(n.flag().message()).startsWith("Hexo skips");
            assertThat(n.readByGenerator()).isFalse();
        }
        HexoNaming assets = new HexoNaming("source", ":title.md", true);
        PostName markdown = assets.classify("source/_posts/notes.markdown");
        assertThat(markdown.flag().message()).contains("asset").contains(".md");
        assertThat(titles.classify("source/_posts/notes.markdown").flag()).isNull();
    }

    @Test
    void newNamesFollowNewPostName() {
        LocalDate d = LocalDate.of(2025, 3, 8);
        assertThat(titles.newPostPath(d, "hello", "md", false)).isEqualTo("source/_posts/hello.md");
        assertThat(dated.newPostPath(d, "hello", "md", false)).isEqualTo("source/_posts/2025-03-08-hello.md");
        assertThat(dated.newPostPath(d, "hello", "md", true)).isEqualTo("source/_drafts/hello.md");
        assertThat(new HexoNaming("source", ":year/:i_month/:title.md", false).newPostPath(d, "x", "md", false))
                .isEqualTo("source/_posts/2025/3/x.md");
        assertThat(dated.publishedPath("source/_drafts/idea.md", d)).isEqualTo("source/_posts/2025-03-08-idea.md");
        assertThat(dated.unpublishedPath("source/_posts/2025-03-08-idea.md")).isEqualTo("source/_drafts/idea.md");
    }

    @Test
    void theIndexDatesByFrontMatterElseByTheFileTime() throws Exception {
        HexoSites.site(dir, "title: T\ntimezone: Asia/Shanghai\n");
        HexoSites.write(dir, "source/_posts/with-date.md", "---\ntitle: With\ndate: 2024-05-06 07:08:09\n---\nx\n");
        Path undated = HexoSites.write(dir, "source/_posts/undated.md", "---\ntitle: Without\n---\nx\n");
        Instant mtime = Instant.parse("2023-01-02T03:04:05Z");
        Files.setLastModifiedTime(undated, FileTime.from(mtime));
        HexoSites.write(dir, "source/_posts/images/not-a-post.png", "png");
        HexoSites.write(dir, "public/2024/index.md", "---\ntitle: built\n---\n");
        Site site = HexoSites.open(dir);
        Map<String, PostSummary> posts = HexoSites.index(site).stream()
                .collect(Collectors.toMap(PostSummary::path, p -> p));
        assertThat(posts).containsOnlyKeys("source/_posts/with-date.md", "source/_posts/undated.md");
        assertThat(posts.get("source/_posts/with-date.md").date()).isEqualTo(LocalDateTime.of(2024, 5, 6, 7, 8, 9));
        PostSummary u = posts.get("source/_posts/undated.md");
        assertThat(u.dateSource()).isEqualTo(PostSummary.DateSource.MODIFIED);
        assertThat(u.date()).isEqualTo(LocalDateTime.ofInstant(mtime, ZoneId.systemDefault()));
    }

    @Test
    void everyCorpusPostAndDraftIsListedAndNothingElse() throws Exception {
        Path corpus = HexoCorpus.root();
        HexoCorpus.blog("linkcd__blog-hexo");
        Map<String, Integer> expected = new TreeMap<>();
        try (Stream<String> lines = Files.lines(corpus.resolve("MANIFEST.tsv"))) {
            lines.skip(1).map(l -> l.split("\t")).filter(f -> f[4].equals("post") || f[4].equals("draft"))
                    .forEach(f -> expected.merge(f[0].replace('/', '_').replaceFirst("_", "__"), 1, Integer::sum));
        }
        Map<String, Integer> listed = new TreeMap<>();
        Map<String, Integer> dated = new TreeMap<>();
        for (String blog : expected.keySet()) {
            Site site = HexoSites.open(corpus.resolve(blog));
            List<PostSummary> posts = HexoSites.index(site);
            listed.put(blog, posts.size());
            dated.put(blog, (int) posts.stream().filter(p -> p.dateSource() != PostSummary.DateSource.MODIFIED).count());
        }
        assertThat(listed).isEqualTo(expected);
        // yulingtianxia names posts :year-:month-:day-:title.md: every post has a date even without one in front matter
        assertThat(dated.get("yulingtianxia__Blog-Hexo-Source")).isEqualTo(listed.get("yulingtianxia__Blog-Hexo-Source"));
        PostSummary hexo28 = HexoSites.index(HexoSites.open(corpus.resolve("hexojs__site"))).stream()
                .filter(p -> p.path().endsWith("2014-07-13-hexo-2-8-released.md")).findFirst().orElseThrow();
        assertThat(hexo28.slug()).isEqualTo("hexo-2-8-released");
    }
}
