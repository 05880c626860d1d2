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
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.core.io.AtomicFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.postdesk.ui.common.FileQuestions;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.safety.FileSafety;

/** Edit > Cut, Copy, Paste, Select All on whatever text has the focus; the context menus; Post accelerators from the list. */
@ExtendWith(ApplicationExtension.class)
class EditMenuUiTest {

    static final String DRAFT = "_drafts/写作清单.md";

    /** Records the questions and says no to each, so the post stays where it is for the next gesture. */
    static final class Declines implements FileQuestions {
        final Deque<String> asked = new ConcurrentLinkedDeque<>();

        @Override
        public Overwrite askOverwrite(String postTitle) {
            asked.add("overwrite " + postTitle);
            return Overwrite.CANCEL;
        }

        @Override
        public boolean confirmTrash(String postTitle) {
            asked.add("trash " + postTitle);
            return false;
        }

        @Override
        public Optional<LocalDate> askPublishDate(String postTitle, LocalDate today) {
            asked.add("publish " + postTitle);
            return Optional.empty();
        }
    }

    private final Declines answers = new Declines();
    private ShellContext context;
    private Workbench bench;
    private Path blog;

    @Start
    void start(Stage stage) throws IOException {
        Path temp = Files.createTempDirectory("postdesk-edit");
        blog = SampleBlogCopy.into(temp);
        context = TestShells.context(new MemorySettings(), url -> { });
        bench = Shell.create(stage, context, w -> new ScriptedDialogs(), temp.resolve("cache"), Clock.systemDefaultZone(),
                new FileSafety(temp.resolve("journal"), (w, c) -> answers, AtomicFiles.CHANNEL));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void theEditItemsActOnTheFocusedFieldAndOnTheEditor(FxRobot robot) {
        open(WorkbenchUiTest.HIKE);
        TextField title = fx(() -> (TextField) scene().lookup("#fm-title"));
        robot.clickOn(title);
        fire("menuSelectAll");
        assertThat(fx(() -> title.getSelectedText())).isEqualTo(WorkbenchUiTest.HIKE_TITLE);
        fire("menuCopy");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(WorkbenchUiTest.HIKE_TITLE);

        TextField filter = fx(() -> (TextField) scene().lookup("#postFilter"));
        robot.clickOn(filter);
        fire("menuPaste");
        assertThat(fx(() -> filter.getText())).isEqualTo(WorkbenchUiTest.HIKE_TITLE);
        fire("menuSelectAll");
        fire("menuCut");
        assertThat(fx(() -> filter.getText())).isEmpty();

        CodeArea area = fx(() -> bench.window().editor().textArea());
        robot.clickOn(area);
        fire("menuSelectAll");
        assertThat(fx(() -> area.getSelectedText())).isEqualTo(fx(() -> area.getText()));
        fxRun(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("粘贴的文字");
            Clipboard.getSystemClipboard().setContent(content);
        });
        fire("menuPaste");
        waitUntil("the editor holds the pasted text only", () -> area.getText().equals("粘贴的文字"));
        fire("menuUndo");
        waitUntil("undo brings the post back", () -> area.getText().contains("清晨六点出发"));
    }

    @Test
    void theEditorsContextMenuHasTheTextCommands() {
        open(WorkbenchUiTest.HIKE);
        ContextMenu menu = fx(() -> bench.window().editor().textArea().getContextMenu());
        assertThat(menu).isNotNull();
        assertThat(fx(() -> menu.getItems().stream().map(MenuItem::getId).filter(id -> id != null).toList()))
                .containsExactly("editorCut", "editorCopy", "editorPaste", "editorSelectAll");
    }

    @Test
    void aRightClickOnARowOffersThatPostsActions(FxRobot robot) {
        open(WorkbenchUiTest.HIKE);
        ListView<?> list = fx(() -> (ListView<?>) scene().lookup("#postListView"));
        ContextMenu menu = fx(list::getContextMenu);
        assertThat(menu).as("the list has a context menu").isNotNull();
        // The right click selects the row and the menu opens at once, before the row's post is read.
        boolean readyAtOnce = fx(() -> {
            bench.selectPost(DRAFT);
            menu.show(list, javafx.geometry.Side.BOTTOM, 0, 0);
            return !item(menu, "rowTrash").isDisable();
        });
        assertThat(readyAtOnce).as("nothing to act on while the post is still being read").isFalse();
        waitUntil("the open menu offers Publish once the draft is open", () -> !item(menu, "rowPublish").isDisable());
        assertThat(fx(() -> item(menu, "rowUnpublish").isDisable())).isTrue();
        fxRun(() -> item(menu, "rowPublish").fire());
        waitUntil("the publish question was asked about the draft", () -> answers.asked.contains("publish 写作清单"));
    }

    @Test
    void ctrlShiftPPublishesWithTheListFocusedAfterThePostMenuWasOpenedOnAPublishedPost(FxRobot robot) {
        open(WorkbenchUiTest.HIKE);
        Menu post = fx(() -> bench.window().menuBar().getMenus().stream().filter(m -> "menuPost".equals(m.getId()))
                .findFirst().orElseThrow());
        fxRun(() -> post.getOnShowing().handle(null)); // the author looked at the Post menu on a published post
        robot.clickOn(rowOf(robot, "写作清单"));
        waitUntil("the draft is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(DRAFT));
        assertThat(fx(() -> scene().getFocusOwner().getId())).isEqualTo("postListView");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        waitUntil("Ctrl+Shift+P asked for the publish date", () -> answers.asked.contains("publish 写作清单"));
    }

    @Test
    void acceleratorsWorkWhateverHasTheFocus(FxRobot robot) {
        open(DRAFT);
        List<String> targets = List.of("#postFilter", "#postListView", "#fm-title");
        for (String target : targets) {
            answers.asked.clear();
            robot.clickOn(target.equals("#postListView") ? rowOf(robot, "写作清单") : fx(() -> scene().lookup(target)));
            waitUntil(target + " has the focus", () -> scene().getFocusOwner() == scene().lookup(target));
            assertThat(fx(() -> bench.openPostNow().path())).as("still the draft, before %s", target).isEqualTo(DRAFT);
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
            waitUntil("Ctrl+Shift+P from " + target + " asked for the publish date",
                    () -> answers.asked.contains("publish 写作清单"));
            robot.push(KeyCode.CONTROL, KeyCode.G);
            waitUntil("Ctrl+G from " + target + " opened Go to Line", () -> scene().lookup("#goToLineBar").isVisible());
            robot.push(KeyCode.ESCAPE);
        }
    }

    private Node rowOf(FxRobot robot, String title) {
        waitUntil("the row is laid out", () -> robot.lookup(".post-title").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && title.equals(l.getText())));
        return robot.lookup(".post-title").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && title.equals(l.getText())).findFirst().orElseThrow();
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void fire(String id) {
        fxRun(() -> allItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<MenuItem> allItems() {
        return bench.window().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream()).toList();
    }

    private Scene scene() {
        return bench.window().stage().getScene();
    }

    private void open(String path) {
        fxRun(() -> bench.openBlog(blog, path));
        waitUntil("the post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(path));
        waitUntil("the blog's conventions are learned", () -> bench.session() != null
                && bench.session().conventions() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
