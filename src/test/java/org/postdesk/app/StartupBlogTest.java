package org.postdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.NotesGenerator;

/** Which blog the window starts on, decided without a display. */
class StartupBlogTest {

    @TempDir
    Path temp;

    private final MemorySettings settings = new MemorySettings();
    private final Texts texts = (key, args) -> key + Arrays.toString(args);

    @Test
    void withoutDocumentsTheCopyGoesToTheDataFolder() throws IOException {
        StartupBlog startup = new StartupBlog(settings, texts, temp.resolve("no-documents"), temp.resolve("data"));
        StartupBlog.Start start = startup.choose(List.of());
        assertThat(start.blog()).isEqualTo(temp.resolve("data").resolve("Postdesk Sample Blog"));
        assertThat(start.blog().resolve("_drafts/写作清单.md")).isRegularFile();
        assertThat(start.notice()).startsWith("notice.sample");
        assertThat(temp.resolve("data").resolve("Postdesk Sample Blog.partial")).doesNotExist();
    }

    @Test
    void anExistingCopyIsReusedNotOverwritten() throws IOException {
        Path documents = Files.createDirectories(temp.resolve("Documents"));
        StartupBlog startup = new StartupBlog(settings, texts, documents, temp.resolve("data"));
        Path copy = startup.choose(List.of()).blog();
        Path post = copy.resolve("_posts/2025-03-08-welcome-to-postdesk.md");
        Files.writeString(post, "---\ntitle: Mine\n---\n");
        assertThat(startup.choose(List.of()).blog()).isEqualTo(copy);
        assertThat(Files.readString(post)).isEqualTo("---\ntitle: Mine\n---\n");
    }

    @Test
    void theLastBlogWinsOverTheSampleAndAGoneBlogDoesNot() throws IOException {
        Path blog = Files.createDirectories(temp.resolve("mine"));
        new RecentBlogs(settings).opened(blog);
        StartupBlog startup = new StartupBlog(settings, texts, null, temp.resolve("data"));
        assertThat(startup.choose(List.of()).blog()).isEqualTo(blog);

        Files.delete(blog);
        assertThat(startup.choose(List.of()).blog()).isEqualTo(temp.resolve("data").resolve("Postdesk Sample Blog"));
    }

    @Test
    void aPostArgumentOpensItsBlogAndAStrayFileIsSaidNotToBeABlog() throws IOException {
        Path blog = SampleBlog.copyTo(temp.resolve("blog"));
        Path post = blog.resolve("_posts/2025-05-20-春日徒步.md");
        StartupBlog startup = new StartupBlog(settings, texts, null, temp.resolve("data"));

        StartupBlog.Start start = startup.choose(List.of(post.toString()));
        assertThat(start.blog()).isEqualTo(blog.toAbsolutePath().normalize());
        assertThat(start.post()).isEqualTo("_posts/2025-05-20-春日徒步.md");

        Path stray = Files.writeString(temp.resolve("notes.txt"), "not a post");
        StartupBlog.Start refused = startup.choose(List.of(stray.toString(), temp.resolve("gone").toString()));
        assertThat(refused.notice()).contains("notice.argNotBlog").contains("gone").contains("notice.sample");
    }

    @Test
    void aPathWhoseLettersWereLostIsSaidToBeUnreadableNotAMissingSample() throws IOException {
        // what a Java reading names as ASCII (LANG=C) makes of "/.../_posts/止付.md"
        Path blog = Files.createDirectories(temp.resolve("mine"));
        new RecentBlogs(settings).opened(blog);
        StartupBlog startup = new StartupBlog(settings, texts, null, temp.resolve("data"));
        String damaged = blog.resolve("_posts").toString() + "/2021-12-17-\uFFFD\uFFFD\uFFFD.md";
        StartupBlog.Start start = startup.choose(List.of(damaged));
        assertThat(start.blog()).isEqualTo(blog);
        assertThat(start.notice()).startsWith("notice.argUnreadable").contains(damaged);
    }

    @Test
    void aPostArgumentFindsItsBlogAsTheGivenGeneratorsSeeIt() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve(".notes"), "");
        Path note = Files.writeString(Files.createDirectories(notes.resolve("entries")).resolve("rain.txt"), "---\n---\n");

        StartupBlog plain = new StartupBlog(settings, texts, null, temp.resolve("data"));
        assertThat(plain.choose(List.of(note.toString())).notice()).contains("notice.argNotBlog");

        StartupBlog plugged = new StartupBlog(settings, texts, null, temp.resolve("data"),
                Generators.standard().plus(new NotesGenerator()));
        StartupBlog.Start start = plugged.choose(List.of(note.toString()));
        assertThat(start.blog()).isEqualTo(notes.toAbsolutePath().normalize());
        assertThat(start.post()).isEqualTo("entries/rain.txt");
    }

    @Test
    void recentBlogsKeepTheNewestEightWithoutDoubles() {
        RecentBlogs recent = new RecentBlogs(settings);
        for (int i = 0; i < 10; i++) {
            recent.opened(temp.resolve("blog" + i));
        }
        recent.opened(temp.resolve("blog5/../blog5"));
        List<Path> list = recent.list();
        assertThat(list).hasSize(RecentBlogs.MAX).doesNotHaveDuplicates();
        assertThat(list.get(0)).isEqualTo(temp.resolve("blog5"));
        assertThat(list).doesNotContain(temp.resolve("blog0"), temp.resolve("blog1"));
    }
}
