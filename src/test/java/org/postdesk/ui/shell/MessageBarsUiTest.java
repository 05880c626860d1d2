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
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.postdesk.ui.common.ActionBar;
import org.postdesk.ui.common.NotificationBar;
import org.postdesk.ui.common.ShellContext;

/** Messages belong to a post or to the blog and leave with it; long ones wrap and keep their buttons reachable. */
@ExtendWith(ApplicationExtension.class)
class MessageBarsUiTest {

    static final String LONG = "Postdesk kept unsaved changes to \u201c春日徒步：从山脊到湖边\u201d from 2026-12-06 04:41, when it "
            + "last closed. Restore them to go on where you stopped, or discard them to keep the file as it is on disk.";

    private final MemorySettings settings = new MemorySettings();
    private ShellContext context;
    private Workbench bench;
    private Path blog;

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void aPostsMessageLeavesWithThePostAndABlogsMessageStays() throws IOException {
        open(1280, 800);
        fxRun(() -> bench.notify(NotificationBar.Kind.INFO, "The text you had not saved is back in the editor."));
        assertThat(shownSentence()).startsWith("The text you had not saved");

        bench.selectPost(WorkbenchUiTest.CHEATSHEET);
        waitUntil("the other post is open", () -> WorkbenchUiTest.CHEATSHEET.equals(bench.openPostNow().path()));
        assertThat(shownSentence()).as("the message about the first post left with it").isEmpty();

        fxRun(() -> bench.notifyBlog(NotificationBar.Kind.INFO, "Listing the blog was cancelled."));
        bench.selectPost(WorkbenchUiTest.HIKE);
        waitUntil("the first post is open again", () -> WorkbenchUiTest.HIKE.equals(bench.openPostNow().path()));
        assertThat(shownSentence()).as("a message about the blog stays while its posts change")
                .isEqualTo("Listing the blog was cancelled.");

        fxRun(() -> bench.notifyAbout(WorkbenchUiTest.CHEATSHEET, NotificationBar.Kind.INFO, "Renamed to cheat.md."));
        assertThat(shownSentence()).isEqualTo("Renamed to cheat.md.");
        bench.selectPost(WorkbenchUiTest.CHEATSHEET);
        waitUntil("the renamed post is open", () -> WorkbenchUiTest.CHEATSHEET.equals(bench.openPostNow().path()));
        assertThat(shownSentence()).as("a message about the post being opened stays").isEqualTo("Renamed to cheat.md.");
        bench.selectPost(WorkbenchUiTest.WELCOME);
        waitUntil("a third post is open", () -> WorkbenchUiTest.WELCOME.equals(bench.openPostNow().path()));
        assertThat(shownSentence()).isEmpty();
    }

    @Test
    void aLongOfferWrapsAndKeepsItsButtonsInTheWindowAt1024() throws IOException {
        open(1024, 700);
        fxRun(() -> ActionBar.show(bench.window().bars(), "recoveryBar", LONG, List.of(
                new ActionBar.Choice("recoveryRestore", "Restore", () -> { }),
                new ActionBar.Choice("recoveryDiscard", "Discard", () -> { })), new TextArea("- a\n+ b")));
        fxRun(() -> bench.notify(NotificationBar.Kind.ERROR, LONG));
        fxRun(() -> bench.tools().find(true));
        settle();
        assertThat(fx(() -> bench.window().editor().node().getLayoutBounds().getHeight()))
                .as("the editor keeps some lines under all the bars").isGreaterThanOrEqualTo(120);
        for (String id : List.of("#recoveryBarText", "#notificationText")) {
            Label label = fx(() -> (Label) bench.window().stage().getScene().lookup(id));
            assertThat(fx(() -> shownText(label))).as("%s shows the whole sentence", id).isEqualTo(LONG);
        }
        double width = fx(() -> bench.window().stage().getScene().getWidth());
        for (String id : List.of("#recoveryRestore", "#recoveryDiscard", "#notificationClose")) {
            Button button = fx(() -> (Button) bench.window().stage().getScene().lookup(id));
            Bounds b = fx(() -> button.localToScene(button.getBoundsInLocal()));
            assertThat(b.getMaxX()).as("%s inside the window", id).isLessThanOrEqualTo(width);
            assertThat(b.getWidth()).as("%s has its width", id).isGreaterThan(20);
            assertThat(fx(() -> shownText(button))).as("%s shows its whole label", id).isEqualTo(button.getText());
        }
    }

    /** What the label's skin draws: the text, or its ellipsised form. */
    static String shownText(javafx.scene.control.Labeled labeled) {
        StringBuilder out = new StringBuilder();
        for (Node n : labeled.lookupAll(".text")) {
            if (n instanceof Text t && n.getParent() == labeled) {
                out.append(t.getText());
            }
        }
        return out.toString().replace("\n", " ").replaceAll(" +", " ").strip();
    }

    private String shownSentence() {
        return fx(() -> bench.window().notifications().sentence());
    }

    private void open(double width, double height) throws IOException {
        settings.putDouble(LayoutMemory.WIDTH, width);
        settings.putDouble(LayoutMemory.HEIGHT, height);
        Path temp = Files.createTempDirectory("postdesk-bars");
        blog = SampleBlogCopy.into(temp);
        context = TestShells.context(settings, url -> { });
        bench = fx(() -> {
            Stage stage = new Stage();
            Workbench b = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                    Clock.systemDefaultZone());
            stage.show();
            return b;
        });
        bench.openBlog(blog, WorkbenchUiTest.HIKE);
        waitUntil("the post is open", () -> bench.openPostNow() != null);
        settle();
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
