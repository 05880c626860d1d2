package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import org.postdesk.SharedFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.postdesk.core.post.PostDocument;

/**
 * Every post and draft of the shared corpus of real blogs (skipped when the corpus is absent):
 * bytes round-trip, and a title edit changes exactly one line of the file.
 */
class FrontMatterCorpusTest {
    private static final List<String> HUX_ORDER = List.of("layout", "title", "subtitle", "date",
            "author", "header-img", "catalog", "tags");

    @Test
    void titleEditChangesOneLineInEveryValidPost(TestReporter report) throws IOException {
        Path corpus = SharedFolders.corpus();
        Path manifest = corpus.resolve("MANIFEST.tsv");
        SharedFolders.assumePresent(Files.isRegularFile(manifest), manifest);
        int posts = 0;
        int withFrontMatter = 0;
        List<String> invalid = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String row : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] f = row.split("\t", -1);
            if (f.length < 5 || !(f[4].equals("post") || f[4].equals("draft"))) {
                continue;
            }
            Path file = locate(corpus.resolve(f[0].replace("/", "__")), f[2]);
            byte[] bytes = Files.readAllBytes(file);
            posts++;
            PostDocument post = PostDocument.parse(bytes);
            assertThat(post.toBytes()).as(file.toString()).isEqualTo(bytes);
            if (!post.hasFrontMatter() || post.isReadOnly()) {
                continue;
            }
            withFrontMatter++;
            FrontMatterDocument fm = FrontMatterDocument.parse(post.frontMatter(), HUX_ORDER);
            if (!fm.isValid()) {
                invalid.add(file + " " + fm.problem().orElseThrow());
                continue;
            }
            String problem = checkTitleEdit(post, fm);
            if (problem != null) {
                failures.add(file + ": " + problem);
            }
        }
        report.publishEntry("corpus", posts + " posts and drafts, " + withFrontMatter
                + " with front matter, " + invalid.size() + " invalid: " + invalid);
        assertThat(failures).as("posts where a title edit did more than change one line").isEmpty();
        assertThat(posts).isGreaterThan(1000);
        // Jekyll builds every post of these blogs, so none of their front matter may read as broken.
        assertThat(invalid).as("invalid front matter").isEmpty();
        assertThat(withFrontMatter - invalid.size()).isGreaterThan(1000);
    }

    private static String checkTitleEdit(PostDocument post, FrontMatterDocument fm) {
        String title = "新的标题 New";
        FrontMatterDocument edited = fm.withString("title", title);
        PostDocument after = post.withFrontMatter(edited.text());
        List<String> before = lines(new String(post.toBytes(), StandardCharsets.UTF_8));
        List<String> now = lines(new String(after.toBytes(), StandardCharsets.UTF_8));
        int same = 0;
        while (same < before.size() && same < now.size() && before.get(same).equals(now.get(same))) {
            same++;
        }
        int tail = 0;
        while (tail < before.size() - same && tail < now.size() - same
                && before.get(before.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) {
            tail++;
        }
        int removed = before.size() - same - tail;
        int added = now.size() - same - tail;
        boolean oneLine = (removed == 1 && added == 1) || (removed == 0 && added == 1);
        boolean multiLineTitle = fm.get("title").map(v -> v.rawText().contains("\n")).orElse(false);
        if (!oneLine && !(multiLineTitle && added == 1)) {
            return "removed " + removed + " lines, added " + added;
        }
        FrontMatterDocument reread = FrontMatterDocument.parse(after.frontMatter());
        if (!reread.string("title").orElse("").equals(title)) {
            return "title reads back as " + reread.string("title");
        }
        return null;
    }

    /** The corpus keeps {@code docs/_posts/x} as {@code _posts/x}: try the path, then from {@code _posts}/{@code _drafts} on. */
    private static Path locate(Path blog, String path) {
        Path direct = blog.resolve(path);
        if (Files.exists(direct)) {
            return direct;
        }
        int at = Math.max(path.indexOf("_posts/"), path.indexOf("_drafts/"));
        return at > 0 ? blog.resolve(path.substring(at)) : direct;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\n|\r", -1));
    }
}
