package org.postdesk.core.site.hexo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;

/** Which folders are Hexo sites: what an author sees as "Hexo" in the window, and what stays Jekyll. */
class HexoGeneratorTest {
    private final Generators standard = Generators.standard();

    @TempDir
    Path dir;

    @Test
    void everyCorpusBlogIsRecognisedAsHexo() throws IOException {
        Path corpus = HexoCorpus.root();
        HexoCorpus.blog("linkcd__blog-hexo");
        List<Path> blogs;
        try (Stream<Path> s = Files.list(corpus)) {
            blogs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(blogs).hasSize(12);
        for (Path blog : blogs) {
            assertThat(standard.recognise(blog)).as(blog.toString()).map(Generator::id).contains("hexo");
        }
        Site site = standard.open(corpus.resolve("linkcd__blog-hexo"));
        assertThat(site.generator().displayName()).isEqualTo("Hexo");
        assertThat(site.folders().posts()).containsExactly("source/_posts");
        assertThat(site.folders().drafts()).containsExactly("source/_drafts");
        assertThat(site.folder().problems()).isEmpty();
    }

    @Test
    void theSiteRendersWithWhatHexoRenderingChooses() throws IOException {
        hexo(dir, "{\"hexo\": {\"version\": \"7.3.0\"}, \"dependencies\": {\"hexo\": \"^7.3.0\"}}");
        Site site = standard.open(dir);
        HexoConfig config = (HexoConfig) site.config();
        assertThat(site.markdownFlavour()).isSameAs(HexoRendering.flavour(config));
        assertThat(site.templatePass().getClass()).isEqualTo(HexoRendering.templatePass(config).getClass());
    }

    @Test
    void aJekyllBlogWithAPackageJsonStaysJekyll() throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Files.createDirectories(dir.resolve("_posts"));
        Files.writeString(dir.resolve("package.json"), "{\"devDependencies\": {\"sass\": \"1\", \"hexo-cli\": \"4\"}}");
        assertThat(standard.recognise(dir)).map(Generator::id).contains("jekyll");
        // A theme's source folder beside it changes nothing: the package does not depend on hexo.
        Files.createDirectories(dir.resolve("source"));
        assertThat(standard.recognise(dir)).map(Generator::id).contains("jekyll");
    }

    @Test
    void aConfigAndASourceFolderWithoutHexoInThePackageAreNotHexo() throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Files.createDirectories(dir.resolve("source"));
        for (String json : List.of("{\"description\": \"made with \\\"hexo\\\": fast\"}",
                "{\"scripts\": {\"hexo\": \"hexo server\"}}", "{\"dependencies\": {\"hexo-renderer-marked\": \"6\"}}",
                "[\"hexo\"]", "\"hexo\"", "")) {
            Files.writeString(dir.resolve("package.json"), json);
            assertThat(new HexoGenerator().recognise(dir).recognised()).as(json).isFalse();
        }
    }

    @Test
    void aHostilePackageJsonIsReadSafelyOrNotAtAll() throws IOException {
        Files.createDirectories(dir.resolve("source"));
        HexoGenerator hexo = new HexoGenerator();
        List<String> hostile = List.of(
                "{".repeat(5000) + "}".repeat(5000),
                "{\"a\": &x [1], \"b\": *x, \"hexo\": {}}",
                "{\"dependencies\": {\"hexo\": \"7\"",
                "\u0000\u0001garbage",
                "{\"dependencies\":\t{\"hexo\":\t\"7\"}}");
        for (String json : hostile) {
            Files.writeString(dir.resolve("package.json"), json);
            hexo.recognise(dir); // never throws
        }
        assertThat(hexo.recognise(dir).recognised()).as("tabs between JSON tokens").isTrue();
        Files.writeString(dir.resolve("package.json"), "{\"dependencies\": {\"hexo\": \"7\"}, \"x\": \""
                + "y".repeat(1_100_000) + "\"}");
        assertThat(hexo.recognise(dir).recognised()).as("a package over 1 MB is not read").isFalse();
        Files.delete(dir.resolve("package.json"));
        Files.createDirectories(dir.resolve("package.json"));
        assertThat(hexo.recognise(dir).recognised()).isFalse();
    }

    @Test
    void aSourceFolderThatIsALinkStillMakesAHexoSite() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real-source/_posts"));
        Path site = Files.createDirectories(dir.resolve("site"));
        hexoPackage(site, "{\"dependencies\": {\"hexo\": \"7\"}}");
        Files.createSymbolicLink(site.resolve("source"), real.getParent());
        assertThat(standard.recognise(site)).map(Generator::id).contains("hexo");
        Files.delete(site.resolve("source"));
        Files.createSymbolicLink(site.resolve("source"), dir.resolve("nowhere"));
        assertThat(standard.recognise(site)).as("a dangling link is no source folder").isEmpty();
    }

    @Test
    void aPackageWithoutSourceSaysWhatIsMissing() throws IOException {
        hexoPackage(dir, "{\"dependencies\": {\"hexo\": \"7\"}}");
        assertThat(new HexoGenerator().recognise(dir).evidence()).contains("no source folder");
        assertThat(standard.whyNotASite(dir)).contains("a Hexo blog (this folder's package.json depends on hexo,"
                + " but it has no source folder)");
    }

    static void hexo(Path dir, String packageJson) throws IOException {
        Files.createDirectories(dir.resolve("source/_posts"));
        Files.writeString(dir.resolve("_config.yml"), "title: T\n");
        hexoPackage(dir, packageJson);
    }

    private static void hexoPackage(Path dir, String json) throws IOException {
        Files.writeString(dir.resolve("package.json"), json);
    }
}
