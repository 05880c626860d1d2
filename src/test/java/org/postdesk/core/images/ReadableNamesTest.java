package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.images.ImportResult.Imported;

/**
 * Pasted and dropped images of a post with a Chinese title get a name a person can read and
 * that follows the blog's own habit, and a useful alt text (decision record 0032).
 */
class ReadableNamesTest {
    @TempDir
    Path temp;

    private static final PostHints SEED = new PostHints("止付2.9亿", "2021-12-17", "止付，2.9亿！");

    private Imported paste(TestBlog blog, PostHints post, String alt) {
        return (Imported) blog.importer().importImage(
                ImportRequest.of(ImageSource.pasted(TestImages.png(5, 5, (int) (Math.random() * 0xffffff))), post)
                        .withAlt(alt));
    }

    @Test
    void aChineseTitleInABlogOfAsciiNamesGetsThePostsDateNotTheDigitsOfTheTitle() throws IOException {
        TestBlog blog = new TestBlog(temp);
        blog.put("header-bg.jpg", TestImages.jpeg(4, 4, 1));
        Imported first = paste(blog, SEED, "清远市反诈骗中心");
        Imported second = paste(blog, SEED, "");
        assertThat(first.file()).isEqualTo(Path.of("postimg", "2021-12-17-1.png"));
        assertThat(second.file()).isEqualTo(Path.of("postimg", "2021-12-17-2.png"));
        assertThat(first.markdown()).isEqualTo("![清远市反诈骗中心]({{site.baseurl}}/postimg/2021-12-17-1.png)");
    }

    @Test
    void aBlogWhoseImagesHaveChineseNamesKeepsTheTitlesChinese() throws IOException {
        TestBlog blog = new TestBlog(temp);
        blog.put("对偶问题.png", TestImages.png(4, 4, 1));
        blog.put("凸集.png", TestImages.png(4, 4, 2));
        blog.put("logo.png", TestImages.png(4, 4, 3));
        Imported pasted = paste(blog, SEED, "止付，2.9亿！");
        assertThat(pasted.file()).isEqualTo(Path.of("postimg", "止付-2-9亿-1.png"));
        assertThat(pasted.markdown()).isEqualTo("![止付，2.9亿！]({{site.baseurl}}/postimg/止付-2-9亿-1.png)");

        Path dropped = blog.desktopFile("拉格朗日 对偶.png", TestImages.png(6, 6, 9));
        Imported drop = (Imported) blog.importer().importImage(ImportRequest.of(ImageSource.file(dropped), SEED));
        assertThat(drop.file()).isEqualTo(Path.of("postimg", "拉格朗日-对偶.png"));
        assertThat(drop.markdown()).startsWith("![拉格朗日 对偶](");
    }

    @Test
    void aChineseNamedFileDroppedIntoAnAsciiBlogIsNamedAfterThePostsDate() throws IOException {
        TestBlog blog = new TestBlog(temp);
        Path dropped = blog.desktopFile("截图.png", TestImages.png(6, 6, 9));
        Imported drop = (Imported) blog.importer().importImage(ImportRequest.of(ImageSource.file(dropped), SEED));
        assertThat(drop.file()).isEqualTo(Path.of("postimg", "2021-12-17-1.png"));
        assertThat(drop.markdown()).startsWith("![截图](");
    }

    @Test
    void anEnglishSlugStaysTheName() {
        TestBlog blog = new TestBlog(temp);
        Imported pasted = paste(blog, new PostHints("my-trip", "2024-05-01", "My Trip"), "");
        assertThat(pasted.file()).isEqualTo(Path.of("postimg", "my-trip-1.png"));
        assertThat(pasted.markdown()).isEqualTo("![]({{site.baseurl}}/postimg/my-trip-1.png)");
    }

    @Test
    void hostileTitlesStayInsideTheFolderAndOffReservedNames() throws IOException {
        TestBlog blog = new TestBlog(temp);
        blog.put("图一.png", TestImages.png(4, 4, 1));
        blog.put("图二.png", TestImages.png(4, 4, 2));
        assertThat(paste(blog, new PostHints("", "", "../../etc/passwd"), "").file())
                .isEqualTo(Path.of("postimg", "etc-passwd-1.png"));
        assertThat(paste(blog, new PostHints("", "", "CON"), "").file()).isEqualTo(Path.of("postimg", "con-image-1.png"));
        assertThat(paste(blog, new PostHints("", "", " \t\u0000 "), "").file()).isEqualTo(Path.of("postimg", "image-1.png"));
        assertThat(paste(blog, new PostHints("", "", "C:\\Windows\\系统"), "").file())
                .isEqualTo(Path.of("postimg", "c-windows-系统-1.png"));
        String longTitle = "很长的标题".repeat(30);
        Path longName = paste(blog, new PostHints("", "", longTitle), "").file().getFileName();
        assertThat(longName.toString().length()).isLessThanOrEqualTo(48);
        assertThat(blog.files()).allSatisfy(n -> assertThat(n).doesNotContain("/").doesNotContain("..").doesNotContain("\\"));
    }

    @Test
    void aPastedImagesAltIsTheHeadingAboveItElseTheTitle() {
        String body = "引言一段。\n\n## 诈骗手法\n\n第一段。\n\n```\n# 不是标题\n```\n\n末尾\n";
        assertThat(SEED.pastedAlt(body, 0)).isEqualTo("止付，2.9亿！");
        assertThat(SEED.pastedAlt(body, body.indexOf("第一段"))).isEqualTo("诈骗手法");
        assertThat(SEED.pastedAlt(body, body.length())).isEqualTo("诈骗手法");
        assertThat(SEED.pastedAlt(body, 10_000)).isEqualTo("诈骗手法");
        assertThat(new PostHints("p", "", "").pastedAlt("no headings", 3)).isEmpty();
        assertThat(PostHints.of("_posts/2021-12-17-止付2.9亿.md", "止付，2.9亿！"))
                .isEqualTo(new PostHints(SEED.slug(), SEED.date(), SEED.title(), "_posts/2021-12-17-止付2.9亿.md"));
        assertThat(PostHints.of("_drafts/写作清单.md", null)).isEqualTo(new PostHints("写作清单", "", "", "_drafts/写作清单.md"));
    }

    @Test
    void theAltTextCannotBreakTheMarkdown() {
        TestBlog blog = new TestBlog(temp);
        Imported pasted = paste(blog, SEED, "标题] (x)\n![y");
        assertThat(pasted.markdown()).startsWith("![标题\\] (x) !\\[y](");
    }
}
