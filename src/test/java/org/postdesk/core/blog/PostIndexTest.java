package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postdesk.core.post.PostDocument;

class PostIndexTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Map<String, PostSummary> scan(PostIndex index) throws Exception {
        return index.scan(Runnable::run, PostIndex.Progress.none()).get().stream()
                .collect(Collectors.toMap(PostSummary::path, Function.identity()));
    }

    @Test
    void readsTitleDateTagsAndFlagsFromTheFrontMatter() throws Exception {
        write("_config.yml", "title: t\n");
        write("_posts/2021-12-17-止付.md", "---\nlayout:     post\ntitle:      止付，2.9亿！\nauthor: 转载\n"
                + "date: 2021-12-18 10:00:00 +0800\ntags:\n    - 其他\n    - 案例\n---\nbody\n");
        write("_posts/2024-2-2-no-title.md", "---\nlayout: post\ntags: a b c\ncategories: x\n---\n");
        write("_posts/2024-02-08-broken.md", "---\ntitle: ok\ntags: [unclosed\n---\nbody\n");
        write("_posts/2024-02-09-hidden.md", "---\ntitle: Hidden\npublished: false\n---\n");
        write("_posts/2024-02-10-bad-date.md", "---\ntitle: Bad\ndate: yesterday\n---\n");
        write("_posts/2024-02-11-plain.md", "no front matter at all\n");
        write("_posts/2024-02-30-leap.md", "---\ntitle: Leap\n---\n");
        write("_posts/2024-13-01-fixed.md", "---\ntitle: Fixed\ndate: 2024-01-05\n---\n");
        write("_posts/2024.2.2日记.md", "---\ntitle: 日记\n---\n");
        write("_posts/photo.png", "png");
        write("travel/_posts/2020-05-01-trip.md", "---\ntitle: Trip\n---\n");
        write("node_modules/x/_posts/2020-01-01-no.md", "---\n---\n");
        Files.write(dir.resolve("_posts/2024-02-12-gbk.md"), new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l',
            'e', ':', ' ', (byte) 0xC4, (byte) 0xE3, '\n', '-', '-', '-', '\n'});

        Map<String, PostSummary> all = scan(new PostIndex(BlogFolder.open(dir)));

        assertThat(all).hasSize(11).doesNotContainKey("_posts/photo.png");
        PostSummary p = all.get("_posts/2021-12-17-止付.md");
        assertThat(p.title()).isEqualTo("止付，2.9亿！");
        assertThat(p.date()).isEqualTo(LocalDateTime.of(2021, 12, 18, 10, 0));
        assertThat(p.dateSource()).isEqualTo(PostSummary.DateSource.FRONT_MATTER);
        assertThat(p.tags()).containsExactly("其他", "案例");
        assertThat(p.authors()).containsExactly("转载");
        assertThat(p.layout()).isEqualTo("post");
        assertThat(p.flags()).isEmpty();

        PostSummary noTitle = all.get("_posts/2024-2-2-no-title.md");
        assertThat(noTitle.title()).isEqualTo("No Title");
        assertThat(noTitle.date()).isEqualTo(LocalDateTime.of(2024, 2, 2, 0, 0));
        assertThat(noTitle.tags()).containsExactly("a", "b", "c");
        assertThat(noTitle.categories()).containsExactly("x");

        PostSummary broken = all.get("_posts/2024-02-08-broken.md");
        assertThat(broken.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(PostFlag.Kind.BROKEN_FRONT_MATTER);
            assertThat(f.line()).isBetween(3, 4);
            assertThat(f.message()).startsWith("Line " + f.line() + ":");
        });
        assertThat(all.get("_posts/2024-02-09-hidden.md").published()).isFalse();
        assertThat(all.get("_posts/2024-02-09-hidden.md").hiddenFromSite()).isTrue();
        assertThat(all.get("_posts/2024-02-10-bad-date.md").flags()).extracting(PostFlag::kind)
                .containsExactly(PostFlag.Kind.BAD_DATE);
        assertThat(all.get("_posts/2024-02-11-plain.md").flags()).extracting(PostFlag::kind)
                .containsExactly(PostFlag.Kind.NO_FRONT_MATTER);
        assertThat(all.get("_posts/2024-02-30-leap.md").date().toLocalDate()).hasToString("2024-03-01");
        assertThat(all.get("_posts/2024-13-01-fixed.md").flags()).isEmpty();
        assertThat(all.get("_posts/2024.2.2日记.md").flags()).extracting(PostFlag::kind)
                .containsExactly(PostFlag.Kind.IGNORED_NAME);
        assertThat(all.get("_posts/2024-02-12-gbk.md").flags()).extracting(PostFlag::kind)
                .contains(PostFlag.Kind.NOT_UTF8);
        assertThat(all.get("travel/_posts/2020-05-01-trip.md").categories()).containsExactly("travel");
    }

    @Test
    void readsOnlyTheHeadOfABigPost() throws Exception {
        String fm = "---\ntitle: Big\ndate: 2020-01-01\n---\n";
        byte[] body = "正文\n".repeat(2_000_000).getBytes(StandardCharsets.UTF_8);
        Path big = dir.resolve("_posts/2020-01-01-big.md");
        Files.createDirectories(big.getParent());
        byte[] all = new byte[fm.length() + body.length];
        System.arraycopy(fm.getBytes(StandardCharsets.UTF_8), 0, all, 0, fm.length());
        System.arraycopy(body, 0, all, fm.length(), body.length);
        all[all.length - 2] = (byte) 0xFF; // a bad byte far in the body is not read
        Files.write(big, all);
        PostHead head = PostHead.read(big);
        assertThat(head.bytes().length).isEqualTo(PostHead.BLOCK);
        assertThat(new String(head.head(), StandardCharsets.UTF_8)).isEqualTo(fm);
        assertThat(scan(new PostIndex(BlogFolder.open(dir))).get("_posts/2020-01-01-big.md").title()).isEqualTo("Big");
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\ntitle: a\n---\nbody", "\uFEFF---\r\ntitle: a\r\n---\r\n",
        "---  \ntitle: a\n...\n", "---\n---\n", "---\rtitle: a\r--- \rbody", "---\ntitle: a\n---", "---\ntitle: a\n",
        "no fence\n---\n", "---\na: 1\n----\nb: 2\n---\n"})
    void findsTheFencesWherePostDocumentDoes(String text) throws Exception {
        Path p = write("_posts/2020-01-01-x.md", text);
        PostDocument doc =
                PostDocument.parse(Files.readAllBytes(p));
        PostHead head = PostHead.read(p);
        assertThat(head.closed()).isEqualTo(doc.hasFrontMatter());
        assertThat(head.closed() ? head.frontMatter() : "").isEqualTo(doc.frontMatter());
    }

    @Test
    void aFrontMatterLongerThanOneBlockIsReadWhole() throws Exception {
        StringBuilder fm = new StringBuilder("---\r\ntitle: Long\r\ntags:\r\n");
        for (int i = 0; i < 3000; i++) {
            fm.append("  - tag").append(i).append("\r\n");
        }
        fm.append("...\r\nbody\r\n");
        write("_posts/2020-01-01-long.md", fm.toString());
        PostSummary s = scan(new PostIndex(BlogFolder.open(dir))).get("_posts/2020-01-01-long.md");
        assertThat(s.tags()).hasSize(3000);
        assertThat(s.flags()).isEmpty();
    }

    @Test
    void draftsComeFirstNewestFirstDatedByModificationTime() throws Exception {
        write("_posts/2020-01-01-old.md", "---\ntitle: Old\n---\n");
        write("_posts/2023-01-01-new.md", "---\ntitle: New\n---\n");
        Path d1 = write("_drafts/first.md", "---\ntitle: First\n---\n");
        Path d2 = write("_drafts/second.md", "---\ntitle: Second\n---\n");
        Files.setLastModifiedTime(d1, FileTime.from(LocalDateTime.of(2024, 1, 1, 0, 0).toInstant(ZoneOffset.UTC)));
        Files.setLastModifiedTime(d2, FileTime.from(LocalDateTime.of(2024, 6, 1, 0, 0).toInstant(ZoneOffset.UTC)));
        List<PostSummary> list = new PostIndex(BlogFolder.open(dir), ZoneOffset.UTC)
                .scan(Runnable::run, PostIndex.Progress.none()).get();
        assertThat(list).extracting(PostSummary::title).containsExactly("Second", "First", "New", "Old");
        assertThat(list.get(0).dateSource()).isEqualTo(PostSummary.DateSource.MODIFIED);
        assertThat(list.get(0).date()).isEqualTo(LocalDateTime.of(2024, 6, 1, 0, 0));
    }

    @Test
    void progressClimbsToTheTotalAndCancelStopsTheScan() throws Exception {
        SyntheticBlog.create(dir, 300, 1);
        List<int[]> reports = new ArrayList<>();
        new PostIndex(BlogFolder.open(dir)).scan(Runnable::run, (done, total) -> reports.add(new int[] {done, total})).get();
        assertThat(reports.get(reports.size() - 1)).containsExactly(307, 307);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }
        List<Runnable> queued = new ArrayList<>();
        var future = new PostIndex(BlogFolder.open(dir)).scan(queued::add, PostIndex.Progress.none());
        future.cancel(false);
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        assertThatThrownBy(future::get).isInstanceOf(CancellationException.class);
    }

    @Test
    void rescanAndTheCacheFollowChanges() throws Exception {
        Path p = write("_posts/2020-01-01-a.md", "---\ntitle: A\n---\n");
        PostIndex index = new PostIndex(BlogFolder.open(dir));
        scan(index);
        Files.writeString(p, "---\ntitle: A again, longer\n---\n");
        assertThat(index.rescan(p)).get().extracting(PostSummary::title).isEqualTo("A again, longer");
        assertThat(scan(index).get("_posts/2020-01-01-a.md").title()).isEqualTo("A again, longer");
        Files.delete(p);
        assertThat(index.rescan(p)).isEmpty();
        assertThat(index.cachedCount()).isZero();
    }

    @Test
    void theCacheFileLivesOutsideTheBlogAndGivesTheSameList(@TempDir Path cacheRoot) throws Exception {
        SyntheticBlog.create(dir, 200, 2);
        PostIndex index = new PostIndex(BlogFolder.open(dir));
        List<PostSummary> first = index.scan(Runnable::run, PostIndex.Progress.none()).get();
        Path file = IndexCacheFile.forBlog(cacheRoot, dir);
        index.saveCache(file);
        assertThatThrownBy(() -> index.saveCache(dir.resolve("cache.bin"))).hasMessageContaining("outside the blog");
        PostIndex reopened = new PostIndex(BlogFolder.open(dir));
        reopened.loadCache(file);
        assertThat(reopened.cachedCount()).isEqualTo(first.size());
        assertThat(reopened.scan(Runnable::run, PostIndex.Progress.none()).get()).isEqualTo(first);
        assertThat(IndexCacheFile.userCacheRoot(Map.of("XDG_CACHE_HOME", "/c"), "Linux", Path.of("/h")))
                .isEqualTo(Path.of("/c/postdesk"));
    }

    @Test
    void indexesAGeneratedTenThousandPostBlog() throws Exception {
        SyntheticBlog.Shape shape = SyntheticBlog.create(dir, 10_000, 42);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            PostIndex index = new PostIndex(BlogFolder.open(dir));
            long t0 = System.nanoTime();
            List<PostSummary> list = index.scan(pool, PostIndex.Progress.none()).get();
            long t1 = System.nanoTime();
            List<PostSummary> again = index.scan(pool, PostIndex.Progress.none()).get();
            long t2 = System.nanoTime();
            System.out.printf("10k index in a test JVM (not asserted): cold %d ms, warm %d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            assertThat(list).hasSize(shape.listed()).isEqualTo(again);
            assertThat(list.stream().filter(PostSummary::draft)).hasSize(shape.drafts());
            assertThat(list.stream().filter(s -> !s.flags().isEmpty())).hasSize(shape.flaggedFiles());
            assertThat(list.stream().filter(s -> s.path().startsWith("_posts/archive/"))).hasSize(1000);
            assertThat(list).isSortedAccordingTo(PostSummary.NEWEST_FIRST);
            assertThat(list.stream().filter(s -> !s.draft()).findFirst().orElseThrow().date())
                    .isAfter(LocalDateTime.of(2020, 1, 1, 0, 0));
        } finally {
            pool.shutdownNow();
        }
    }
}
