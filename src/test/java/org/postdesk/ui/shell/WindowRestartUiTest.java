package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postdesk.app.MemorySettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.postdesk.ui.common.ShellContext;

/**
 * Start, quit, start, quit, start with the same settings store: the window comes back the
 * same each time, the splits where the author left them (decision 0034).
 */
@ExtendWith(ApplicationExtension.class)
class WindowRestartUiTest {

    private final MemorySettings settings = new MemorySettings();

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1440, 900", "1024, 700", "1920, 1080"})
    void threeStartsShowTheSameSplits(double width, double height) throws IOException {
        settings.putDouble(LayoutMemory.WIDTH, width);
        settings.putDouble(LayoutMemory.HEIGHT, height);
        Path temp = Files.createTempDirectory("postdesk-restart");
        Path blog = SampleBlogCopy.into(temp);
        List<double[]> seen = new ArrayList<>();
        for (int start = 0; start < 3; start++) {
            seen.add(startAndQuit(blog, temp));
        }
        for (int start = 1; start < 3; start++) {
            assertThat(seen.get(start)).as("start %d against the first (columns, left column, form)", start + 1)
                    .containsExactly(seen.get(0), within(0.004));
        }
        double[] first = seen.get(0);
        assertThat(first[4]).as("the editor keeps most of the middle column's height").isGreaterThan(0.5);
    }

    @Test
    void splitsTheAuthorDraggedComeBackWhereTheyWereLeft(FxRobot robot) throws IOException {
        settings.putDouble(LayoutMemory.WIDTH, 1280);
        settings.putDouble(LayoutMemory.HEIGHT, 800);
        Path temp = Files.createTempDirectory("postdesk-restart");
        Path blog = SampleBlogCopy.into(temp);
        ShellContext context = TestShells.context(settings, url -> { });
        Workbench bench = fx(() -> open(context, temp));
        bench.openBlog(blog, WorkbenchUiTest.HIKE);
        waitUntil("the post is open", () -> bench.openPostNow() != null);
        settle();
        double before = fx(() -> columns(bench).getDividerPositions()[0]);
        Node divider = fx(() -> columns(bench).lookupAll(".split-pane-divider").stream()
                .filter(n -> n.getParent() == columns(bench)).findFirst().orElseThrow());
        robot.drag(divider).moveBy(128, 0).release(MouseButton.PRIMARY);
        settle();
        double dragged = fx(() -> columns(bench).getDividerPositions()[0]);
        assertThat(dragged).as("the drag moved the list's edge").isCloseTo(before + 0.1, within(0.01));
        TestShells.close(bench, context);

        double[] again = startAndQuit(blog, temp);
        assertThat(again[0]).as("the list's edge after a restart").isCloseTo(dragged, within(0.004));
        double[] twice = startAndQuit(blog, temp);
        assertThat(twice[0]).as("and after another").isCloseTo(dragged, within(0.004));
    }

    @Test
    void nonsenseInTheSettingsStoreGivesTheFirstStartSplits() throws IOException {
        settings.putDouble(LayoutMemory.WIDTH, 1440);
        settings.putDouble(LayoutMemory.HEIGHT, 900);
        settings.putDouble(LayoutMemory.MAIN_SPLIT + 0, 0.9); // the list's edge right of the preview's
        settings.putDouble(LayoutMemory.MAIN_SPLIT + 1, 0.2);
        settings.putDouble(LayoutMemory.MIDDLE_SPLIT + 0, Double.NaN);
        Path temp = Files.createTempDirectory("postdesk-restart");
        Path blog = SampleBlogCopy.into(temp);
        double[] shown = startAndQuit(blog, temp);
        assertThat(shown[0]).isCloseTo(LayoutMemory.MAIN_DEFAULT[0], within(0.004));
        assertThat(shown[1]).isCloseTo(LayoutMemory.MAIN_DEFAULT[1], within(0.004));
        assertThat(shown[5]).isCloseTo(LayoutMemory.MIDDLE_DEFAULT[0], within(0.004));
    }

    @Test
    void aSmallWindowClampsTheSplitsButDoesNotRememberTheClamp() throws IOException {
        settings.putDouble(LayoutMemory.WIDTH, 1440);
        settings.putDouble(LayoutMemory.HEIGHT, 900);
        settings.putDouble(LayoutMemory.MAIN_SPLIT + 0, 0.16); // 230 px at 1440, less than the minimum at 1000
        settings.putDouble(LayoutMemory.MAIN_SPLIT + 1, 0.8);
        Path temp = Files.createTempDirectory("postdesk-restart");
        Path blog = SampleBlogCopy.into(temp);
        ShellContext context = TestShells.context(settings, url -> { });
        Workbench bench = fx(() -> open(context, temp));
        bench.openBlog(blog, WorkbenchUiTest.HIKE);
        waitUntil("the post is open", () -> bench.openPostNow() != null);
        settle();
        fxRun(() -> bench.window().stage().setWidth(1000));
        settle();
        double listWidth = fx(() -> bench.window().postList().getWidth());
        assertThat(listWidth).as("the list keeps its minimum width").isGreaterThanOrEqualTo(LayoutMemory.LIST_MIN_WIDTH);
        fxRun(() -> bench.window().stage().setWidth(1440));
        settle();
        assertThat(fx(() -> columns(bench).getDividerPositions()[0])).as("wider again: the split the author chose")
                .isCloseTo(0.16, within(0.004));
        TestShells.close(bench, context);
        assertThat(settings.getDouble(LayoutMemory.MAIN_SPLIT + 0, -1)).isCloseTo(0.16, within(0.0001));
    }

    /** One start: the window with the post open, laid out; returns the splits shown, then quits. */
    private double[] startAndQuit(Path blog, Path temp) {
        ShellContext context = TestShells.context(settings, url -> { });
        Workbench bench = fx(() -> open(context, temp));
        bench.openBlog(blog, WorkbenchUiTest.HIKE);
        waitUntil("the post is open", () -> bench.openPostNow() != null);
        settle();
        double[] shown = fx(() -> {
            MainWindow window = bench.window();
            SplitPane middle = (SplitPane) window.stage().getScene().lookup("#middle");
            double[] main = columns(bench).getDividerPositions();
            double form = middle.getDividerPositions()[0];
            return new double[] {main[0], main[1], window.stage().getWidth(), window.stage().getHeight(), 1 - form,
                    form};
        });
        TestShells.close(bench, context);
        return shown;
    }

    private static SplitPane columns(Workbench bench) {
        return (SplitPane) bench.window().stage().getScene().lookup("#columns");
    }

    private Workbench open(ShellContext context, Path temp) {
        Stage stage = new Stage();
        Workbench bench = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                Clock.systemDefaultZone());
        stage.show();
        return bench;
    }

    /** A few layout pulses. */
    private static void settle() {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            fxRun(() -> { });
        }
    }
}
