package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.ui.common.DialogService;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.postlist.NewPost;
import org.postdesk.ui.postlist.PostRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window on a copy of the sample blog, driven as an author would. */
@ExtendWith(ApplicationExtension.class)
public class WorkbenchUiTest {

    public static final String HIKE = "_posts/2025-05-20-春日徒步.md";
    public static final String HIKE_TITLE = "春日徒步：从山脊到湖边";
    public static final String CHEATSHEET = "_posts/2025-09-01-markdown-cheatsheet.md";
    public static final String CHEATSHEET_TITLE = "A Markdown cheat sheet";
    public static final String WELCOME = "_posts/2025-03-08-welcome-to-postdesk.md";
    public static final String WELCOME_TITLE = "欢迎使用 Postdesk";

    private final MemorySettings settings = new MemorySettings();
    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path temp;
    private Path blog;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-window");
        blog = SampleBlogCopy.into(temp);
        context = TestShells.context(settings, browsed::add);
        bench = Shell.create(stage, context, window -> dialogs, temp.resolve("cache"), Clock.systemDefaultZone());
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void theSampleBlogListsItsPostsAndShowsAPostWithItsImage(FxRobot robot) throws IOException {
        openSampleBlog();
        List<PostRow> rows = fx(() -> bench.window().postList().rows());
        assertThat(rows).hasSize(4);
        assertThat(rows).filteredOn(PostRow::draft).hasSize(1);

        pick(robot, HIKE_TITLE);
        waitUntil("the form shows the title", () -> HIKE_TITLE.equals(titleField(robot).getText()));
        waitUntil("the preview shows title and body", () -> previewText().contains(HIKE_TITLE)
                && previewText().contains("清晨六点出发"));
        String src = String.valueOf(fx(() -> bench.window().preview()
                .executeScript("document.querySelector('#pd-content img').src")));
        assertThat(src).startsWith("file:").contains("/img/in-post/spring-hike-ridge.png");
        assertThat(Path.of(URI.create(src))).startsWith(blog.toRealPath());
        waitUntil("the image loaded", () -> ((Number) bench.window().preview().executeScript(
                "document.querySelector('#pd-content img').naturalWidth")).intValue() > 0);
        assertThat(fx(() -> bench.window().stage().getTitle())).isEqualTo(HIKE_TITLE + " \u2014 Postdesk");
    }

    @Test
    void typingReachesThePreview(FxRobot robot) {
        openSampleBlog();
        pick(robot, HIKE_TITLE);
        waitUntil("the post is open", () -> previewText().contains("清晨六点出发"));
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.END).write("\n\n山顶的风很大");
        waitUntil("the preview shows the typed text", () -> previewText().contains("山顶的风很大"));
        waitUntil("the title bar says unsaved", () -> bench.window().stage().getTitle().startsWith("* "));
    }

    @Test
    void editingTheTitleAndSavingChangesOnlyTheTitleLine(FxRobot robot) throws IOException {
        openSampleBlog();
        pick(robot, HIKE_TITLE);
        waitUntil("the form shows the title", () -> HIKE_TITLE.equals(titleField(robot).getText()));
        List<String> before = lines(HIKE);

        robot.clickOn(titleField(robot)).push(KeyCode.CONTROL, KeyCode.A).write("秋日徒步");
        waitUntil("the preview follows the title", () -> previewText().contains("秋日徒步"));
        waitUntil("the title bar and the list mark show unsaved changes",
                () -> bench.window().stage().getTitle().startsWith("* ")
                        && bench.window().postList().dirtyPaths().contains(HIKE));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("the file is saved", () -> !readLines(HIKE).equals(before));
        List<String> after = lines(HIKE);
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).hasSize(1);
        assertThat(before.get(changed.get(0))).startsWith("title:").contains(HIKE_TITLE);
        assertThat(after.get(changed.get(0))).isEqualTo(before.get(changed.get(0)).replace(HIKE_TITLE, "秋日徒步"));
        waitUntil("the title bar is clean", () -> bench.window().stage().getTitle().equals("秋日徒步 \u2014 Postdesk"));
        waitUntil("the list mark is gone", () -> bench.window().postList().dirtyPaths().isEmpty());
        waitUntil("the list shows the new title", () -> bench.window().postList().rows().stream()
                .anyMatch(r -> r.path().equals(HIKE) && r.title().equals("秋日徒步")));
    }

    @Test
    void typingAndDeletingIsCleanAgain(FxRobot robot) {
        openSampleBlog();
        pick(robot, HIKE_TITLE);
        waitUntil("the post is open", () -> previewText().contains("清晨六点出发"));
        robot.clickOn("#editor").write("x");
        waitUntil("unsaved", () -> bench.window().postList().dirtyPaths().contains(HIKE));
        robot.push(KeyCode.BACK_SPACE);
        waitUntil("clean again", () -> !bench.window().postList().dirtyPaths().contains(HIKE)
                && !bench.window().stage().getTitle().startsWith("*"));
        pick(robot, WELCOME_TITLE); // no question: nothing to save
        waitUntil("the other post opened", () -> WELCOME_TITLE.equals(titleField(robot).getText()));
        assertThat(dialogs.asked()).isEmpty();
    }

    @Test
    void leavingAnEditedPostAsksSaveDontSaveOrCancel(FxRobot robot) throws IOException {
        openSampleBlog();
        pick(robot, CHEATSHEET_TITLE);
        waitUntil("the cheat sheet is open", () -> CHEATSHEET_TITLE.equals(titleField(robot).getText()));
        String cheatsheetBefore = read(CHEATSHEET);
        robot.clickOn("#editor").write("EDITED-ONE ");
        waitUntil("unsaved", () -> bench.window().postList().dirtyPaths().contains(CHEATSHEET));

        dialogs.saveAnswers.add(DialogService.SaveChoice.CANCEL);
        pick(robot, WELCOME_TITLE);
        assertThat(dialogs.asked()).containsExactly("save? " + CHEATSHEET_TITLE);
        assertThat(fx(() -> bench.window().postList().selectedPathProperty().get())).isEqualTo(CHEATSHEET);
        assertThat(fx(() -> bench.window().editor().getText())).contains("EDITED-ONE");

        dialogs.saveAnswers.add(DialogService.SaveChoice.DONT_SAVE);
        pick(robot, WELCOME_TITLE);
        waitUntil("the welcome post opened", () -> WELCOME_TITLE.equals(titleField(robot).getText()));
        assertThat(read(CHEATSHEET)).isEqualTo(cheatsheetBefore);
        assertThat(fx(() -> bench.window().postList().dirtyPaths())).isEmpty();

        String welcomeBefore = read(WELCOME);
        robot.clickOn("#editor").write("EDITED-TWO ");
        waitUntil("unsaved", () -> bench.window().postList().dirtyPaths().contains(WELCOME));
        dialogs.saveAnswers.add(DialogService.SaveChoice.SAVE);
        pick(robot, CHEATSHEET_TITLE);
        waitUntil("the cheat sheet opened again", () -> CHEATSHEET_TITLE.equals(titleField(robot).getText()));
        assertThat(read(WELCOME)).isNotEqualTo(welcomeBefore).contains("EDITED-TWO");
        assertThat(fx(() -> bench.window().editor().getText())).doesNotContain("EDITED");
    }

    @Test
    void newPostIsCreatedInTheBlogsStyleAndOpened(FxRobot robot) throws IOException {
        openSampleBlog();
        LocalDate today = LocalDate.now();
        String path = "_posts/" + today + "-autumn-notes.md";
        List<Boolean> takenChecks = new ArrayList<>();
        dialogs.newPost = dialog -> {
            takenChecks.add(dialog.plan() != null);
            return Optional.of(new NewPost("秋天的笔记", today, "autumn-notes", false, path));
        };
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.N);

        waitUntil("the new post is selected", () -> path.equals(bench.window().postList().selectedPathProperty().get()));
        waitUntil("the new post is open", () -> "秋天的笔记".equals(titleField(robot).getText()));
        String text = read(path);
        assertThat(text).startsWith("---\n").contains("layout:     post").contains("author:     写字台")
                .contains("秋天的笔记");
        assertThat(fx(() -> bench.window().postList().rows())).hasSize(5);
        assertThat(dialogs.asked()).containsExactly("new post");
    }

    @Test
    void aFolderThatIsNotABlogGetsASentenceAndChoices() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("notes"));
        fxRun(() -> bench.openBlog(plain, null));
        waitUntil("the sentence", () -> bench.window().notifications().sentence().contains("notes is not a blog"));
        assertThat(Files.exists(plain.resolve("_posts"))).isFalse();

        dialogs.notBlogAnswers.add(DialogService.NotABlogChoice.PICK_ANOTHER);
        dialogs.folderAnswers.add(Optional.of(blog));
        fxRun(() -> bench.openBlog(plain, null));
        waitUntil("the picked blog opened", () -> bench.window().postList().rows().size() == 4);

        dialogs.notBlogAnswers.add(DialogService.NotABlogChoice.CREATE_POSTS_FOLDER);
        fxRun(() -> bench.openBlog(plain, null));
        waitUntil("the folder became an empty blog", () -> bench.session() != null
                && bench.session().root().equals(plain.toAbsolutePath().normalize())
                && bench.window().postList().rows().isEmpty());
        assertThat(Files.isDirectory(plain.resolve("_posts"))).isTrue();
        assertThat(dialogs.asked()).containsExactly("not a blog: notes", "not a blog: notes", "choose folder",
                "not a blog: notes");
        assertThat(dialogs.notBlogReasons).hasSize(3).allSatisfy(why -> {
            assertThat(why.why()).isEqualTo("a Jekyll blog (this folder has neither _config.yml nor a _posts folder)"
                    + " nor a Hugo blog (this folder has no hugo.toml, config.toml or config/_default folder)");
            assertThat(why.starterFolder()).isEqualTo("_posts");
        });
    }

    @Test
    void aHexoSiteIsRefusedWithTheReasonNotWithJekyllsMissingFiles() throws IOException {
        Path hexo = Files.createDirectories(temp.resolve("hexo-site"));
        Files.createDirectories(hexo.resolve("source"));
        Files.writeString(hexo.resolve("_config.yml"), "title: Hexo\n");
        Files.writeString(hexo.resolve("package.json"), "{\"dependencies\": {\"hexo\": \"^7.0.0\"}}");
        dialogs.notBlogAnswers.add(DialogService.NotABlogChoice.CANCEL);
        fxRun(() -> bench.openBlog(hexo, null));
        waitUntil("the sentence", () -> bench.window().notifications().sentence().contains("hexo-site is not a blog"));
        assertThat(dialogs.notBlogReasons).singleElement().satisfies(why -> assertThat(why.why())
                .contains("package.json that depends on hexo").doesNotContain("neither"));
        assertThat(Files.exists(hexo.resolve("_posts"))).isFalse();
    }

    @Test
    void aSaveThatFailsSaysSoAndKeepsTheText(FxRobot robot) throws IOException {
        openSampleBlog();
        pick(robot, HIKE_TITLE);
        waitUntil("the post is open", () -> previewText().contains("清晨六点出发"));
        robot.clickOn("#editor").write("KEEP-ME ");
        deleteTree(blog.resolve("_posts"));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("the sentence", () -> bench.window().notifications().sentence().contains("still here"));
        assertThat(fx(() -> bench.window().editor().getText())).contains("KEEP-ME");
        assertThat(fx(() -> bench.window().stage().getTitle())).startsWith("* ");
    }

    private void openSampleBlog() {
        fxRun(() -> bench.openBlog(blog, null));
        waitUntil("the posts are listed", () -> bench.window().postList().rows().size() == 4);
        waitUntil("the preview page is ready", () -> bench.window().preview().readyProperty().get());
        waitUntil("the first post is open", () -> bench.openPostNow() != null);
    }

    private void pick(FxRobot robot, String title) {
        Node list = robot.lookup("#postListView").query();
        Predicate<Node> row = n -> n instanceof Labeled l && title.equals(l.getText()) && n.isVisible();
        // the rows are in the model before the list has laid out their cells: wait for the cell
        waitUntil("the row of " + title + " is shown", () -> robot.from(list).lookup(row).tryQuery().isPresent());
        robot.clickOn((Node) robot.from(list).lookup(row).query());
    }

    private static TextField titleField(FxRobot robot) {
        return robot.lookup("#fm-title").queryAs(TextField.class);
    }

    private String previewText() {
        return bench.window().preview().renderedText();
    }

    private String read(String path) throws IOException {
        return Files.readString(blog.resolve(path), StandardCharsets.UTF_8);
    }

    private List<String> lines(String path) throws IOException {
        return Files.readAllLines(blog.resolve(path), StandardCharsets.UTF_8);
    }

    private List<String> readLines(String path) {
        try {
            return lines(path);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
