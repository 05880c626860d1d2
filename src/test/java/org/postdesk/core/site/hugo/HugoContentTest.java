package org.postdesk.core.site.hugo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;

/** Sections, bundles, translations and drafts as the post list shows them. */
class HugoContentTest {
    @TempDir
    Path dir;

    private static List<PostSummary> index(Site site) throws Exception {
        return new PostIndex(site.folder()).scan(Runnable::run, PostIndex.Progress.none()).get();
    }

    private void write(String rel, String text) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void pagesBundlesSectionsAndTranslationsAreListedByTheirNames() throws Exception {
        write("hugo.toml", "defaultContentLanguage = 'en'\n[languages.en]\nweight = 1\n[languages.zh]\nweight = 2\n");
        write("content/posts/plain.md", "---\ntitle: Plain\n---\nx\n");
        write("content/posts/trip/index.md", "---\ntitle: Trip\n---\n![](cover.jpg)\n");
        write("content/posts/trip/index.zh.md", "---\ntitle: 旅行\n---\n");
        write("content/posts/trip/notes.md", "---\ntitle: Notes of the trip\n---\n");
        write("content/posts/_index.md", "---\ntitle: All posts\n---\n");
        write("content/.hidden/x.md", "---\ntitle: Hidden\n---\n");
        write("content/posts/old.md~", "---\ntitle: Backup\n---\n");
        write("static/images/a.md", "not content\n");
        write("themes/t/exampleSite/content/x.md", "---\ntitle: theme\n---\n");
        Map<String, PostSummary> byPath = index(Generators.standard().open(dir)).stream()
                .collect(Collectors.toMap(PostSummary::path, p -> p));
        assertThat(byPath).containsOnlyKeys("content/posts/plain.md", "content/posts/trip/index.md",
                "content/posts/trip/index.zh.md", "content/posts/trip/notes.md", "content/posts/_index.md",
                "content/posts/old.md~");
        assertThat(byPath.get("content/posts/plain.md").slug()).isEqualTo("plain");
        assertThat(byPath.get("content/posts/trip/index.md").slug()).isEqualTo("trip");
        assertThat(byPath.get("content/posts/trip/index.zh.md").slug()).isEqualTo("trip");
        assertThat(byPath.get("content/posts/_index.md").slug()).isEqualTo("posts");
        assertThat(byPath.get("content/posts/trip/notes.md").flags()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("resource of that page"));
        assertThat(Generators.standard().open(dir).naming().classify("content/.hidden/x.md")
                .flag().kind()).isEqualTo(PostFlag.Kind.IGNORED_NAME);
        assertThat(byPath.get("content/posts/old.md~").flags().get(0).message()).contains("backup copy");
        assertThat(byPath.get("content/posts/plain.md").flags()).isEmpty();
    }

    @Test
    void draftsAreAFlagAndFutureOrExpiredPagesAreNotPublished() throws Exception {
        write("hugo.toml", "title = 'x'\n");
        write("content/posts/draft.md", "---\ntitle: D\ndraft: true\n---\n");
        write("content/posts/quoted.md", "---\ntitle: Q\ndraft: \"true\"\n---\n");
        write("content/posts/done.md", "---\ntitle: P\ndraft: false\ndate: 2020-01-02\n---\n");
        write("content/posts/future.md", "---\ntitle: F\ndate: 2999-01-02\n---\n");
        write("content/posts/later.md", "---\ntitle: L\ndate: 2020-01-02\npublishDate: 2999-01-01\n---\n");
        write("content/posts/expired.md", "---\ntitle: E\ndate: 2020-01-02\nexpiryDate: 2021-01-01\n---\n");
        Map<String, PostSummary> byPath = index(Generators.standard().open(dir)).stream()
                .collect(Collectors.toMap(p -> p.path().replace("content/posts/", ""), p -> p));
        assertThat(byPath.get("draft.md").draft()).isTrue();
        assertThat(byPath.get("quoted.md").draft()).isTrue();
        assertThat(byPath.get("done.md").draft()).isFalse();
        assertThat(byPath.get("done.md").published()).isTrue();
        assertThat(byPath.get("future.md").published()).isFalse();
        assertThat(byPath.get("later.md").published()).isFalse();
        assertThat(byPath.get("expired.md").published()).isFalse();
    }

    @Test
    void everyCorpusContentFileIsListedAndItsDraftsAreDrafts() throws Exception {
        Path corpus = HugoRecognitionTest.CORPUS;
        assumeTrue(Files.isRegularFile(corpus.resolve("MANIFEST.tsv")), "no Hugo corpus");
        Map<String, Map<String, String>> kinds = new HashMap<>();
        for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(corpus.resolve("MANIFEST.tsv")).size())) {
            String[] f = line.split("\t");
            if (f[2].startsWith("content/")) {
                kinds.computeIfAbsent(f[0].replace("/", "__"), k -> new HashMap<>()).put(f[2], f[4]);
            }
        }
        int drafts = 0;
        int bundles = 0;
        for (Map.Entry<String, Map<String, String>> site : kinds.entrySet()) {
            Site opened = Generators.standard().open(corpus.resolve(site.getKey()));
            Map<String, PostSummary> listed = index(opened).stream()
                    .collect(Collectors.toMap(PostSummary::path, p -> p));
            assertThat(listed.keySet()).as(site.getKey()).containsExactlyInAnyOrderElementsOf(site.getValue().keySet());
            for (Map.Entry<String, String> file : site.getValue().entrySet()) {
                PostSummary post = listed.get(file.getKey());
                String text = Files.readString(corpus.resolve(site.getKey()).resolve(file.getKey()));
                boolean flagged = text.lines().map(l -> l.strip().replace(" ", ""))
                        .anyMatch(l -> l.equals("draft:true") || l.equals("draft=true"));
                assertThat(post.draft()).as(file.getKey()).isEqualTo(file.getValue().equals("draft")
                        || file.getValue().equals("section") && flagged);
                drafts += post.draft() ? 1 : 0;
                if (file.getKey().matches(".*/index(\\.[a-z-]+)?\\.(md|markdown)")) {
                    String folder = file.getKey().substring(0, file.getKey().lastIndexOf('/'));
                    assertThat(post.slug()).isEqualTo(folder.substring(folder.lastIndexOf('/') + 1));
                    bundles++;
                }
            }
        }
        assertThat(drafts).isEqualTo(18); // the manifest's 17 drafts and one section page with draft: true
        assertThat(bundles).isGreaterThanOrEqualTo(149);
    }
}
