package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.shell.SampleBlogCopy;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.Shell;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View > Blog's Own Style on the real window (docs/decisions/0021). */
@ExtendWith(ApplicationExtension.class)
class BlogStyleUiTest {

    private final MemorySettings settings = new MemorySettings();
    private Path styled;
    private Path plain;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        Path temp = Files.createTempDirectory("postdesk-style");
        styled = SampleBlogCopy.into(Files.createDirectories(temp.resolve("styled")));
        plain = SampleBlogCopy.into(Files.createDirectories(temp.resolve("plain")));
        Path layout = styled.resolve("_layouts/default.html");
        Files.writeString(layout, Files.readString(layout).replace("</head>",
                "<link rel=\"stylesheet\" href=\"{{ site.baseurl }}/css/main.css\">\n</head>"));
        Files.createDirectories(styled.resolve("css"));
        Files.writeString(styled.resolve("css/main.css"), ".post-container p { color: rgb(9, 8, 7); }\n");
        context = TestShells.context(settings, url -> { });
        bench = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                Clock.systemDefaultZone());
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void offeredOnlyWhenTheBlogHasAStylesheetAndRememberedPerBlog() {
        open(plain);
        assertThat(fx(() -> item().isDisable())).as("no stylesheet in the sample blog").isTrue();

        open(styled);
        waitUntil("the item is enabled", () -> !item().isDisable());
        assertThat(fx(() -> item().isSelected())).as("off until the author turns it on").isFalse();
        fxRun(() -> item().setSelected(true));
        waitUntil("the page uses the blog's rule", () -> paragraphColor().equals("rgb(9, 8, 7)"));

        open(plain);
        waitUntil("the other blog has no such option", () -> item().isDisable() && !item().isSelected());
        waitUntil("the preview's own look", () -> !fx(() -> bench.window().preview().showsBlogStyle()));

        open(styled);
        waitUntil("remembered for this blog", () -> item().isSelected() && !item().isDisable());
        waitUntil("and applied again", () -> paragraphColor().equals("rgb(9, 8, 7)"));
    }

    private void open(Path blog) {
        fxRun(() -> bench.openBlog(blog, null));
        waitUntil("the blog is open with a post shown", () -> bench.session() != null
                && bench.session().root().equals(blog.toAbsolutePath().normalize()) && bench.openPostNow() != null
                && bench.window().preview().renderedText().length() > 20);
    }

    private String paragraphColor() {
        return fx(() -> String.valueOf(bench.window().preview().executeScript(
                "getComputedStyle(document.querySelector('#pd-content p')).color")));
    }

    private CheckMenuItem item() {
        for (Menu menu : bench.window().menuBar().getMenus()) {
            for (MenuItem i : menu.getItems()) {
                if ("menuBlogStyle".equals(i.getId())) {
                    return (CheckMenuItem) i;
                }
            }
        }
        throw new AssertionError("no View > Blog's Own Style");
    }
}
