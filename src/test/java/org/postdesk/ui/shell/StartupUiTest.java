package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.app.RecentBlogs;
import org.postdesk.app.StartupBlog;
import org.postdesk.ui.common.ShellContext;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Which blog the window starts on: the sample copy the first time, then the last blog. */
@ExtendWith(ApplicationExtension.class)
class StartupUiTest {

    private final MemorySettings settings = new MemorySettings();
    private Path temp;
    private Path documents;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-start");
        documents = Files.createDirectories(temp.resolve("Documents"));
        context = TestShells.context(settings, url -> { });
        bench = Shell.create(stage, context, window -> new ScriptedDialogs(), null, Clock.systemDefaultZone());
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void theFirstRunCopiesTheSampleBlogAndSaysSoTheNextRunReopensTheLastBlog() throws IOException {
        Path copy = documents.resolve("Postdesk Sample Blog");
        Shell.start(bench, startup(), List.of());

        waitUntil("the copy is listed", () -> bench.window().postList().rows().size() == 4);
        assertThat(copy.resolve("_config.yml")).isRegularFile();
        assertThat(copy.resolve("img/in-post/spring-hike-ridge.png")).isRegularFile();
        assertThat(fx(() -> bench.session().root())).isEqualTo(copy.toAbsolutePath().normalize());
        assertThat(fx(() -> bench.window().notifications().sentence()))
                .contains("copy of the sample blog").contains(copy.toString()).contains("File > Open Blog Folder");

        Files.writeString(copy.resolve("_posts/2025-03-08-welcome-to-postdesk.md"), "---\ntitle: Mine\n---\n");
        StartupBlog.Start second = startup().choose(List.of());
        assertThat(second.blog()).isEqualTo(copy.toAbsolutePath().normalize());
        assertThat(second.notice()).isNull();
        assertThat(Files.readString(copy.resolve("_posts/2025-03-08-welcome-to-postdesk.md")))
                .as("the copy is reused, not made again").contains("Mine");
    }

    @Test
    void aPostOnTheCommandLineOpensItsBlogWithThePostSelected() {
        Path blog = SampleBlogCopy.into(temp);
        Path post = blog.resolve("_posts/2025-05-20-春日徒步.md");
        Shell.start(bench, startup(), List.of(post.toString()));
        waitUntil("the post is selected and open", () -> bench.openPostNow() != null
                && bench.openPostNow().path().equals("_posts/2025-05-20-春日徒步.md"));
        assertThat(fx(() -> bench.window().postList().selectedPathProperty().get()))
                .isEqualTo("_posts/2025-05-20-春日徒步.md");
        assertThat(documents.resolve("Postdesk Sample Blog")).doesNotExist();
        assertThat(new RecentBlogs(settings).last()).contains(blog.toAbsolutePath().normalize());
    }

    private StartupBlog startup() {
        return new StartupBlog(context.settings(), context, documents, temp.resolve("data"));
    }
}
