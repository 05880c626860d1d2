package org.postdesk.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.ui.common.DialogService;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.shell.SampleBlogCopy;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.Shell;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;
import org.postdesk.ui.shell.WorkbenchUiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Publish Changes in the real window, on the sample blog cloned from a bare file: remote (decision record 0042). */
@ExtendWith(ApplicationExtension.class)
class PublishDialogUiTest {
    private static final String HIKE = WorkbenchUiTest.HIKE;
    private static final String HIKE_TITLE = WorkbenchUiTest.HIKE_TITLE;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path temp;
    private Path bare;
    private Path blog;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("postdesk-publish");
        Path seed = SampleBlogCopy.into(temp);
        bare = temp.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        try (Git git = Git.init().setInitialBranch("main").setDirectory(seed.toFile()).call()) {
            identity(git);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("The sample blog").call();
            git.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toString())).call();
            git.push().setRemote("origin").add("main").call();
        }
        blog = temp.resolve("mine");
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(blog.toFile()).call()) {
            identity(git);
        }
        context = TestShells.context();
        bench = Shell.create(stage, context, window -> dialogs, temp.resolve("cache"), Clock.systemDefaultZone());
        stage.show();
    }

    private static void identity(Git git) throws IOException {
        StoredConfig c = git.getRepository().getConfig();
        c.setString("user", null, "name", "Ann Author");
        c.setString("user", null, "email", "ann@example.org");
        c.save();
    }

    @AfterEach
    void close() {
        fxRun(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != bench.window().stage())
                .forEach(Window::hide));
        TestShells.close(bench, context);
    }

    @Test
    void theDialogListsTitlesAndImagesPrefillsTheMessageAndCommitAndPushLandsInTheRemote(FxRobot robot)
            throws Exception {
        Path hike = blog.resolve(HIKE);
        Files.writeString(hike, Files.readString(hike, StandardCharsets.UTF_8) + "\n再写一段。\n", StandardCharsets.UTF_8);
        Files.write(blog.resolve("img/in-post/new-one.png"), Files.readAllBytes(blog.resolve(
                "img/in-post/spring-hike-lake.png")));
        Files.write(blog.resolve("img/in-post/new-two.png"), Files.readAllBytes(blog.resolve(
                "img/in-post/spring-hike-ridge.png")));
        Files.writeString(blog.resolve("_config.yml"), "\n# a config edit in progress\n",
                java.nio.file.StandardOpenOption.APPEND);
        open();
        waitUntil("the toolbar shows the branch and the changes", () -> fx(() -> robot.lookup("#gitStatus")
                .queryAs(Label.class).getText()).contains("main"));
        waitUntil("the list marks the changed post", () -> fx(() -> bench.window().changedSinceCommit().contains(HIKE)));

        Stage dialog = openDialog();
        waitUntil("the remote was asked", () -> fx(() -> text(dialog, "#publishRemote")).contains("nothing new"));
        List<String> content = fx(() -> checkBoxes(dialog, "#publishContent"));
        assertThat(content).containsExactly("changed post: " + HIKE_TITLE, "new image: img/in-post/new-one.png",
                "new image: img/in-post/new-two.png");
        assertThat(fx(() -> checkBoxes(dialog, "#publishOther"))).containsExactly("changed file: _config.yml");
        assertThat(fx(() -> ((VBox) dialog.getScene().lookup("#publishOther")).getChildren().stream()
                .map(n -> ((CheckBox) ((HBox) n).getChildren().get(0)).isSelected()).toList())).containsExactly(false);
        assertThat(fx(() -> thumbnails(dialog))).isEqualTo(2);
        assertThat(fx(() -> ((TextArea) dialog.getScene().lookup("#publishMessage")).getText()))
                .isEqualTo("Update post " + HIKE_TITLE + " and 2 images");
        assertThat(fx(() -> text(dialog, "#publishAuthor"))).contains("Ann Author <ann@example.org>");

        robot.clickOn((Node) fx(() -> dialog.getScene().lookup("#publishPush")));
        waitUntil("the commit is in the remote", () -> remoteHead().map(c -> c.getShortMessage()
                .equals("Update post " + HIKE_TITLE + " and 2 images")).orElse(false));
        waitUntil("the dialog closes", () -> fx(() -> !dialog.isShowing()));
        RevCommit pushed = remoteHead().orElseThrow();
        assertThat(pushed.getAuthorIdent().getName()).isEqualTo("Ann Author");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.status().call().getModified()).containsExactly("_config.yml");
        }
        waitUntil("the mark leaves the post", () -> fx(() -> !bench.window().changedSinceCommit().contains(HIKE)));
    }

    @Test
    void unsavedTextIsSavedFirstWhenTheAuthorAgreesAndHistoryRestoresAnOldVersionAsOneUndoStep(FxRobot robot)
            throws Exception {
        open();
        String original = fx(() -> bench.window().editor().text());
        fxRun(() -> bench.window().editor().replace(0, 0, "新的第一段。\n\n"));
        waitUntil("the post is unsaved", () -> fx(() -> bench.window().dirtyPaths().contains(HIKE)));
        dialogs.saveAnswers.add(DialogService.SaveChoice.SAVE);
        Stage dialog = openDialog();
        assertThat(dialogs.asked()).contains("save? " + HIKE_TITLE);
        waitUntil("the saved post is listed", () -> fx(() -> checkBoxes(dialog, "#publishContent"))
                .contains("changed post: " + HIKE_TITLE));
        robot.clickOn((Node) fx(() -> dialog.getScene().lookup("#publishCommit")));
        waitUntil("the dialog closes after the commit", () -> fx(() -> !dialog.isShowing()));

        fxRun(() -> menuItem("menuPostHistory").fire());
        Stage history = dialogNamed("History of " + HIKE_TITLE);
        @SuppressWarnings("unchecked")
        ListView<Object> list = (ListView<Object>) fx(() -> history.getScene().lookup("#historyList"));
        waitUntil("both commits are listed", () -> fx(() -> list.getItems().size()) == 2);
        fxRun(() -> list.getSelectionModel().select(1));
        waitUntil("the diff shows the added paragraph", () -> fx(() -> ((TextArea) history.getScene()
                .lookup("#historyDiff")).getText()).contains("+新的第一段。"));
        robot.clickOn((Node) fx(() -> history.getScene().lookup("#historyRestore")));
        waitUntil("the old text is in the editor", () -> fx(() -> bench.window().editor().text()).equals(original));
        assertThat(fx(() -> bench.window().dirtyPaths().contains(HIKE))).isTrue();
        fxRun(() -> menuItem("menuUndo").fire());
        assertThat(fx(() -> bench.window().editor().text())).startsWith("新的第一段。");
    }

    @Test
    void aConflictWithTheRemoteIsNamedBeforeAnythingIsCommittedAndOnlyCommitStaysPossible(FxRobot robot)
            throws Exception {
        Path theirs = temp.resolve("theirs");
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(theirs.toFile()).call()) {
            identity(git);
            Path file = theirs.resolve(HIKE);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, text.replaceFirst("\n---\n", "\n---\n他们的第一行。\n"), StandardCharsets.UTF_8);
            git.commit().setAll(true).setMessage("Their edit").call();
            git.push().call();
        }
        Path mine = blog.resolve(HIKE);
        String text = Files.readString(mine, StandardCharsets.UTF_8);
        Files.writeString(mine, text.replaceFirst("\n---\n", "\n---\n我的第一行。\n"), StandardCharsets.UTF_8);
        open();
        Stage dialog = openDialog();
        waitUntil("the conflict is named", () -> fx(() -> text(dialog, "#publishRemote"))
                .contains("change the same lines as yours in " + HIKE_TITLE));
        assertThat(fx(() -> dialog.getScene().lookup("#publishPush").isDisabled())).isTrue();
        assertThat(fx(() -> dialog.getScene().lookup("#publishCommit").isDisabled())).isFalse();
        assertThat(remoteHead().orElseThrow().getShortMessage()).isEqualTo("Their edit");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.log().setMaxCount(1).call().iterator().next().getShortMessage()).isEqualTo("The sample blog");
        }
    }

    @Test
    void aBlogOutsideGitOffersNothingHere() {
        Path plain = SampleBlogCopy.into(temp.resolve("plain"));
        fxRun(() -> bench.openBlog(plain, HIKE));
        waitUntil("the hike post is open", () -> bench.openPostNow() != null
                && bench.session().root().equals(plain.toAbsolutePath().normalize()));
        waitUntil("Publish Changes is disabled", () -> fx(() -> menuItem("menuPublishChanges").isDisable()));
        assertThat(fx(() -> menuItem("menuPostHistory").isDisable())).isTrue();
        assertThat(fx(() -> bench.window().stage().getScene().lookup("#toolPublish").isDisabled())).isTrue();
        assertThat(fx(() -> bench.window().stage().getScene().lookup("#gitStatus").isVisible())).isFalse();
        assertThat(fx(() -> bench.window().changedSinceCommit())).isEmpty();
    }

    private void open() {
        fxRun(() -> bench.openBlog(blog, HIKE));
        waitUntil("the hike post is open", () -> bench.openPostNow() != null && HIKE.equals(bench.openPostNow().path()));
    }

    private Stage openDialog() {
        waitUntil("Publish Changes is enabled", () -> fx(() -> !menuItem("menuPublishChanges").isDisable()));
        fxRun(() -> menuItem("menuPublishChanges").fire());
        return dialogNamed("Publish Changes");
    }

    private MenuItem menuItem(String id) {
        return bench.window().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Stage dialogNamed(String title) {
        waitUntil("the dialog " + title + " shows", () -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())));
        return fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElseThrow());
    }

    private static String text(Stage dialog, String id) {
        return ((Label) dialog.getScene().lookup(id)).getText();
    }

    private static List<String> checkBoxes(Stage dialog, String id) {
        return ((VBox) dialog.getScene().lookup(id)).getChildren().stream().filter(n -> n instanceof HBox)
                .map(n -> ((HBox) n).getChildren().stream().filter(c -> c instanceof CheckBox).findFirst()
                        .map(c -> ((CheckBox) c).getText()).orElse("")).toList();
    }

    private static long thumbnails(Stage dialog) {
        return ((VBox) dialog.getScene().lookup("#publishContent")).getChildren().stream()
                .filter(n -> n instanceof HBox h && h.getChildren().get(0) instanceof CheckBox b
                        && b.getGraphic() instanceof ImageView).count();
    }

    private Optional<RevCommit> remoteHead() {
        try (Git git = Git.open(bare.toFile())) {
            return Optional.of(git.log().setMaxCount(1).call().iterator().next());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
