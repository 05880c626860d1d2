package org.postdesk.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.images.ImageImporter;
import org.postdesk.core.images.ImageSource;
import org.postdesk.core.images.ImportRequest;
import org.postdesk.core.images.ImportResult;
import org.postdesk.core.images.ImportSettings;
import org.postdesk.core.images.LinkTemplate;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostDocument;

/**
 * A real full disk: a 64 KB tmpfs. Mounting needs root (and the right to mount, which some
 * containers withhold), so the test skips elsewhere; {@code WriteGuardAttackTest} covers the same
 * promises with a failing sink everywhere.
 */
class TinyDiskTest {
    private static final String POST = "---\ntitle: Small\n---\nbody\n";

    @TempDir
    Path dir;

    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountTinyDisk() throws Exception {
        mount = Files.createDirectories(dir.resolve("tiny"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        mounted = p.waitFor() == 0;
        assumeTrue(mounted, "cannot mount a 64 KB tmpfs here (needs root and the right to mount)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", mount.toString()).redirectErrorStream(true).start().waitFor();
        }
    }

    private Path blog() throws IOException {
        Path blog = Files.createDirectories(mount.resolve("blog/_posts"));
        Files.writeString(blog.resolveSibling("_config.yml"), "title: tiny\n");
        Files.writeString(blog.resolve("2024-01-01-a.md"), POST);
        return blog.getParent();
    }

    private static byte[] noisePng() throws IOException {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aRefusedImportLeavesNoEmptyImageFolder() throws IOException {
        Path blog = blog();
        byte[] png = noisePng();
        assertThat(png.length).as("larger than the disk").isGreaterThan(64 * 1024);
        ImageImporter importer = new ImageImporter(blog, Path.of("assets/images"), LinkTemplate.of("/assets/images/{name}"),
                ImportSettings.defaults());

        ImportResult result = importer.importImage(ImportRequest.of(ImageSource.bytes(png, "noise.png"), "a"));

        assertThat(result).isInstanceOf(ImportResult.Refused.class);
        assertThat(((ImportResult.Refused) result).message()).contains("the disk is full");
        assertThat(blog.resolve("assets")).as("no folder created for a write that did not happen").doesNotExist();
    }

    @Test
    void aSaveThatDoesNotFitLeavesThePostAndNoTemporaryFile() throws IOException {
        Path blog = blog();
        Path post = blog.resolve("_posts/2024-01-01-a.md");
        String huge = POST + "x".repeat(100 * 1024);

        assertThatThrownBy(() -> PostFiles.save(BlogFolder.open(blog).writes(), post, PostDocument.ofText(huge)))
                .isInstanceOf(PostIoException.class).hasMessageContaining("the disk is full");
        assertThat(post).hasContent(POST);
        try (var files = Files.list(post.getParent())) {
            assertThat(files).containsExactly(post);
        }
    }
}
