package org.postdesk.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.shell.SampleBlogCopy;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;
import org.postdesk.ui.shell.WorkbenchUiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Text typed in a Postdesk process that is then killed is offered back by the next window. */
@ExtendWith(ApplicationExtension.class)
class RecoveryKillTest {

    private static final String TYPED = "山顶的风很大，KILLED-MID-SENTENCE";
    private Path temp;
    private Path blog;
    private Path journal;
    private Stage stage;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        temp = Files.createTempDirectory("postdesk-kill");
        blog = SampleBlogCopy.into(temp);
        journal = temp.resolve("journal");
    }

    @AfterEach
    void close() {
        if (bench != null) {
            TestShells.close(bench, context);
        }
    }

    @Test
    void textTypedBeforeAKillIsOfferedBackAndRestored(FxRobot robot) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dtestfx.robot=glass", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                RecoveryChild.class.getName(), blog.toString(), journal.toString(), WorkbenchUiTest.HIKE, TYPED));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> journaled = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                StringBuilder all = new StringBuilder();
                for (String line; (line = out.readLine()) != null; ) {
                    all.append(line).append('\n');
                    if (line.equals("JOURNALED")) {
                        return line;
                    }
                }
                return all.toString();
            } catch (IOException e) {
                return e.toString();
            }
        });
        String said = journaled.get(120, TimeUnit.SECONDS);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(said).isEqualTo("JOURNALED");
        assertThat(Files.readString(blog.resolve(WorkbenchUiTest.HIKE))).doesNotContain(TYPED);

        fxRun(() -> {
            context = TestShells.context();
            bench = TestShells.create(stage, context, w -> new ScriptedDialogs(), temp.resolve("cache"),
                    Clock.systemDefaultZone(), new FileSafety(journal, (w, c) -> null, AtomicFiles.CHANNEL));
            stage.show();
            bench.openBlog(blog, null);
        });
        waitUntil("the recovery bar offers the post", () -> robot.lookup("#recoveryBarText").tryQuery().isPresent());
        String sentence = fx(() -> robot.lookup("#recoveryBarText").queryLabeled().getText());
        assertThat(sentence).contains(WorkbenchUiTest.HIKE);
        String diff = fx(() -> robot.lookup("#recoveryDiff").<TextArea>query().getText());
        assertThat(diff).contains("+").contains(TYPED);

        robot.clickOn("#recoveryRestore");
        waitUntil("the typed text is back in the editor", () -> bench.openPostNow() != null
                && bench.openPostNow().path().equals(WorkbenchUiTest.HIKE)
                && bench.window().editor().getText().contains(TYPED));
        waitUntil("the post shows unsaved", () -> bench.window().postList().dirtyPaths().contains(WorkbenchUiTest.HIKE));
        assertThat(robot.lookup("#recoveryBar").tryQuery()).isEmpty();
    }
}
