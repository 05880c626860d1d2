package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.images.ImportResult.Imported;

class DownscaleTest {
    @TempDir
    Path temp;

    private final ImportSettings max100 = ImportSettings.defaults().withMaxWidth(100);

    private Imported importFile(ImportSettings settings, String name, byte[] bytes) {
        TestBlog blog = new TestBlog(temp);
        return (Imported) blog.importer(settings).importImage(ImportRequest.of(ImageSource.file(blog.desktopFile(name, bytes)), "p"));
    }

    private BufferedImage written(String name) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(new TestBlog(temp).read(name)));
    }

    @Test
    void downscalingIsOffByDefault() throws IOException {
        byte[] png = TestImages.png(400, 200, 0x204060);
        importFile(ImportSettings.defaults(), "wide.png", png);
        assertThat(new TestBlog(temp).read("wide.png")).isEqualTo(png);
    }

    @Test
    void aWidePngIsReencodedAtTheMaximumWidth() throws IOException {
        Imported result = importFile(max100, "wide.png", TestImages.png(400, 200, 0x204060));

        BufferedImage image = written("wide.png");
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(50);
        assertThat(result.info()).isEqualTo(new ImageInfo(ImageFormat.PNG, 100, 50));
        assertThat(result.has(ImportNote.Kind.DOWNSCALED)).isTrue();
    }

    @Test
    void aWideJpegIsReencodedAtTheMaximumWidthAndKeepsItsColour() throws IOException {
        importFile(max100, "wide.jpg", TestImages.jpeg(300, 90, 0x808080));

        BufferedImage image = written("wide.jpg");
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(30);
        int rgb = image.getRGB(50, 15);
        assertThat(rgb >> 16 & 0xFF).isBetween(0x60, 0xA0);
    }

    @Test
    void narrowImagesAndGifsAreNeverReencoded() throws IOException {
        byte[] narrow = TestImages.png(80, 200, 0x204060);
        Imported png = importFile(max100, "narrow.png", narrow);
        assertThat(png.notes()).isEmpty();
        assertThat(new TestBlog(temp).read("narrow.png")).isEqualTo(narrow);

        byte[] gif = TestImages.gifHeader(500, 10);
        importFile(max100, "wide.gif", gif);
        assertThat(new TestBlog(temp).read("wide.gif")).isEqualTo(gif);
    }

    @Test
    void aPhotoTurnedByItsExifOrientationIsCopiedAtFullSize() throws IOException {
        byte[] rotated = ExifFixtures.withOrientation(TestImages.jpeg(300, 90, 0x808080), 6);
        Imported result = importFile(max100, "turned.jpg", rotated);

        assertThat(result.has(ImportNote.Kind.NOT_DOWNSCALED)).isTrue();
        assertThat(new TestBlog(temp).read("turned.jpg")).isEqualTo(rotated);
    }
}
