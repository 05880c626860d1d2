package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.images.ImportResult.Imported;

class DedupeTest {
    @TempDir
    Path temp;

    @Test
    void theSameBytesImportedTwiceReuseTheFirstFile() {
        TestBlog blog = new TestBlog(temp);
        Path file = blog.desktopFile("chart.png", TestImages.png(20, 10, 0x123456));
        ImageImporter importer = blog.importer();

        Imported first = (Imported) importer.importImage(ImportRequest.of(ImageSource.file(file), "post"));
        Imported second = (Imported) importer.importImage(ImportRequest.of(ImageSource.file(file), "post"));

        assertThat(first.reused()).isFalse();
        assertThat(second.reused()).isTrue();
        assertThat(second.file()).isEqualTo(first.file());
        assertThat(second.markdown()).isEqualTo(first.markdown());
        assertThat(blog.files()).containsExactly("chart.png");
    }

    @Test
    void theSameBytesUnderAnotherNameLinkTheExistingFile() {
        TestBlog blog = new TestBlog(temp);
        byte[] png = TestImages.png(20, 10, 0x123456);
        ImageImporter importer = blog.importer();
        importer.importImage(ImportRequest.of(ImageSource.file(blog.desktopFile("chart.png", png)), "post"));

        Imported again = (Imported) importer.importImage(ImportRequest.of(ImageSource.pasted(png), "post"));

        assertThat(again.reused()).isTrue();
        assertThat(again.markdown()).isEqualTo("![]({{site.baseurl}}/postimg/chart.png)");
        assertThat(blog.files()).containsExactly("chart.png");
    }

    @Test
    void aDifferentImageWithATakenNameGetsASuffixAndNothingIsOverwritten() throws IOException {
        TestBlog blog = new TestBlog(temp);
        byte[] old = TestImages.png(20, 10, 0x111111);
        blog.put("chart.png", old);
        ImageImporter importer = blog.importer();

        Imported second = (Imported) importer.importImage(
                ImportRequest.of(ImageSource.file(blog.desktopFile("chart.png", TestImages.png(20, 10, 0x222222))), "p"));
        Imported third = (Imported) importer.importImage(
                ImportRequest.of(ImageSource.bytes(TestImages.png(20, 10, 0x333333), "Chart.PNG"), "p"));

        assertThat(second.file()).isEqualTo(Path.of("postimg", "chart-2.png"));
        assertThat(third.file()).isEqualTo(Path.of("postimg", "chart-3.png"));
        assertThat(blog.read("chart.png")).isEqualTo(old);
        assertThat(blog.files()).containsExactly("chart-2.png", "chart-3.png", "chart.png");
    }

    @Test
    void namesDifferingOnlyInCaseCountAsTaken() throws IOException {
        TestBlog blog = new TestBlog(temp);
        blog.put("Photo.png", TestImages.png(3, 3, 1));
        Imported result = (Imported) blog.importer()
                .importImage(ImportRequest.of(ImageSource.bytes(TestImages.png(3, 3, 2), "photo.png"), "p"));
        assertThat(result.file()).isEqualTo(Path.of("postimg", "photo-2.png"));
    }

    @Test
    void anIdenticalFileWithAChineseNameIsReusedAndItsLinkKeepsTheChineseButEncodesTheSpace() throws IOException {
        TestBlog blog = new TestBlog(temp);
        byte[] png = TestImages.png(9, 9, 0xABCDEF);
        blog.put("截图 1.png", png);

        Imported result = (Imported) blog.importer().importImage(ImportRequest.of(ImageSource.pasted(png), "p"));

        assertThat(result.reused()).isTrue();
        // Chinese letters stay readable, as authors write them (decision record 0032); the space must not
        assertThat(result.markdown()).isEqualTo("![]({{site.baseurl}}/postimg/截图%201.png)");
    }

    @Test
    void aPhotoWhoseGpsWasRemovedIsReusedOnTheSecondImport() {
        TestBlog blog = new TestBlog(temp);
        Path photo = blog.desktopFile("walk.jpg", ExifFixtures.withGps(TestImages.jpeg(16, 16, 0x808080)));
        ImageImporter importer = blog.importer();

        importer.importImage(ImportRequest.of(ImageSource.file(photo), "p"));
        Imported again = (Imported) importer.importImage(ImportRequest.of(ImageSource.file(photo), "p"));

        assertThat(again.reused()).isTrue();
        assertThat(blog.files()).containsExactly("walk.jpg");
    }
}
