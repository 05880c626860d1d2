package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.images.ImportResult.Imported;
import org.postdesk.core.images.ImportResult.Refused;

/** Each format is recognised by its bytes, measured from its header and copied byte for byte. */
class FormatsTest {
    @TempDir
    Path temp;

    private ImportResult importFile(String name, byte[] bytes) {
        TestBlog blog = new TestBlog(temp);
        return blog.importer().importImage(ImportRequest.of(ImageSource.file(blog.desktopFile(name, bytes)), "post"));
    }

    private Imported imported(String name, byte[] bytes) throws IOException {
        Imported result = (Imported) importFile(name, bytes);
        assertThat(new TestBlog(temp).read(result.file().getFileName().toString())).isEqualTo(bytes);
        return result;
    }

    @Test
    void anAnimatedGifIsCopiedByteForByteAndKeepsItsFrames() throws IOException {
        byte[] gif = TestImages.animatedGif();
        Imported result = imported("dancing.gif", gif);

        assertThat(result.info()).isEqualTo(new ImageInfo(ImageFormat.GIF, 1, 1));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(new TestBlog(temp).read("dancing.gif")))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(2);
        }
    }

    @Test
    void pngAndJpegAreMeasuredFromTheirHeaders() throws IOException {
        assertThat(imported("a.png", TestImages.png(37, 21, 0x102030)).info()).isEqualTo(new ImageInfo(ImageFormat.PNG, 37, 21));
        assertThat(imported("b.jpg", TestImages.jpeg(45, 33, 0x102030)).info()).isEqualTo(new ImageInfo(ImageFormat.JPEG, 45, 33));
    }

    @Test
    void webpHeadersOfAllThreeKindsAreRead() throws IOException {
        assertThat(imported("x.webp", TestImages.webpVp8x(1920, 1080)).info()).isEqualTo(new ImageInfo(ImageFormat.WEBP, 1920, 1080));
        assertThat(imported("l.webp", TestImages.webpVp8l(640, 480)).info()).isEqualTo(new ImageInfo(ImageFormat.WEBP, 640, 480));
        assertThat(imported("v.webp", TestImages.webpVp8(300, 200)).info()).isEqualTo(new ImageInfo(ImageFormat.WEBP, 300, 200));
    }

    @Test
    void anSvgIsCopiedAsItIs() throws IOException {
        String svg = "\uFEFF<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n";
        Imported result = imported("Diagram.SVG", svg.getBytes(StandardCharsets.UTF_8));

        assertThat(result.file()).isEqualTo(Path.of("postimg", "diagram.svg"));
        assertThat(result.info().format()).isEqualTo(ImageFormat.SVG);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void anSvgWithAScriptIsCopiedWithANote() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\" onclick=\"steal()\"/>"
                + "<script>alert(1)</script></svg>";
        Imported result = imported("chart.svg", svg.getBytes(StandardCharsets.UTF_8));

        assertThat(result.has(ImportNote.Kind.SVG_ACTIVE_CONTENT)).isTrue();
    }

    @Test
    void htmlSavedWithAnSvgExtensionIsRefused() {
        ImportResult result = importFile("page.svg", "<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(((Refused) result).message()).startsWith("\u201Cpage.svg\u201D is text markup (its first element is <html>),"
                + " not an SVG image");
    }

    @Test
    void anSvgCutShortIsRefused() {
        ImportResult result = importFile("cut.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1".getBytes(StandardCharsets.UTF_8));
        assertThat(((Refused) result).message()).contains("is an SVG that is cut short");
    }

    @Test
    void aGifWithAPngExtensionKeepsItsBytesAndGetsAGifName() throws IOException {
        Imported result = imported("anim.png", TestImages.animatedGif());
        assertThat(result.file()).isEqualTo(Path.of("postimg", "anim.gif"));
    }
}
