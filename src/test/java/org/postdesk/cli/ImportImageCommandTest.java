package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.postdesk.SharedFolders;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportImageCommandTest {
    private static final Path SEED_BLOG = SharedFolders.seedBlog().toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void printsTheLinkInTheSeedBlogsStyleAndWritesTheFile() throws IOException {
        SharedFolders.assumePresent(Files.isDirectory(SEED_BLOG), SEED_BLOG);
        Path blog = SharedFolders.writableCopy(SEED_BLOG, dir.resolve("blog"));
        Path post;
        try (Stream<Path> posts = Files.list(blog.resolve("_posts"))) {
            post = posts.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String before = Files.readString(post);
        Path image = png(dir.resolve("Screen Shot.png"));

        CliRunner r = CliRunner.run("import-image", post.toString(), image.toString());

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).isEqualTo("![Screen Shot]({{site.baseurl}}/postimg/screen-shot.png)" + System.lineSeparator());
        assertThat(blog.resolve("postimg/screen-shot.png")).hasSameBinaryContentAs(image);
        assertThat(Files.readString(post)).as("the post is not edited").isEqualTo(before);
    }

    @Test
    void aNonImageIsRefusedWithASentenceAndExitTwoWhileTheOthersAreImported() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog/_posts"));
        Path post = Files.writeString(blog.resolve("2024-01-02-trip.md"), "---\ntitle: Trip\n---\n");
        Path good = png(dir.resolve("a.png"));
        Path bad = Files.writeString(dir.resolve("notes.jpg"), "just text");

        CliRunner r = CliRunner.run("import-image", post.toString(), bad.toString(), good.toString());

        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out.strip()).isEqualTo("![a]({{ site.baseurl }}/assets/images/a.png)");
        assertThat(r.err.strip()).startsWith("postdesk import-image: ").contains("notes.jpg", "Nothing was written");
        assertThat(r.err.lines()).hasSize(1);
        assertThat(dir.resolve("blog/assets/images/notes.jpg")).doesNotExist();
    }

    @Test
    void theBlogsSettingsFileDecidesTheFolderAndStyle() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog/_posts"));
        Files.writeString(dir.resolve("blog/.postdesk.yml"), "image_folder: img/in-post\nimage_link: /img/in-post/{name}\n");
        Path post = Files.writeString(blog.resolve("2024-01-02-trip.md"), "---\ntitle: Trip\n---\n");
        CliRunner r = CliRunner.run("import-image", post.toString(), png(dir.resolve("x.png")).toString());
        assertThat(r.out.strip()).isEqualTo("![x](/img/in-post/x.png)");
        assertThat(dir.resolve("blog/img/in-post/x.png")).exists();
    }

    @Test
    void aChineseNamedImageForAChineseNamedPostIsNamedAfterThePostsDate() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog/_posts"));
        Path post = Files.writeString(blog.resolve("2021-12-17-止付2.9亿.md"), "---\ntitle: 止付，2.9亿！\n---\n");
        CliRunner r = CliRunner.run("import-image", post.toString(), png(dir.resolve("截图.png")).toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out.strip()).isEqualTo("![截图]({{ site.baseurl }}/assets/images/2021-12-17-1.png)");
    }

    @Test
    void badUsageExitsTwo() {
        CliRunner r = CliRunner.run("import-image", "only-a-post.md");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("needs a post and at least one image");
        assertThat(CliRunner.run("import-image", "--help").out).contains("not changed", "--allow-large");
    }

    private static Path png(Path file) throws IOException {
        BufferedImage img = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xFF8800);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
