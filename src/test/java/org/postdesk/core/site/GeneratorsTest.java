package org.postdesk.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which generator a folder belongs to: what an author sees as "this is a blog" or "this is not". */
class GeneratorsTest {
    private final Generators standard = Generators.standard();

    @TempDir
    Path dir;

    @Test
    void aFolderWithPostsIsAJekyllBlog() throws IOException {
        Files.createDirectories(dir.resolve("_posts"));
        assertThat(standard.recognise(dir)).map(Generator::id).contains("jekyll");
        Site site = standard.open(dir);
        assertThat(site.generator().displayName()).isEqualTo("Jekyll");
        assertThat(site.folder().problems()).singleElement().asString().contains("no _config.yml");
        assertThat(site.folders().posts()).containsExactly("_posts");
    }

    @Test
    void aConfigAloneIsOnlyAHint() throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Recognition jekyll = standard.all().get(0).recognise(dir);
        assertThat(jekyll.strength()).isEqualTo(Recognition.HINT);
        assertThat(standard.isSite(dir)).isTrue();
    }

    @Test
    void aHexoSiteIsNotTakenForJekyllOnItsConfig() throws IOException {
        hexoSite(dir);
        assertThat(standard.recognise(dir)).map(Generator::id).contains("hexo");
        assertThat(standard.all().get(0).recognise(dir).recognised()).isFalse();
        assertThat(standard.all().get(0).recognise(dir).evidence()).contains("hexo");
        Site opened = standard.open(dir);
        assertThat(opened.generator().displayName()).isEqualTo("Hexo");
        assertThat(opened.folder().problems()).isEmpty();
        assertThat(opened.folders().posts()).containsExactly("source/_posts");
    }

    @Test
    void aHexoLookalikeWithPostsIsStillJekyll() throws IOException {
        hexoSite(dir);
        Files.createDirectories(dir.resolve("_posts"));
        assertThat(standard.recognise(dir)).map(Generator::id).contains("jekyll");
    }

    @Test
    void aPackageThatOnlyMentionsHexoElsewhereDoesNotCount() throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Files.createDirectories(dir.resolve("source"));
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"my-hexo-notes\", \"dependencies\": {\"hexo-cli\": \"4\"}}");
        assertThat(standard.isSite(dir)).isTrue();
    }

    @Test
    void anEmptyFolderIsNobodysSiteButOpensAsTheFallback() throws IOException {
        assertThat(standard.recognise(dir)).isEmpty();
        Site site = standard.open(dir);
        assertThat(site.generator()).isSameAs(standard.fallback());
        assertThat(site.folder().problems()).contains("This folder has neither _config.yml nor a _posts folder, so it does not look like a"
                        + " Jekyll blog; new posts will go into a new _posts folder.");
    }

    @Test
    void aFileIsNoSiteAndDoesNotOpen() throws IOException {
        Path file = Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        assertThat(standard.recognise(file)).isEmpty();
        assertThat(standard.recognise(dir.resolve("missing"))).isEmpty();
        assertThatThrownBy(() -> standard.open(file)).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void aPostsFileOrAConfigFolderIsNoEvidence() throws IOException {
        Files.writeString(dir.resolve("_posts"), "a file, not a folder");
        Files.createDirectories(dir.resolve("_config.yml"));
        assertThat(standard.isSite(dir)).isFalse();
        assertThat(standard.all().get(0).recognise(dir).evidence())
                .isEqualTo("This folder has neither _config.yml nor a _posts folder");
    }

    @Test
    void aLinkedFolderIsRecognisedThroughTheLink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.createDirectories(real.resolve("_posts"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThat(standard.isSite(link)).isTrue();
        assertThat(standard.enclosing(link.resolve("_posts/2024-01-01-a.md"))).contains(link);
    }

    @Test
    void theNearestSiteAboveAFileEnclosesIt() throws IOException {
        Files.createDirectories(dir.resolve("outer/_posts"));
        Files.createDirectories(dir.resolve("outer/inner/_posts"));
        assertThat(standard.enclosing(dir.resolve("outer/inner/_posts/x.md"))).contains(dir.resolve("outer/inner"));
        assertThat(standard.enclosing(dir.resolve("elsewhere/x.md"))).isEmpty();
    }

    @Test
    void theStrongestRecognitionWinsAndTheFirstOnATie() throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Files.writeString(dir.resolve(".notes"), "");
        Generators both = standard.plus(new NotesGenerator());
        assertThat(both.recognise(dir)).map(Generator::id).contains("notes");
        Files.createDirectories(dir.resolve("_posts"));
        assertThat(both.recognise(dir)).map(Generator::id).contains("jekyll");
        Path tie = Files.createDirectories(dir.resolve("tie"));
        Files.createDirectories(tie.resolve("_posts"));
        Files.writeString(tie.resolve(".notes"), "");
        assertThat(both.recognise(tie)).map(Generator::id).contains("jekyll");
        assertThat(Generators.of(new NotesGenerator()).plus(standard.fallback()).recognise(tie))
                .map(Generator::id).contains("notes");
    }

    private static void hexoSite(Path dir) throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: Hexo\nsource_dir: source\n");
        Files.createDirectories(dir.resolve("source/_posts"));
        Files.writeString(dir.resolve("package.json"), "{\n  \"name\": \"hexo-site\",\n  \"dependencies\": {\n"
                + "    \"hexo\": \"^7.0.0\",\n    \"hexo-renderer-marked\": \"^6.0.0\"\n  }\n}\n");
    }
}
