package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a Hexo site: check, set, render, new and import-image work as on a Jekyll blog. */
class HexoCliTest {
    @TempDir
    Path dir;
    private Path site;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("source/_posts"));
        Files.writeString(site.resolve("package.json"), "{\"dependencies\": {\"hexo\": \"^7.3.0\"}}");
        Files.writeString(site.resolve("_config.yml"), "title: T\npost_asset_folder: true\n"
                + "new_post_name: :year-:month-:day-:title.md\n");
        Files.createDirectories(site.resolve("scaffolds"));
        Files.writeString(site.resolve("scaffolds/post.md"), "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n");
    }

    private Path post(String name, String text) throws IOException {
        return Files.writeString(site.resolve("source/_posts/" + name), text);
    }

    @Test
    void checkNamesHexoAndItsProblems() throws IOException {
        post("a.md", "---\ntitle: A\n---\n{% asset_img gone.png %}\n");
        CliRunner r = CliRunner.run("check", site.toString());
        assertThat(r.exit).isEqualTo(Cli.FOUND_ERRORS);
        assertThat(r.out).contains("source/_posts/a.md:4: error: {% asset_img gone.png %} names no file");
    }

    @Test
    void setChangesOneLineOfAHexoPost() throws IOException {
        Path p = post("a.md", "---\ntitle: Old\ncategories:\n  - [写作, 工具]\n  - 随笔\ncomments: false\n---\nBody\n");
        CliRunner r = CliRunner.run("set", p.toString(), "title=新标题");
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        assertThat(Files.readString(p)).isEqualTo("---\ntitle: 新标题\ncategories:\n  - [写作, 工具]\n  - 随笔\n"
                + "comments: false\n---\nBody\n");
    }

    @Test
    void renderShowsTheAssetFolderImage() throws IOException {
        Path p = post("a.md", "---\ntitle: A\n---\n![x](x.png)\n");
        Files.createDirectories(site.resolve("source/_posts/a"));
        png(site.resolve("source/_posts/a/x.png"));
        CliRunner r = CliRunner.run("render", p.toString());
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        assertThat(r.out).contains("source/_posts/a/x.png\"");
    }

    @Test
    void newWritesTheScaffoldNamedByNewPostName() throws IOException {
        CliRunner r = CliRunner.run("new", site.toString(), "--title", "Hello World", "--date", "2025-03-08");
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        assertThat(r.out.strip()).isEqualTo("source/_posts/2025-03-08-Hello-World.md");
        String text = Files.readString(site.resolve("source/_posts/2025-03-08-Hello-World.md"));
        assertThat(text).startsWith("---\ntitle: Hello World\ndate: 2025-03-08 ").endsWith("tags:\n---\n");
        assertThat(site.resolve("source/_posts/2025-03-08-Hello-World")).isDirectory();
    }

    @Test
    void importImagePutsTheImageInTheAssetFolderAsAnAssetImgTag() throws IOException {
        Path p = post("2025-03-08-trip.md", "---\ntitle: Trip\n---\n");
        Path image = png(dir.resolve("Screen Shot.png"));
        CliRunner r = CliRunner.run("import-image", p.toString(), image.toString());
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        assertThat(r.out.strip()).isEqualTo("{% asset_img screen-shot.png \"Screen Shot\" %}");
        assertThat(site.resolve("source/_posts/2025-03-08-trip/screen-shot.png")).hasSameBinaryContentAs(image);
    }

    @Test
    void importImageFollowsPostsThatLinkByBareName() throws IOException {
        post("2025-03-01-old.md", "---\ntitle: Old\n---\n![a](a.png)\n\n![b](b.png)\n");
        Path p = post("2025-03-08-trip.md", "---\ntitle: Trip\n---\n");
        CliRunner r = CliRunner.run("import-image", p.toString(), png(dir.resolve("map.png")).toString());
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        assertThat(r.out.strip()).isEqualTo("![map](map.png)");
        assertThat(site.resolve("source/_posts/2025-03-08-trip/map.png")).exists();
    }

    @Test
    void withoutAssetFoldersImagesGoToSourceImagesLinkedUnderRoot() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: T\nroot: /blog/\n");
        Path p = post("trip.md", "---\ntitle: Trip\n---\n");
        CliRunner r = CliRunner.run("import-image", p.toString(), png(dir.resolve("map.png")).toString());
        assertThat(r.exit).as(r.err).isEqualTo(Cli.OK);
        assertThat(r.out.strip()).isEqualTo("![map](/blog/images/map.png)");
        assertThat(site.resolve("source/images/map.png")).exists();
    }

    @Test
    void anAssetFolderThatLinksOutOfTheSiteIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path p = post("trip.md", "---\ntitle: Trip\n---\n");
        Files.createSymbolicLink(site.resolve("source/_posts/trip"), outside);
        CliRunner r = CliRunner.run("import-image", p.toString(), png(dir.resolve("map.png")).toString());
        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("outside");
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    private static Path png(Path file) throws IOException {
        BufferedImage img = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xFF8800);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
