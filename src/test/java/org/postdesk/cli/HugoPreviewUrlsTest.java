package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview shows a Hugo page's images offline: bundle resources beside the page, static/
 * served at the root under the base URL's path, assets/, a theme's static folder; check names
 * the file that is missing where Hugo would look for it.
 */
class HugoPreviewUrlsTest {
    @TempDir
    Path dir;

    private void file(String rel) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.write(f, new byte[] {1});
    }

    private Path page(String rel, String body) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, "---\ntitle: x\n---\n\n" + body + "\n");
    }

    private String url(String rel) {
        return dir.toUri().toString().replaceFirst("/$", "") + "/" + rel;
    }

    @Test
    void imagesResolveWhereHugoServesThem() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "baseURL = 'https://example.org/notes/'\ntheme = 'paper'\n");
        file("content/posts/trip/cover.jpg");
        file("content/posts/trip/img/inner.png");
        file("static/images/a.png");
        file("assets/b.png");
        file("themes/paper/static/logo.svg");
        file("content/posts/other/pic.png");
        Path trip = page("content/posts/trip/index.md", "![](cover.jpg) ![](./img/inner.png) ![](/notes/images/a.png)"
                + " ![](https://example.org/notes/images/a.png) ![](/b.png) ![](/notes/logo.svg)"
                + " ![](../other/pic.png) ![](/notes/posts/trip/cover.jpg)");
        CliRunner r = CliRunner.run("render", trip.toString());
        assertThat(r.exit).isEqualTo(Cli.OK);
        assertThat(r.out).contains("src=\"" + url("content/posts/trip/cover.jpg") + "\"",
                "src=\"" + url("content/posts/trip/img/inner.png") + "\"",
                "src=\"" + url("static/images/a.png") + "\"", "src=\"" + url("assets/b.png") + "\"",
                "src=\"" + url("themes/paper/static/logo.svg") + "\"",
                "src=\"" + url("content/posts/other/pic.png") + "\"").doesNotContain("pd-missing");
        assertThat(r.out.split(url("content/posts/trip/cover.jpg"), -1)).hasSize(3);
        CliRunner check = CliRunner.run("check", dir.toString());
        assertThat(check.out).isEmpty();
    }

    @Test
    void aSingleFilePageDoesNotSeeAnotherPagesResourcesAndMissingFilesAreNamed() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "baseURL = 'https://example.org/'\n");
        file("content/posts/trip/cover.jpg");
        page("content/posts/trip/index.md", "![](cover.jpg) ![](gone.jpg)");
        page("content/posts/single.md", "![](cover.jpg) ![](/images/none.png) ![](../../../../x.png)");
        CliRunner check = CliRunner.run("check", dir.toString());
        assertThat(check.out).contains(
                "content/posts/single.md:5: error: Image \"cover.jpg\" points to no file in the blog (looked for"
                        + " static/posts/single/cover.jpg). A file of that name is at content/posts/trip/cover.jpg.",
                "content/posts/single.md:5: error: Image \"/images/none.png\" points to no file in the blog (looked for"
                        + " static/images/none.png).",
                "content/posts/trip/index.md:5: error: Image \"gone.jpg\" points to no file in the blog (looked for"
                        + " content/posts/trip/gone.jpg).",
                "leaves the blog folder");
        assertThat(check.exit).isNotEqualTo(Cli.OK);
    }

    @Test
    void aBundleLinkedFromOutsideTheSiteIsNeverLoaded() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = 'x'\n");
        Path outside = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-secret"));
        Files.write(outside.resolve("key.png"), new byte[] {1});
        Files.createDirectories(dir.resolve("content/posts"));
        Files.createSymbolicLink(dir.resolve("content/posts/linked"), outside);
        Path p = page("content/posts/mine/index.md", "![](../linked/key.png) ![](/posts/linked/key.png)");
        CliRunner r = CliRunner.run("render", p.toString());
        assertThat(r.out).doesNotContain(outside.toUri().toString()).doesNotContain("linked/key.png\" alt")
                .contains("pd-blocked");
    }
}
