package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.images.ImportResult.Imported;

class GpsRemovalTest {
    @TempDir
    Path temp;

    private final byte[] photo = TestImages.jpeg(32, 24, 0x7799BB);
    private final byte[] withGps = ExifFixtures.withGps(photo);

    @Test
    void aPhotoLosesItsGpsLocationAndNothingElse() throws IOException {
        TestBlog blog = new TestBlog(temp);
        Imported result = (Imported) blog.importer()
                .importImage(ImportRequest.of(ImageSource.file(blog.desktopFile("walk.jpg", withGps)), "p"));
        byte[] written = blog.read("walk.jpg");

        assertThat(result.has(ImportNote.Kind.GPS_REMOVED)).isTrue();
        assertThat(ExifFixtures.ifd0(written)).doesNotContainKey(0x8825).containsEntry(0x0112, 1).containsKey(0x010F);
        assertThat(ExifFixtures.string(written, ExifFixtures.ifd0(written).get(0x010F), 5)).isEqualTo("Canon");
        assertThat(TestImages.indexOf(written, ExifFixtures.LATITUDE_SECONDS)).isEqualTo(-1);
        assertThat(TestImages.indexOf(withGps, ExifFixtures.LATITUDE_SECONDS)).isPositive();

        int app1End = 2 + ExifFixtures.exifApp1(1, true).length;
        assertThat(written).hasSameSizeAs(withGps);
        assertThat(Arrays.copyOfRange(written, app1End, written.length))
                .as("the JFIF header, tables and image data after the EXIF block")
                .isEqualTo(Arrays.copyOfRange(withGps, app1End, withGps.length));
        assertThat(Arrays.copyOfRange(written, 0, 2 + 4 + 6 + 8)).as("SOI, APP1 header and TIFF header")
                .isEqualTo(Arrays.copyOfRange(withGps, 0, 2 + 4 + 6 + 8));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(written));
        assertThat(decoded.getWidth()).isEqualTo(32);
        assertThat(decoded.getHeight()).isEqualTo(24);
    }

    @Test
    void keepGpsCopiesThePhotoByteForByte() throws IOException {
        TestBlog blog = new TestBlog(temp);
        Imported result = (Imported) blog.importer(ImportSettings.defaults().withKeepGps(true))
                .importImage(ImportRequest.of(ImageSource.file(blog.desktopFile("walk.jpg", withGps)), "p"));

        assertThat(result.notes()).isEmpty();
        assertThat(blog.read("walk.jpg")).isEqualTo(withGps);
    }

    @Test
    void aPhotoWithoutGpsIsCopiedByteForByteWithoutANote() throws IOException {
        TestBlog blog = new TestBlog(temp);
        byte[] exifNoGps = ExifFixtures.withOrientation(photo, 1);
        Imported result = (Imported) blog.importer()
                .importImage(ImportRequest.of(ImageSource.file(blog.desktopFile("walk.jpg", exifNoGps)), "p"));

        assertThat(result.notes()).isEmpty();
        assertThat(blog.read("walk.jpg")).isEqualTo(exifNoGps);
    }

    @Test
    void gpsPropertiesInAnXmpPacketAreBlankedInPlace() throws IOException {
        String packet = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmp:CreatorTool=\"PhoneCam\" exif:GPSLatitude=\"39,54.2056N\" exif:GPSLongitude='116,23.1E'>"
                + "<exif:GPSAltitude>4400/100</exif:GPSAltitude><dc:title>Great Wall</dc:title>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        byte[] xmp = TestImages.app1(TestImages.concat(
                "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII), packet.getBytes(StandardCharsets.UTF_8)));
        byte[] jpeg = TestImages.withSegment(photo, xmp);
        TestBlog blog = new TestBlog(temp);

        Imported result = (Imported) blog.importer()
                .importImage(ImportRequest.of(ImageSource.file(blog.desktopFile("wall.jpg", jpeg)), "p"));
        String written = new String(blog.read("wall.jpg"), StandardCharsets.ISO_8859_1);

        assertThat(result.has(ImportNote.Kind.GPS_REMOVED)).isTrue();
        assertThat(written).doesNotContain("39,54", "116,23", "4400/100", "GPS")
                .contains("xmp:CreatorTool=\"PhoneCam\"", "<dc:title>Great Wall</dc:title>");
        assertThat(blog.read("wall.jpg")).hasSameSizeAs(jpeg);
    }
}
