package org.postdesk.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.ui.common.FileQuestions;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.files.PostFileActions;
import org.postdesk.ui.postlist.PostRow;
import org.postdesk.ui.shell.SampleBlogCopy;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;
import org.postdesk.ui.shell.WorkbenchUiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Changes on disk, moves, encodings and failed saves in the real window. */
@ExtendWith(ApplicationExtension.class)
public class SafetyUiTest {

    public static final String HIKE = WorkbenchUiTest.HIKE;
    static final String DRAFT = "_drafts/写作清单.md";

    /** Answers file questions from a script. */
    public static final class Answers implements FileQuestions {
        final Deque<Overwrite> overwrite = new ArrayDeque<>();
        final Deque<String> asked = new ConcurrentLinkedDeque<>();
        LocalDate publishOn = LocalDate.of(2026, 1, 2);

        @Override
        public Overwrite askOverwrite(String postTitle) {
            asked.add("overwrite " + postTitle);
            return overwrite.isEmpty() ? Overwrite.CANCEL : overwrite.poll();
        }

        @Override
        public boolean confirmTrash(String postTitle) {
            asked.add("trash " + postTitle);
            return true;
        }

        @Override
        public Optional<LocalDate> askPublishDate(String postTitle, LocalDate today) {
            asked.add("publish " + postTitle);
            return Optional.of(publishOn);
        }
    }

    private final Answers answers = new Answers();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private volatile boolean diskFull;
    private Path temp;
    private Path blog;
    private Path journal;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-safety");
        blog = SampleBlogCopy.into(temp);
        journal = temp.resolve("journal");
        Files.writeString(blog.resolve("_posts/2025-03-08-welcome-to-postdesk.md"),
                "\nSee [the hike]({% post_url 2025-05-20-春日徒步 %}).\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.write(blog.resolve("_posts/2024-01-01-old.md"), "---\ntitle: 旧文章\n---\n中文正文，春天。\n"
                .getBytes(Charset.forName("GB18030")));
        context = TestShells.context();
        AtomicFiles.Sink sink = (channel, buffer) -> {
            if (diskFull) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.CHANNEL.write(channel, buffer);
        };
        bench = TestShells.create(stage, context, w -> dialogs, temp.resolve("cache"), Clock.systemDefaultZone(),
                new FileSafety(journal, (w, c) -> answers, sink));
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    private void open(String path) {
        fxRun(() -> bench.openBlog(blog, path));
        waitUntil("the post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(path));
        // the blog's conventions arrive later and rebuild the form once; wait for that before touching it
        waitUntil("the blog's conventions are learned", () -> fx(() -> bench.session() != null
                && bench.session().conventions() != null));
        fx(() -> null); // one more turn of the FX thread, after the form was rebuilt
    }

    private String editorText() {
        return fx(() -> bench.window().editor().getText());
    }

    private void type(FxRobot robot, String text) {
        fxRun(() -> {
            bench.window().editor().moveCaret(Integer.MAX_VALUE);
            bench.window().editor().insertAtCaret(text);
        });
        waitUntil("unsaved", () -> bench.window().postList().dirtyPaths().contains(bench.openPostNow().path()));
    }

    private List<String> listed() {
        return fx(() -> bench.window().postList().rows().stream().map(PostRow::path).toList());
    }

    @Test
    void aPostChangedOnDiskReloadsWhenCleanAndAsksWhenEdited(FxRobot robot) throws IOException {
        open(HIKE);
        Path file = blog.resolve(HIKE);
        Files.writeString(file, Files.readString(file) + "\nTheirs one.\n");
        waitUntil("the editor shows their text", () -> editorText().contains("Theirs one."));

        type(robot, "\nMine.");
        Files.writeString(file, Files.readString(file) + "\nTheirs two.\n");
        waitUntil("the bar says it changed", () -> robot.lookup("#diskBar").tryQuery().isPresent());
        assertThat(editorText()).contains("Mine.").doesNotContain("Theirs two.");
        robot.clickOn("#diskKeep");
        assertThat(editorText()).contains("Mine.");

        answers.overwrite.add(FileQuestions.Overwrite.CANCEL);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("saving asked", () -> answers.asked.contains("overwrite " + WorkbenchUiTest.HIKE_TITLE));
        assertThat(Files.readString(file)).contains("Theirs two.").doesNotContain("Mine.");

        answers.overwrite.add(FileQuestions.Overwrite.OVERWRITE);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("mine is written", () -> read(file).contains("Mine."));

        type(robot, "\nMine again.");
        Files.writeString(file, Files.readString(file) + "\nTheirs three.\n");
        waitUntil("the bar again", () -> robot.lookup("#diskReload").tryQuery().isPresent());
        robot.clickOn("#diskReload");
        waitUntil("theirs is shown", () -> editorText().contains("Theirs three.") && !editorText().contains("Mine again."));
    }

    @Test
    void theListFollowsTheFolder() throws IOException {
        open(HIKE);
        Files.writeString(blog.resolve("_posts/2026-02-02-from-git.md"), "---\ntitle: From git\n---\nHi\n");
        waitUntil("the new file is listed", () -> listed().contains("_posts/2026-02-02-from-git.md"));
        Files.delete(blog.resolve("_posts/2026-02-02-from-git.md"));
        waitUntil("the deleted file is gone", () -> !listed().contains("_posts/2026-02-02-from-git.md"));
    }

    @Test
    void publishAndUnpublishADraft() {
        open(DRAFT);
        fxRun(() -> findActions().publish());
        String published = "_posts/2026-01-02-写作清单.md";
        waitUntil("the draft is published and still open", () -> Files.exists(blog.resolve(published))
                && listed().contains(published) && !listed().contains(DRAFT)
                && bench.openPostNow() != null && bench.openPostNow().path().equals(published));
        assertThat(Files.exists(blog.resolve(DRAFT))).isFalse();
        fxRun(() -> findActions().unpublish());
        waitUntil("it is a draft again", () -> Files.exists(blog.resolve(DRAFT)) && listed().contains(DRAFT)
                && bench.openPostNow() != null && bench.openPostNow().path().equals(DRAFT));
    }

    @Test
    void changingTheTitleOffersARenameThatUpdatesReferences(FxRobot robot) throws IOException {
        open(HIKE);
        robot.clickOn(robot.lookup("#fm-title").queryAs(TextField.class));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("autumn hike");
        waitUntil("unsaved", () -> bench.window().postList().dirtyPaths().contains(HIKE));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("a rename is offered", () -> robot.lookup("#renameApply").tryQuery().isPresent());
        robot.clickOn("#renameApply");
        String renamed = "_posts/2025-05-20-autumn-hike.md";
        waitUntil("renamed and open", () -> Files.exists(blog.resolve(renamed)) && bench.openPostNow() != null
                && bench.openPostNow().path().equals(renamed) && listed().contains(renamed));
        assertThat(Files.readString(blog.resolve("_posts/2025-03-08-welcome-to-postdesk.md")))
                .contains("{% post_url 2025-05-20-autumn-hike %}");
        waitUntil("the sentence counts the reference", () -> TestShells.notifications(bench).sentence().contains("1"));
    }

    @Test
    void moveToTrashPutsItInDotTrash() {
        open(HIKE);
        fxRun(() -> findActions().trash());
        waitUntil("gone from the list", () -> !listed().contains(HIKE));
        assertThat(blog.resolve(".trash").resolve(HIKE)).exists();
        assertThat(blog.resolve(HIKE)).doesNotExist();
    }

    @Test
    void aGb18030PostOpensReadOnlyAndConvertsToUtf8(FxRobot robot) throws IOException {
        open("_posts/2024-01-01-old.md");
        waitUntil("the bar offers to convert", () -> robot.lookup("#encodingConvert").tryQuery().isPresent());
        assertThat(fx(() -> bench.window().editor().editableProperty().get())).isFalse();
        robot.clickOn("#encodingConvert");
        waitUntil("editable and unsaved", () -> bench.window().editor().editableProperty().get()
                && bench.window().postList().dirtyPaths().contains("_posts/2024-01-01-old.md"));
        assertThat(editorText()).contains("中文正文，春天。");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("written as UTF-8", () -> read(blog.resolve("_posts/2024-01-01-old.md")).contains("中文正文，春天。"));
    }

    @Test
    void aFailedSaveKeepsTheTextTheJournalAndTheFile(FxRobot robot) throws IOException {
        open(HIKE);
        byte[] before = Files.readAllBytes(blog.resolve(HIKE));
        type(robot, "\n不能丢的一句话");
        waitUntil("the journal holds the text", () -> journalHolds("不能丢的一句话"));
        diskFull = true;
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("a sentence says so", () -> TestShells.notifications(bench).sentence().contains("the disk is full"));
        assertThat(editorText()).contains("不能丢的一句话");
        assertThat(Files.readAllBytes(blog.resolve(HIKE))).isEqualTo(before);
        assertThat(journalHolds("不能丢的一句话")).isTrue();
        assertThat(fx(() -> bench.window().postList().dirtyPaths().contains(HIKE))).isTrue();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private boolean journalHolds(String text) {
        if (!Files.isDirectory(journal)) {
            return false;
        }
        try (Stream<Path> files = Files.list(journal)) {
            for (Path f : files.toList()) {
                if (Files.readString(f).contains(text)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private PostFileActions findActions() {
        return TestShells.hook(bench, PostFileActions.class);
    }
}
