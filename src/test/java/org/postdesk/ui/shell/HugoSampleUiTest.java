package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.ui.postlist.PostRow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Open Sample Hugo Site: one click opens the sample Hugo site, and the window says it is Hugo. */
@ExtendWith(ApplicationExtension.class)
public class HugoSampleUiTest {
    private final MemorySettings settings = new MemorySettings();
    private Path temp;
    private org.postdesk.ui.common.ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-hugo-sample");
        context = TestShells.context(settings, url -> { });
        bench = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"), Clock.systemDefaultZone());
        bench.setHugoSampleFolder(temp.resolve("Sample Hugo"));
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    private MenuItem item(String id) {
        for (Menu menu : bench.window().menuBar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void theSampleHugoSiteOpensFromTheFileMenuAndShowsItsBundleImage() {
        assertThat(fx(() -> item("menuSampleHugo").getText())).isEqualTo("Open Sample _Hugo Site");
        fxRun(() -> item("menuSampleHugo").fire());
        waitUntil("the sample site is listed", () -> bench.window().postList().rows().size() == 6);
        Path site = temp.resolve("Sample Hugo");
        assertThat(site.resolve("hugo.toml")).exists();
        assertThat(site.resolve("content/posts/first-light/dawn.svg")).exists();
        assertThat(fx(() -> bench.window().stage().getTitle())).contains("Sample Hugo (Hugo)");
        List<String> paths = fx(() -> bench.window().postList().rows().stream().map(PostRow::path).toList());
        assertThat(paths).contains("content/posts/first-light/index.md", "content/posts/weekend-walk.md",
                "content/about.md");

        fxRun(() -> bench.window().postList().select("content/posts/first-light/index.md"));
        waitUntil("the bundle page is open", () -> bench.openPostNow() != null
                && bench.openPostNow().path().equals("content/posts/first-light/index.md"));
        waitUntil("the preview page is ready", () -> bench.window().preview().readyProperty().get());
        waitUntil("the bundle's picture and the static logo load", () -> {
            Object loaded = bench.window().preview().executeScript(
                    "Array.from(document.querySelectorAll('#pd-content img')).filter(i => i.naturalWidth > 0).length");
            return loaded instanceof Number n && n.intValue() == 2;
        });
        String src = String.valueOf(fx(() -> bench.window().preview()
                .executeScript("document.querySelector('#pd-content img').src")));
        assertThat(src).startsWith("file:").endsWith("/content/posts/first-light/dawn.svg");

        // a second click opens the same copy again, changing nothing
        fxRun(() -> item("menuSampleHugo").fire());
        waitUntil("still listed", () -> bench.window().postList().rows().size() == 6);
    }
}
