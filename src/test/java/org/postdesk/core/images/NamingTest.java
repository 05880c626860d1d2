package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postdesk.core.images.ImportResult.Imported;

class NamingTest {
    @TempDir
    Path temp;

    record Case(String source, String content, String slug, String file, String alt) {
        @Override
        public String toString() {
            return source + " -> " + file;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = NamingTest.class.getResourceAsStream("/images/names.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(f -> new Case(f[0], f[1], f[2], f[3], f[4]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aDroppedFileGetsAReadableUrlSafeName(Case c) {
        TestBlog blog = new TestBlog(temp);
        byte[] bytes = c.content().equals("png") ? TestImages.png(8, 8, 0x336699) : TestImages.jpeg(8, 8, 0x336699);
        Path file = blog.desktopFile(c.source(), bytes);

        Imported result = (Imported) blog.importer().importImage(ImportRequest.of(ImageSource.file(file), c.slug()));

        assertThat(result.file()).isEqualTo(Path.of("postimg", c.file()));
        assertThat(result.markdown()).isEqualTo("![" + c.alt() + "]({{site.baseurl}}/postimg/" + c.file() + ")");
        assertThat(blog.files()).containsExactly(c.file());
    }

    @Test
    void pastedPixelsAreNumberedAfterThePostAfterTheHighestNumberInUse() throws IOException {
        TestBlog blog = new TestBlog(temp);
        blog.put("my-trip-1.png", TestImages.png(4, 4, 1));
        blog.put("my-trip-3.jpg", TestImages.jpeg(4, 4, 2));
        blog.put("other-post-7.png", TestImages.png(4, 4, 3));
        ImageImporter importer = blog.importer();

        Imported first = (Imported) importer.importImage(ImportRequest.of(ImageSource.pasted(TestImages.png(5, 5, 4)), "my-trip"));
        Imported second = (Imported) importer.importImage(ImportRequest.of(ImageSource.pasted(TestImages.png(6, 6, 5)), "my-trip"));

        assertThat(first.file()).isEqualTo(Path.of("postimg", "my-trip-4.png"));
        assertThat(second.file()).isEqualTo(Path.of("postimg", "my-trip-5.png"));
        assertThat(first.markdown()).isEqualTo("![]({{site.baseurl}}/postimg/my-trip-4.png)");
    }

    @Test
    void pastedPixelsForAPostWithoutImagesStartAtOne() {
        TestBlog blog = new TestBlog(temp);
        Imported result = (Imported) blog.importer()
                .importImage(ImportRequest.of(ImageSource.pasted(TestImages.png(5, 5, 4)), "Hello World"));
        assertThat(result.file()).isEqualTo(Path.of("postimg", "hello-world-1.png"));
    }

    @Test
    void pastedJpegBytesGetAJpgExtension() {
        TestBlog blog = new TestBlog(temp);
        Imported result = (Imported) blog.importer()
                .importImage(ImportRequest.of(ImageSource.pasted(TestImages.jpeg(5, 5, 4)), "post"));
        assertThat(result.file()).isEqualTo(Path.of("postimg", "post-1.jpg"));
    }

    @Test
    void aBrowserDragKeepsItsSuggestedName() {
        TestBlog blog = new TestBlog(temp);
        Imported result = (Imported) blog.importer()
                .importImage(ImportRequest.of(ImageSource.bytes(TestImages.png(5, 5, 4), "Logo Final.PNG"), "post"));
        assertThat(result.file()).isEqualTo(Path.of("postimg", "logo-final.png"));
        assertThat(result.markdown()).isEqualTo("![Logo Final]({{site.baseurl}}/postimg/logo-final.png)");
        assertThat(blog.files()).isEqualTo(List.of("logo-final.png"));
    }
}
