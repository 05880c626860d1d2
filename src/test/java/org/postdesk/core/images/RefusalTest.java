package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.images.ImportResult.Imported;
import org.postdesk.core.images.ImportResult.NeedsConfirmation;
import org.postdesk.core.images.ImportResult.Refused;

/** Bad inputs are refused with a sentence, and nothing is written. */
class RefusalTest {
    @TempDir
    Path temp;

    private TestBlog blog;

    private Refused refused(ImageSource source) {
        blog = blog == null ? new TestBlog(temp) : blog;
        ImportResult result = blog.importer().importImage(ImportRequest.of(source, "post"));
        assertThat(result).isInstanceOf(Refused.class);
        Refused refused = (Refused) result;
        assertThat(refused.message()).endsWith(" Nothing was written to postimg/.");
        assertThat(blog.files()).isEmpty();
        return refused;
    }

    private Refused refusedFile(String name, byte[] bytes) {
        blog = new TestBlog(temp);
        return refused(ImageSource.file(blog.desktopFile(name, bytes)));
    }

    @Test
    void textWithAPngExtensionIsNotAnImage() {
        assertThat(refusedFile("photo.png", "hello, world".getBytes(StandardCharsets.UTF_8)).message())
                .startsWith("\u201Cphoto.png\u201D is not an image Postdesk can import;");
    }

    @Test
    void anIphoneHeicPhotoIsNamedInTheRefusal() {
        byte[] heic = TestImages.concat(new byte[] {0, 0, 0, 0x18}, TestImages.ascii("ftypheic"), new byte[40]);
        assertThat(refusedFile("IMG_0001.HEIC", heic).message()).contains("it is a HEIC photo; export it as JPEG first");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusedFile("empty.png", new byte[0]).message()).startsWith("\u201Cempty.png\u201D is empty (0 bytes).");
    }

    @Test
    void aPngWithoutItsEndIsCutShort() {
        byte[] png = TestImages.png(40, 40, 0x445566);
        assertThat(refusedFile("cut.png", Arrays.copyOf(png, png.length - 12)).message()).contains("is a PNG that is cut short");
    }

    @Test
    void aJpegWithoutItsEndIsCutShort() {
        byte[] jpeg = TestImages.jpeg(40, 40, 0x445566);
        assertThat(refusedFile("cut.jpg", Arrays.copyOf(jpeg, jpeg.length - 40)).message()).contains("is a JPEG that is cut short");
    }

    @Test
    void aJpegCutInsideItsHeaderIsCutShort() {
        byte[] jpeg = TestImages.jpeg(40, 40, 0x445566);
        assertThat(refusedFile("cut.jpg", Arrays.copyOf(jpeg, 30)).message()).contains("is a JPEG that is cut short");
    }

    @Test
    void aGifWithoutItsTrailerIsCutShort() {
        byte[] gif = TestImages.animatedGif();
        assertThat(refusedFile("cut.gif", Arrays.copyOf(gif, gif.length - 4)).message()).contains("is a GIF that is cut short");
    }

    @Test
    void aWebpShorterThanItsRiffSizeIsCutShort() {
        byte[] webp = Arrays.copyOf(TestImages.webpVp8x(100, 100), 30);
        webp[4] = 100; // the RIFF header promises more than the 30 bytes there are
        assertThat(refusedFile("cut.webp", webp).message()).contains("is a WebP that is cut short");
    }

    @Test
    void headersClaimingMoreThan100MegapixelsAreRefusedWithoutDecoding() {
        assertThat(refusedFile("huge.png", TestImages.pngHeader(20000, 20000)).message())
                .startsWith("\u201Chuge.png\u201D is 20000 x 20000 pixels (400 megapixels), more than the 100 megapixels");
        assertThat(refusedFile("huge.jpg", TestImages.jpegHeader(60000, 50000)).message()).contains("60000 x 50000 pixels");
        assertThat(refusedFile("huge.gif", TestImages.gifHeader(65535, 65535)).message()).contains("65535 x 65535 pixels");
        assertThat(refusedFile("huge.webp", TestImages.webpVp8x(16384, 16384)).message()).contains("16384 x 16384 pixels");
    }

    @Test
    void justUnder100MegapixelsPassesTheHeaderCheck() {
        TestBlog b = new TestBlog(temp);
        ImportResult result = b.importer().importImage(ImportRequest.of(
                ImageSource.bytes(TestImages.pngHeader(10000, 10000), "big.png"), "post"));
        assertThat(result).isInstanceOf(Imported.class);
    }

    @Test
    void aNameThatWouldLeaveTheImageFolderIsRefused() {
        blog = new TestBlog(temp);
        byte[] png = TestImages.png(4, 4, 0);
        assertThat(refused(ImageSource.bytes(png, "../evil.png")).message())
                .startsWith("The image was not imported: the name \u201C../evil.png\u201D contains a path separator");
        assertThat(refused(ImageSource.bytes(png, "/etc/evil.png")).message()).contains("path separator");
        assertThat(refused(ImageSource.bytes(png, "..\\evil.png")).message()).contains("path separator");
        assertThat(refused(ImageSource.bytes(png, "C:evil.png")).message()).contains("points outside the image folder");
        assertThat(Files.exists(blog.root.resolve("evil.png"))).isFalse();
        assertThat(Files.exists(temp.resolve("evil.png"))).isFalse();
    }

    @Test
    void aFileOver50MegabytesNeedsConfirmationAndIsNotRead() throws IOException {
        blog = new TestBlog(temp);
        Path large = blog.desktopFile("panorama.png", TestImages.png(16, 16, 0x10));
        long size = 60L * 1024 * 1024;
        byte[] end = TestImages.chunk("IEND", new byte[0]);
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.seek(size - end.length); // sparse: the gap takes no disk and is never read
            file.write(end);
        }

        ImportResult result = blog.importer().importImage(ImportRequest.of(ImageSource.file(large), "post"));

        assertThat(result).isInstanceOf(NeedsConfirmation.class);
        NeedsConfirmation ask = (NeedsConfirmation) result;
        assertThat(ask.size()).isEqualTo(size);
        assertThat(ask.message()).isEqualTo("\u201Cpanorama.png\u201D is 60.0 MB, more than the 50.0 MB Postdesk imports"
                + " without asking; large images make the post slow to load. Nothing was written yet. Import it anyway?");
        assertThat(blog.files()).isEmpty();
    }

    @Test
    void aLargeFileIsImportedOnceTheAuthorConfirms() throws IOException {
        TestBlog b = new TestBlog(temp);
        byte[] png = TestImages.png(64, 64, 0x5A5A5A);
        ImageImporter importer = b.importer(ImportSettings.defaults().withLargeFileBytes(png.length - 1));
        ImportRequest request = ImportRequest.of(ImageSource.file(b.desktopFile("big.png", png)), "post");

        assertThat(importer.importImage(request)).isInstanceOf(NeedsConfirmation.class);
        assertThat(b.files()).isEmpty();
        assertThat(importer.importImage(request.confirmedLarge())).isInstanceOf(Imported.class);
        assertThat(b.read("big.png")).isEqualTo(png);
    }

    @Test
    void aLargeFileThatIsNotAnImageIsRefusedRatherThanAskedAbout() {
        TestBlog b = new TestBlog(temp);
        byte[] text = new byte[2048];
        Arrays.fill(text, (byte) 'a');
        ImportResult result = b.importer(ImportSettings.defaults().withLargeFileBytes(1024))
                .importImage(ImportRequest.of(ImageSource.file(b.desktopFile("notes.png", text)), "post"));
        assertThat(result).isInstanceOf(Refused.class);
    }

    @Test
    void aMissingSourceFileIsASentence() {
        blog = new TestBlog(temp);
        assertThat(refused(ImageSource.file(temp.resolve("gone.png"))).message())
                .isEqualTo("Could not read \u201Cgone.png\u201D: the file or its folder does not exist."
                        + " Nothing was written to postimg/.");
    }

    @Test
    @Tag("permissions")
    void aReadOnlyImageFolderIsASentenceAndLeavesNothingBehind() throws IOException {
        blog = new TestBlog(temp);
        Files.createDirectories(blog.images);
        Files.setPosixFilePermissions(blog.images, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Refused refused = refused(ImageSource.file(blog.desktopFile("a.png", TestImages.png(4, 4, 0))));
            assertThat(refused.message()).isEqualTo("Could not write \u201Ca.png\u201D into postimg/: the folder is read-only."
                    + " Nothing was written to postimg/.");
        } finally {
            Files.setPosixFilePermissions(blog.images, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (var files = Files.list(blog.images)) {
            assertThat(files).as("nothing left in the image folder").isEmpty();
        }
    }

    @Test
    void anImageFolderThatIsAFileIsASentence() throws IOException {
        blog = new TestBlog(temp);
        Files.createDirectories(blog.root);
        Files.writeString(blog.images, "not a folder");
        ImportResult result = blog.importer()
                .importImage(ImportRequest.of(ImageSource.file(blog.desktopFile("a.png", TestImages.png(4, 4, 0))), "p"));
        assertThat(result).isInstanceOf(Refused.class);
        assertThat(((Refused) result).message()).isEqualTo("Could not write \u201Ca.png\u201D into postimg/:"
                + " postimg/ is a file, not a folder. Nothing was written to postimg/.");
        assertThat(Files.readString(blog.images)).isEqualTo("not a folder");
    }
}
