package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.ui.common.ShellContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening a large blog in the real window can be stopped with Cancel next to the progress. */
@ExtendWith(ApplicationExtension.class)
class CancelLoadingUiTest {

    private static final int POSTS = 800;

    private final MemorySettings settings = new MemorySettings();
    /** While on, every task of the task worker waits a little: the index takes seconds, as on a slow disk. */
    private final AtomicBoolean slow = new AtomicBoolean();
    private Path temp;
    private Path big;
    private Path sample;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-cancel");
        sample = SampleBlogCopy.into(temp);
        big = generate(temp.resolve("big"));
        ThreadPoolExecutor tasks = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "postdesk-tasks-slow");
                    t.setDaemon(true);
                    return t;
                }) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                if (slow.get()) {
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        context = new ShellContext(settings, ResourceBundle.getBundle(ShellContext.MESSAGES, Locale.ROOT),
                JekyllEngines.previewRenderer(), url -> { }, ShellContext.worker("postdesk-highlight"),
                ShellContext.worker("postdesk-render"), tasks);
        bench = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                Clock.systemDefaultZone());
        stage.show();
    }

    @AfterEach
    void close() {
        slow.set(false);
        fxRun(() -> bench.window().stage().hide());
        context.close();
    }

    @Test
    void cancelStopsListingAndAnotherBlogOpensAfterwards(FxRobot robot) {
        assertThat(robot.lookup("#cancelLoading").query().isVisible()).as("hidden while nothing loads").isFalse();
        slow.set(true);
        fxRun(() -> bench.openBlog(big, null));
        waitUntil("the Cancel button shows next to the progress",
                () -> robot.lookup("#cancelLoading").query().isVisible()
                        && bench.window().postList().loadingProperty().get());
        robot.clickOn("#cancelLoading");
        slow.set(false); // the chunks still queued now return at once
        waitUntil("loading stopped", () -> !bench.window().postList().loadingProperty().get());
        assertThat(robot.lookup("#cancelLoading").query().isVisible()).isFalse();
        assertThat(fx(() -> bench.window().postList().rows())).as("the scan was stopped").hasSizeLessThan(POSTS);
        assertThat(fx(() -> bench.window().notifications().sentence()))
                .contains("Listing the posts of").contains("was cancelled").contains("File > Open Recent");
        assertThat(fx(() -> ((Label) robot.lookup("#postListView").queryAs(ListView.class).getPlaceholder())
                .getText())).isEqualTo("Listing the posts was cancelled; File > Open Recent opens the blog again.");
        assertThat(fx(() -> bench.session())).as("the window stays on the blog").isNotNull();
        assertThat(fx(() -> bench.session().root())).isEqualTo(big.toAbsolutePath().normalize());
        assertThat(fx(() -> bench.window().stage().getTitle())).startsWith("big");
        assertThat(fx(() -> bench.recentBlogs())).contains(big.toAbsolutePath().normalize());

        fxRun(() -> bench.openBlog(sample, null));
        waitUntil("the sample blog lists its posts", () -> bench.window().postList().rows().size() == 4
                && !bench.window().postList().loadingProperty().get());
        waitUntil("a post of it is open", () -> bench.openPostNow() != null);

        fxRun(() -> bench.openBlog(big, null));
        waitUntil("the big blog lists all its posts when not cancelled",
                () -> bench.window().postList().rows().size() == POSTS);
    }

    private static Path generate(Path root) throws IOException {
        Files.createDirectories(root.resolve("_posts"));
        Files.writeString(root.resolve("_config.yml"), "title: Big\n");
        LocalDate day = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < POSTS; i++) {
            LocalDate date = day.plusDays(i);
            Files.writeString(root.resolve("_posts/" + date + "-post-" + i + ".md"),
                    "---\ntitle: Post " + i + "\ntags: [big]\n---\nBody of post " + i + ".\n");
        }
        return root;
    }
}
