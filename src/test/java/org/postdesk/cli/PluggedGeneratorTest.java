package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.NotesGenerator;
import org.postdesk.core.site.Site;

/**
 * The seam is a seam: a generator that exists only in the tests plugs in, and the index and the
 * command line follow its rules (folders, names, template pass, check) instead of Jekyll's.
 */
class PluggedGeneratorTest {
    private final Generators withNotes = Generators.standard().plus(new NotesGenerator());

    @TempDir
    Path dir;

    private Path notesFolder() throws Exception {
        Files.writeString(dir.resolve(".notes"), "");
        Files.writeString(dir.resolve("_config.yml"), "title: looks like Jekyll too\n");
        Files.createDirectories(dir.resolve("entries"));
        Files.createDirectories(dir.resolve("ideas"));
        Files.createDirectories(dir.resolve("_posts"));
        Files.writeString(dir.resolve("entries/first.txt"),
                "---\ntitle: First note\n---\nThis is @@title@@, {{ page.title }} stays.\n");
        Files.writeString(dir.resolve("ideas/later.txt"), "---\ntitle: Later\n---\nSome day.\n");
        Files.writeString(dir.resolve("entries/picture.png"), "not a note");
        Files.writeString(dir.resolve("_posts/2024-01-01-jekyll.md"), "---\ntitle: Jekyll post\n---\nHi\n");
        return dir;
    }

    @Test
    void theIndexListsWhatTheSitesNamingRulesCount() throws Exception {
        Path folder = notesFolder();
        // _posts/ makes it a Jekyll blog for the standard generators; the test generator must not be needed
        assertThat(Generators.standard().open(folder).generator().id()).isEqualTo("jekyll");
        // a Notes marker beats a _config.yml hint, but not a _posts folder: remove it to be a Notes site
        Files.delete(folder.resolve("_posts/2024-01-01-jekyll.md"));
        Files.delete(folder.resolve("_posts"));
        Site site = withNotes.open(folder);
        assertThat(site.generator().displayName()).isEqualTo("Notes");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<PostSummary> posts = new PostIndex(site.folder()).scan(pool, PostIndex.Progress.none()).get();
            assertThat(posts).extracting(PostSummary::path)
                    .containsExactlyInAnyOrder("entries/first.txt", "ideas/later.txt");
            assertThat(posts).filteredOn(PostSummary::draft).extracting(PostSummary::path)
                    .containsExactly("ideas/later.txt");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCommandLineRendersAndChecksWithThePluggedRules() throws Exception {
        Path folder = notesFolder();
        Files.delete(folder.resolve("_posts/2024-01-01-jekyll.md"));
        Files.delete(folder.resolve("_posts"));
        CliRunner render = CliRunner.run(withNotes, "render", folder.resolve("entries/first.txt").toString());
        assertThat(render.exit).isEqualTo(Cli.OK);
        assertThat(render.out).contains("This is First note, {{ page.title }} stays.");

        CliRunner jekyll = CliRunner.run(Generators.standard(), "render", folder.resolve("entries/first.txt").toString());
        assertThat(jekyll.out).contains("This is @@title@@, First note stays.");

        CliRunner check = CliRunner.run(withNotes, "check", folder.toString());
        assertThat(check.out).contains("ideas/later.txt:1: warning: This is an idea; Notes does not publish ideas.");
        assertThat(check.exit).isEqualTo(Cli.OK);
    }

    @Test
    void theCommandLineRendersInThePluggedSitesMarkdownFlavour(@TempDir Path elsewhere) throws Exception {
        Path folder = notesFolder();
        Files.delete(folder.resolve("_posts/2024-01-01-jekyll.md"));
        Files.delete(folder.resolve("_posts"));
        String wide = "---\ntitle: Wide\n---\nWide note\n{:.wide}\n";
        Files.writeString(folder.resolve("entries/wide.txt"), wide);
        CliRunner notes = CliRunner.run(withNotes, "render", folder.resolve("entries/wide.txt").toString());
        assertThat(notes.out).contains("Wide note\n{:.wide}</p>").doesNotContain("class=");
        // with the standard generators nobody takes the folder and Jekyll (the fallback) reads it: kramdown
        CliRunner jekyll = CliRunner.run(Generators.standard(), "render", folder.resolve("entries/wide.txt").toString());
        assertThat(jekyll.out).contains("<p class=\"wide\"").doesNotContain("{:.wide}");

        // a file outside any site is read in the first generator's flavour
        Path stray = Files.writeString(elsewhere.resolve("stray.md"), wide);
        assertThat(CliRunner.run(Generators.of(new NotesGenerator()), "render", stray.toString()).out)
                .contains("{:.wide}").doesNotContain("class=");
        assertThat(CliRunner.run(Generators.standard(), "render", stray.toString()).out).contains("<p class=\"wide\"");
    }

    @Test
    void aNewPostIsNamedAndPlacedByThePluggedSite() throws Exception {
        Path folder = notesFolder();
        Files.delete(folder.resolve("_posts/2024-01-01-jekyll.md"));
        Files.delete(folder.resolve("_posts"));
        CliRunner made = CliRunner.run(withNotes, "new", folder.toString(), "--title", "Rainy Day", "--draft");
        assertThat(made.exit).isEqualTo(Cli.OK);
        assertThat(made.out.strip()).isEqualTo("ideas/rainy-day.txt");
        assertThat(folder.resolve("ideas/rainy-day.txt")).hasContent("---\ntitle: Rainy Day\n---\n");
        assertThat(folder.resolve("_drafts")).doesNotExist();
    }

    @Test
    void aFolderNoGeneratorTakesIsRefusedNamingEveryGenerator() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRunner check = CliRunner.run(withNotes, "check", empty.toString());
        assertThat(check.exit).isEqualTo(Cli.FAILURE);
        assertThat(check.err).contains("is not a Jekyll blog (this folder has neither _config.yml nor a _posts folder)"
                + " nor a Hexo blog (this folder has no package.json that depends on hexo)"
                + " nor a Notes blog (this folder has no .notes file).");
    }
}
