package org.postdesk.core.site.hugo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;

/** Which folders are Hugo sites: what the window and the command line take a folder for. */
class HugoRecognitionTest {
    static final Path CORPUS = Path.of(System.getProperty("postdesk.corpus", "../shared/corpus"))
            .resolveSibling("corpus-hugo");

    private final Generators standard = Generators.standard();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml",
            "config.yml", "config.json"})
    void eachConfigFormBesideContentIsHugo(String config) throws IOException {
        Files.writeString(dir.resolve(config), config.endsWith(".toml") ? "title = \"x\"\n"
                : config.endsWith(".json") ? "{\"title\": \"x\"}\n" : "title: x\n");
        Files.createDirectories(dir.resolve("content/posts"));
        assertThat(standard.recognise(dir)).map(Generator::id).contains("hugo");
        Site site = standard.open(dir);
        assertThat(site.generator().displayName()).isEqualTo("Hugo");
        assertThat(site.config().all()).containsEntry("title", "x");
        assertThat(site.folder().problems()).isEmpty();
    }

    @Test
    void aModernConfigAloneIsEnoughButAnOldOneNeedsContent() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = 'x'\n");
        assertThat(standard.recognise(dir)).map(Generator::id).contains("hugo");
        Files.delete(dir.resolve("hugo.toml"));
        Files.writeString(dir.resolve("config.toml"), "title = 'x'\n");
        assertThat(new HugoGenerator().recognise(dir).recognised()).isFalse();
        assertThat(new HugoGenerator().recognise(dir).evidence()).contains("config.toml but no content folder");
    }

    @Test
    void aConfigFolderMakesASite() throws IOException {
        Files.createDirectories(dir.resolve("config/_default"));
        Files.writeString(dir.resolve("config/_default/hugo.toml"), "baseURL = 'https://e.org/notes/'\n");
        Files.writeString(dir.resolve("config/_default/params.toml"), "author = 'Li'\n");
        Files.writeString(dir.resolve("config/_default/languages.zh.toml"), "contentDir = 'content/zh'\nweight = 2\n");
        Files.createDirectories(dir.resolve("content"));
        assertThat(standard.recognise(dir)).map(Generator::id).contains("hugo");
        Site site = standard.open(dir);
        assertThat(site.config().baseurl()).isEqualTo("/notes");
        assertThat(site.config().url()).isEqualTo("https://e.org");
        assertThat(((HugoConfig) site.config()).table("params")).containsEntry("author", "Li");
        assertThat(site.folders().posts()).containsExactly("content", "content/zh");
    }

    @Test
    void aJekyllBlogWithAStrayConfigTomlStaysJekyll() throws IOException {
        Files.createDirectories(dir.resolve("_posts"));
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Files.writeString(dir.resolve("config.toml"), "[tool]\nname = 'x'\n");
        assertThat(standard.recognise(dir)).map(Generator::id).contains("jekyll");
        assertThat(new HugoGenerator().recognise(dir).recognised()).isFalse();
        Files.delete(dir.resolve("_config.yml"));
        assertThat(standard.recognise(dir)).map(Generator::id).contains("jekyll");
        Files.createDirectories(dir.resolve("content"));
        assertThat(standard.recognise(dir)).as("a tie goes to Jekyll, listed first").map(Generator::id).contains("jekyll");
    }

    @Test
    void aHexoSiteIsNotHugo() throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Files.createDirectories(dir.resolve("source/_posts"));
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"hexo\": \"7\"}}");
        Files.writeString(dir.resolve("config.json"), "{}");
        assertThat(new HugoGenerator().recognise(dir).recognised()).isFalse();
        assertThat(standard.recognise(dir)).map(Generator::id).isEmpty();
    }

    @Test
    void aFolderWithNoConfigIsNotHugoAndSaysWhy() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        assertThat(new HugoGenerator().recognise(dir).recognised()).isFalse();
        assertThat(standard.whyNotASite(dir)).contains("nor a Hugo blog (this folder has no hugo.toml, config.toml or config/_default folder)");
        assertThat(new HugoGenerator().recognise(dir.resolve("nothing"))).extracting(r -> r.recognised()).isEqualTo(false);
    }

    @Test
    void aLinkedSiteFolderAndALinkedContentFolderAreFollowed() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("hugo.toml"), "title = 'x'\n");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/content"));
        Files.writeString(elsewhere.resolve("a.md"), "+++\ntitle = 'a'\n+++\n");
        Files.createSymbolicLink(real.resolve("content"), elsewhere);
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThat(new HugoGenerator().recognise(link).strength()).isEqualTo(3);
        assertThat(standard.enclosing(link.resolve("content/a.md"))).contains(link.toAbsolutePath());
    }

    @Test
    void aBrokenConfigIsASentenceAndDefaults() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = \"x\nbaseURL = 3 3\n");
        Files.createDirectories(dir.resolve("content"));
        Site site = standard.open(dir);
        assertThat(site.folder().problems()).singleElement().asString()
                .startsWith("hugo.toml is not valid TOML at line 1").contains("Hugo's defaults")
                .doesNotContain("Exception");
        assertThat(site.folders().posts()).containsExactly("content");
    }

    @Test
    void everyCorpusSiteIsHugo() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no Hugo corpus");
        List<Path> sites;
        try (var list = Files.list(CORPUS)) {
            sites = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(sites).hasSizeGreaterThanOrEqualTo(10);
        for (Path site : sites) {
            assertThat(standard.recognise(site)).as(site.getFileName().toString()).map(Generator::id).contains("hugo");
            Site opened = standard.open(site);
            assertThat(opened.folder().problems()).as(site.getFileName().toString()).isEmpty();
        }
    }
}
