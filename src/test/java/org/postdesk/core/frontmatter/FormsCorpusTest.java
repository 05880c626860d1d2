package org.postdesk.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.postdesk.SharedFolders;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * Every post of the shared Hexo and Hugo corpora (skipped when absent): the bytes round-trip,
 * the front matter is found in the form the generator reads and reads without a problem, and a
 * title edit changes exactly one line of the file (docs/decisions/0037).
 */
class FormsCorpusTest {
    static final List<FrontMatterFormat> HEXO = List.of(FrontMatterFormat.YAML_DASHES,
            FrontMatterFormat.YAML_UNOPENED, FrontMatterFormat.JSON_SEMICOLONS);
    static final List<FrontMatterFormat> HUGO = List.of(FrontMatterFormat.TOML_PLUSES,
            FrontMatterFormat.YAML_DASHES, FrontMatterFormat.JSON_OBJECT);

    static Path hexoCorpus() {
        return Path.of(System.getProperty("postdesk.corpusHexo", "../shared/corpus-hexo"));
    }

    static Path hugoCorpus() {
        return Path.of(System.getProperty("postdesk.corpusHugo", "../shared/corpus-hugo"));
    }

    /** The Markdown files under {@code folder} of every blog in {@code corpus}. */
    static List<Path> posts(Path corpus, String folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> blogs = Files.list(corpus)) {
            for (Path blog : blogs.filter(Files::isDirectory).sorted().toList()) {
                Path root = blog.resolve(folder);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                            .sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    @Test
    void everyHexoPostRoundTripsReadsAndTakesATitleEditOnOneLine(TestReporter report) throws IOException {
        Path corpus = hexoCorpus();
        SharedFolders.assumePresent(Files.isDirectory(corpus), corpus);
        Tally t = run(posts(corpus, "source"), HEXO);
        report.publishEntry("hexo", t.toString());
        assertThat(t.posts).isGreaterThan(1000);
        // the corpus README: 110 posts without the opening line, 10 without front matter, 1 unclosed
        assertThat(t.forms.getOrDefault("YAML//---", 0)).isGreaterThanOrEqualTo(100);
        assertThat(t.without).isLessThanOrEqualTo(15);
        assertThat(t.invalid).as("front matter that does not read").isEmpty();
        assertThat(t.failures).as("title edits that did more than change one line").isEmpty();
    }

    @Test
    void everyHugoFileRoundTripsReadsAndTakesATitleEditOnOneLine(TestReporter report) throws IOException {
        Path corpus = hugoCorpus();
        SharedFolders.assumePresent(Files.isDirectory(corpus), corpus);
        Tally t = run(posts(corpus, "content"), HUGO);
        report.publishEntry("hugo", t.toString());
        assertThat(t.posts).isGreaterThan(1100);
        // the corpus README: 932 YAML and 239 TOML front matters, 3 without
        assertThat(t.forms.getOrDefault("TOML/+++/+++", 0)).isGreaterThanOrEqualTo(239);
        assertThat(t.forms.getOrDefault("YAML/---/---", 0)).isGreaterThanOrEqualTo(900);
        assertThat(t.without).isLessThanOrEqualTo(3);
        assertThat(t.invalid).as("front matter that does not read").isEmpty();
        assertThat(t.failures).as("title edits that did more than change one line").isEmpty();
    }

    static final class Tally {
        int posts;
        int without;
        final Map<String, Integer> forms = new TreeMap<>();
        final List<String> invalid = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        @Override
        public String toString() {
            return posts + " files, " + without + " without front matter, forms " + forms + ", " + invalid.size()
                    + " invalid, " + failures.size() + " failed title edits";
        }
    }

    private static Tally run(List<Path> files, List<FrontMatterFormat> formats) throws IOException {
        Tally t = new Tally();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            t.posts++;
            PostDocument post = PostDocument.parse(bytes, formats);
            assertThat(post.toBytes()).as(file.toString()).isEqualTo(bytes);
            if (!post.hasFrontMatter()) {
                t.without++;
                continue;
            }
            FrontMatterFormat f = post.format().orElseThrow();
            t.forms.merge(f.language() + "/" + f.opening() + "/" + f.closing(), 1, Integer::sum);
            FrontMatterDocument fm = FrontMatterDocument.of(post);
            if (!fm.isValid()) {
                t.invalid.add(file + " " + fm.problem().orElseThrow());
                continue;
            }
            assertThat(fm.toPageMap()).as(file.toString()).containsKeys(fm.keys().toArray(String[]::new));
            String problem = titleEdit(post, fm);
            if (problem != null) {
                t.failures.add(file + ": " + problem);
            }
        }
        return t;
    }

    /** Null when setting the title changed exactly one line and reads back; else what went wrong. */
    static String titleEdit(PostDocument post, FrontMatterDocument fm) {
        String title = "新的标题 \"New\" 'x' \\ #1";
        FrontMatterDocument edited;
        try {
            edited = fm.withString("title", title);
        } catch (EditRefusedException e) {
            return "refused: " + e.getMessage();
        }
        PostDocument after = post.withFrontMatter(edited.text());
        PostDocument reread = PostDocument.parse(after.toBytes(), post.acceptedFormats());
        if (!reread.body().equals(post.body())) {
            return "the body changed";
        }
        FrontMatterDocument again = FrontMatterDocument.of(reread);
        if (!again.string("title").orElse("").equals(title)) {
            return "the title reads " + again.string("title");
        }
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
        int changedBefore = before.size() - same - tail;
        int changedNow = now.size() - same - tail;
        boolean hadTitle = fm.has("title");
        // a title written over several lines becomes one line
        boolean multiLineTitle = fm.get("title").map(v -> v.rawText().contains("\n")).orElse(false);
        if (hadTitle ? changedNow == 1 && (changedBefore == 1 || multiLineTitle) : changedBefore == 0 && changedNow == 1) {
            return null;
        }
        return changedBefore + " lines became " + changedNow;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\n|\r", -1));
    }
}
