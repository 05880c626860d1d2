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
import org.postdesk.core.site.FrontMatterFormat;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.NotesGenerator;

/**
 * The command line and the index read and edit front matter in the forms the post's site accepts
 * (a test site that takes Hugo's three forms), and a Jekyll-only site keeps reading TOML as text
 * (docs/decisions/0037).
 */
class FrontMatterFormsCliTest {
    private static final String TOML_NOTE = "\uFEFF\uFEFF+++\r\ntitle = \"Old\"  # keep me\r\ndraft = true\r\n"
            + "tags = ['a']\r\n\r\n[params]\r\n  x = 1\r\n+++\r\nThis is @@title@@.\r\n";
    private final Generators hugoLike = Generators.standard().plus(new NotesGenerator(List.of(
            FrontMatterFormat.TOML_PLUSES, FrontMatterFormat.YAML_DASHES, FrontMatterFormat.JSON_OBJECT)));

    @TempDir
    Path dir;

    private Path site() throws Exception {
        Files.writeString(dir.resolve(".notes"), "");
        Files.createDirectories(dir.resolve("entries"));
        Files.writeString(dir.resolve("entries/toml.txt"), TOML_NOTE);
        Files.writeString(dir.resolve("entries/json.txt"), "{\n  \"title\": \"JSON note\"\n}\nBody @@title@@\n");
        return dir;
    }

    @Test
    void setEditsTomlInPlaceAndRenderAndTheIndexReadIt() throws Exception {
        Path folder = site();
        Path note = folder.resolve("entries/toml.txt");
        CliRunner set = CliRunner.run(hugoLike, "set", note.toString(), "title=新 \"标题\"", "draft=false", "tags=[a, b]");
        assertThat(set.exit).as(set.err).isZero();
        assertThat(Files.readString(note)).isEqualTo(TOML_NOTE.replace("\"Old\"", "\"新 \\\"标题\\\"\"")
                .replace("draft = true", "draft = false").replace("['a']", "['a', 'b']"));

        CliRunner render = CliRunner.run(hugoLike, "render", note.toString());
        assertThat(render.out).contains("This is 新 &quot;标题&quot;.").doesNotContain("draft");

        CliRunner refused = CliRunner.run(hugoLike, "set", note.toString(), "params=x");
        assertThat(refused.exit).isNotZero();
        assertThat(refused.err).contains("TOML table").doesNotContain("Exception");

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<PostSummary> posts = new PostIndex(hugoLike.open(folder).folder()).scan(pool, PostIndex.Progress.none()).get();
            assertThat(posts).extracting(PostSummary::title).containsExactlyInAnyOrder("新 \"标题\"", "JSON note");
            assertThat(posts).allSatisfy(p -> assertThat(p.flags()).isEmpty());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJekyllBlogStillReadsTomlAsBodyText() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("blog/_posts"));
        Files.writeString(dir.resolve("blog/_config.yml"), "title: t\n");
        Path post = Files.writeString(posts.resolve("2024-01-01-a.md"), "+++\ntitle = \"x\"\n+++\nBody\n");
        CliRunner set = CliRunner.run("set", post.toString(), "title=y");
        assertThat(set.exit).as(set.err).isZero();
        assertThat(Files.readString(post)).isEqualTo("---\ntitle: y\n---\n+++\ntitle = \"x\"\n+++\nBody\n");
    }
}
