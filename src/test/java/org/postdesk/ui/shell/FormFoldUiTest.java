package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.postdesk.ui.common.ShellContext;

/** The front-matter form folds to one line (title, date, tags), gives the editor the room, and stays folded after a restart. */
@ExtendWith(ApplicationExtension.class)
class FormFoldUiTest {

    private final MemorySettings settings = new MemorySettings();
    private Path temp;
    private Path blog;

    @Test
    void foldingGivesTheEditorTheRoomAndIsRemembered(FxRobot robot) throws IOException {
        temp = Files.createTempDirectory("postdesk-fold");
        blog = SampleBlogCopy.into(temp);
        settings.putDouble(LayoutMemory.WIDTH, 1024);
        settings.putDouble(LayoutMemory.HEIGHT, 700);
        ShellContext context = TestShells.context(settings, url -> { });
        Workbench bench = start(context);
        double editorBefore = height(bench.window().editor().node());
        double formBefore = height(bench.window().frontMatter());

        robot.clickOn("#fm-fold");
        settle();
        assertThat(fx(() -> bench.window().frontMatter().summaryText()))
                .isEqualTo(WorkbenchUiTest.HIKE_TITLE + "  ·  2025-05-20  ·  旅行, 徒步");
        assertThat(robot.lookup("#fm-title").tryQuery().map(n -> fx(() -> shown(n))).orElse(false))
                .as("the fields are folded away").isFalse();
        double folded = height(bench.window().frontMatter());
        assertThat(folded).as("one line").isLessThan(44);
        assertThat(height(bench.window().editor().node())).as("the editor got the form's room")
                .isGreaterThan(editorBefore + formBefore - folded - 20);
        TestShells.close(bench, context);

        ShellContext again = TestShells.context(settings, url -> { });
        Workbench restarted = start(again);
        assertThat(fx(() -> restarted.window().frontMatter().foldedProperty().get())).as("still folded").isTrue();
        assertThat(height(restarted.window().frontMatter())).isLessThan(44);

        robot.clickOn("#fm-summary");
        settle();
        assertThat(fx(() -> restarted.window().frontMatter().foldedProperty().get())).isFalse();
        assertThat(height(restarted.window().frontMatter())).as("unfolded at the height it had")
                .isCloseTo(formBefore, within(3.0));
        TestShells.close(restarted, again);
    }

    private Workbench start(ShellContext context) {
        Workbench bench = fx(() -> {
            Stage stage = new Stage();
            Workbench b = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                    Clock.systemDefaultZone());
            stage.show();
            return b;
        });
        bench.openBlog(blog, WorkbenchUiTest.HIKE);
        waitUntil("the post is open", () -> bench.openPostNow() != null
                && !bench.window().frontMatter().summaryText().isEmpty()
                && bench.window().frontMatter().summaryText().startsWith(WorkbenchUiTest.HIKE_TITLE));
        settle();
        return bench;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double height(Node node) {
        return fx(() -> node.getLayoutBounds().getHeight());
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
