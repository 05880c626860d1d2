package org.postdesk.core.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.attack.AttackBlog;

/** The blog folder as the preview sees it: symbolic links that leave the blog are seen as leaving. */
class FolderBlogFilesTest {

    @TempDir
    Path dir;

    @Test
    void linksOutOfTheBlogLeaveItAndPlainFilesDoNot() throws Exception {
        AttackBlog a = AttackBlog.create(dir);
        FolderBlogFiles files = new FolderBlogFiles(a.blog());

        assertThat(files.leavesBlog("img/ok.png")).isFalse();
        assertThat(files.leavesBlog("img/link-out.png")).isTrue();
        assertThat(files.leavesBlog("img/dir-out/secret.png")).isTrue();
        // missing files are judged by the nearest folder that exists
        assertThat(files.leavesBlog("img/dir-out/nothing.png")).isTrue();
        assertThat(files.leavesBlog("img/nothing.png")).isFalse();
        assertThat(files.leavesBlog("no/such/folder/x.png")).isFalse();
    }

    @Test
    void aFileReplacedByALinkIsSeenWithinASecond() throws Exception {
        AttackBlog a = AttackBlog.create(dir);
        FolderBlogFiles files = new FolderBlogFiles(a.blog());
        Path image = a.blog().resolve("img/new.png");
        Files.write(image, AttackBlog.png(0x0000FF));
        assertThat(files.leavesBlog("img/new.png")).isFalse();

        Files.delete(image);
        Files.createSymbolicLink(image, a.outside().resolve("secret.png"));
        Thread.sleep(1_100);

        assertThat(files.leavesBlog("img/new.png")).isTrue();
    }

    @Test
    void aLinkInsideTheBlogPointingInsideStays() throws Exception {
        AttackBlog a = AttackBlog.create(dir);
        Files.createSymbolicLink(a.blog().resolve("img/alias.png"), a.blog().resolve("img/ok.png"));
        FolderBlogFiles files = new FolderBlogFiles(a.blog());

        assertThat(files.leavesBlog("img/alias.png")).isFalse();
        assertThat(files.realPath("img/alias.png")).contains("img/alias.png");
    }
}
