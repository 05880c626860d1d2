package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.SharedFolders;

/** {@code check --fix} (decision record 0031): only the link text changes, byte for byte. */
class CheckFixCommandTest {

    private static final String JAFV = "JaFvPvvA2J3MKYVlmXC32WtRJEYsPM9zPnJkV1fTFuQHlp5RfDMTFYxuCuQwLSPIWsa9uaW9fnAqO9cEJg31eQ.png";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void theSeedBlogsTwoExportLinksAreRelinkedAndNothingElseOfTheFileChanges() throws IOException {
        Path seed = SharedFolders.seedBlog();
        SharedFolders.assumePresent(Files.isDirectory(seed), seed);
        Path blog = SharedFolders.writableCopy(seed, dir.resolve("seed"));
        Path post = blog.resolve("_posts/2021-12-17-止付2.9亿.md");
        String before = Files.readString(post);
        CliRunner r = CliRunner.run("check", "--fix", blog.toString());
        assertThat(r.err).isEmpty();
        assertThat(r.out.lines()).containsExactly(
                "_posts/2021-12-17-止付2.9亿.md:43: fixed: relinked \"2021-12-17 止付，2.9亿！\\\\" + JAFV
                        + "\" to {{site.baseurl}}/postimg/" + JAFV,
                "_posts/2021-12-17-止付2.9亿.md:51: fixed: relinked \"2021-12-17 止付，2.9亿！\\\\" + JAFV
                        + "\" to {{site.baseurl}}/postimg/" + JAFV);
        assertThat(r.exit).isZero(); // nothing left to report
        String expected = before.replace("2021-12-17\n止付，2.9亿！\\\\" + JAFV, "{{site.baseurl}}/postimg/" + JAFV);
        assertThat(expected).isNotEqualTo(before);
        assertThat(Files.readString(post)).isEqualTo(expected);
        CliRunner again = CliRunner.run("check", "--fix", blog.toString());
        assertThat(again.out).isEqualTo("Nothing to fix: no broken link has an obvious repair.\n");
        assertThat(Files.readString(post)).isEqualTo(expected);
    }

    @Test
    void crlfBomAndNoFinalNewlineSurviveByteForByte() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(blog.resolve("_config.yml"), "baseurl: /b\r\n");
        Files.createDirectories(blog.resolve("images"));
        Files.write(blog.resolve("images/Cat.JPG"), new byte[] {1});
        Files.write(blog.resolve("images/dog.png"), new byte[] {2});
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_posts/2024-01-01-ok.md"), "---\ntitle: ok\n---\n![x]({{ site.baseurl }}/images/dog.png)\n");
        String text = "---\r\ntitle:  \"猫\"   # kept\r\nheader-img: images/cat.jpg\r\n---\r\n\r\n"
                + "Text\t with  spaces  \r\n![猫](/images/cat.jpg)\r\n<img src=\"C:\\Users\\me\\Export\\dog.png\">\r\nend";
        byte[] before = concat(BOM, text.getBytes(StandardCharsets.UTF_8));
        Path post = blog.resolve("_posts/2024-01-02-cat.md");
        Files.write(post, before);
        CliRunner r = CliRunner.run("check", "--fix", blog.toString());
        assertThat(r.out.lines().filter(l -> l.contains(": fixed: "))).hasSize(3);
        String after = text.replace("header-img: images/cat.jpg", "header-img: images/Cat.JPG")
                .replace("(/images/cat.jpg)", "(/images/Cat.JPG)")
                .replace("C:\\Users\\me\\Export\\dog.png", "{{ site.baseurl }}/images/dog.png");
        assertThat(Files.readAllBytes(post)).isEqualTo(concat(BOM, after.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.exit).isZero();
    }

    @Test
    void withoutARepairTheFileIsNotWrittenAndTheExitSaysErrorsRemain() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(blog.resolve("_config.yml"), "title: t\n");
        Files.createDirectories(blog.resolve("a"));
        Files.createDirectories(blog.resolve("b"));
        Files.write(blog.resolve("a/same.png"), new byte[] {1});
        Files.write(blog.resolve("b/same.png"), new byte[] {2});
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_posts/2024-01-01-x.md"), "---\ntitle: x\n---\n![](/a/same.png)\n![](/b/same.png)\n");
        Path post = blog.resolve("_posts/2024-01-02-y.md");
        Files.writeString(post, "---\ntitle: y\n---\n![](gone/same.png)\n");
        long modified = Files.getLastModifiedTime(post).toMillis();
        CliRunner r = CliRunner.run("check", "--fix", blog.toString());
        assertThat(r.out).startsWith("Nothing to fix").contains("_posts/2024-01-02-y.md:4: error: ");
        assertThat(r.exit).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(post).toMillis()).isEqualTo(modified);
    }

    @Test
    void aPostTheGuardWillNotReplaceIsLeftAsItWasAndTheExitSaysSo() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(blog.resolve("_config.yml"), "title: t\n");
        Files.createDirectories(blog.resolve("img"));
        Files.write(blog.resolve("img/cat.png"), new byte[] {1});
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_posts/2024-01-01-a.md"), "---\ntitle: a\n---\n![](/img/cat.png)\n");
        Path post = blog.resolve("_posts/2024-01-02-b.md");
        String text = "---\ntitle: b\n---\n![](C:\\export\\cat.png)\n";
        Files.writeString(post, text);
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("r--r--r--"));
        CliRunner r = CliRunner.run("check", "--fix", blog.toString());
        assertThat(r.err).contains("_posts/2024-01-02-b.md").contains("left as it was");
        assertThat(r.exit).isEqualTo(2);
        assertThat(Files.readString(post)).isEqualTo(text);
    }

    @Test
    void fixNeedsABlogFolder() {
        assertThat(CliRunner.run("check", "--fix").exit).isEqualTo(2);
        assertThat(CliRunner.run("check", "--fix", dir.toString()).exit).isEqualTo(2);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
