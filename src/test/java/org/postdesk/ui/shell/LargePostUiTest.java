package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.editor.MarkdownEditor;
import org.postdesk.ui.postlist.NewPost;
import org.postdesk.ui.safety.FileSafety;
import org.postdesk.ui.safety.SafetyUiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Large-post mode (with a lowered threshold), File > New Draft, and a reload that keeps the view. */
@ExtendWith(ApplicationExtension.class)
class LargePostUiTest {

    static final String BIG = "_posts/2025-01-01-big.md";
    static final String HEADER = "---\nlayout: post\ntitle: Big\n---\n";

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path temp;
    private Path blog;
    private ShellContext context;
    private Workbench bench;
    private String body;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-large");
        blog = SampleBlogCopy.into(temp);
        body = LargePostBody.body(3_000_000);
        Files.writeString(blog.resolve(BIG), HEADER + body, StandardCharsets.UTF_8);
        context = TestShells.context();
        bench = Shell.create(stage, context, w -> dialogs, temp.resolve("cache"), Clock.systemDefaultZone(),
                new FileSafety(temp.resolve("journal"), (w, c) -> new SafetyUiTest.Answers(), AtomicFiles.CHANNEL));
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    private void openBlog(String path, int chunk) {
        fxRun(() -> {
            bench.largePosts().setThreshold(1_000_000, chunk);
            bench.openBlog(blog, path);
        });
        waitUntil("the post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(path));
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup("#" + MarkdownEditor.NODE_ID).queryAs(CodeArea.class);
    }

    @Test
    void aLargePostOpensPlainWithoutPreviewAndSavesExactly(FxRobot robot) throws Exception {
        openBlog(BIG, 64 * 1024);
        assertThat(fx(() -> bench.window().notifications().sentence())).startsWith("This post is large (")
                .contains("highlighting and the live preview are off for it");
        waitUntil("the body is all in", () -> !bench.largePosts().isLoading());
        assertThat(fx(() -> bench.window().editor().getText())).isEqualTo(body);
        assertThat(fx(() -> bench.window().editor().editableProperty().get())).isTrue();
        assertThat(fx(() -> bench.window().renderScheduler().isActive())).isFalse();
        assertThat(fx(() -> bench.window().editor().isUndoAvailable())).isFalse();
        assertThat(fx(() -> bench.window().editor().caretPosition())).isZero();
        Thread.sleep(400); // a highlighting round would have landed by now
        CodeArea area = area(robot);
        assertThat(fx(() -> area.getStyleOfChar(1))).isEmpty(); // "## 第 1 节": a heading, unstyled
        assertThat(fx(() -> area.getStyleSpans(0, 5000).styleStream().allMatch(Collection::isEmpty))).isTrue();

        fxRun(() -> {
            bench.window().editor().moveCaret(0);
            bench.window().editor().requestFocus();
        });
        robot.write("Edit ");
        waitUntil("unsaved", () -> bench.window().postList().dirtyPaths().contains(BIG));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        byte[] expected = (HEADER + "Edit " + body).getBytes(StandardCharsets.UTF_8);
        waitUntil("saved", () -> !bench.window().postList().dirtyPaths().contains(BIG));
        assertThat(Files.readAllBytes(blog.resolve(BIG))).isEqualTo(expected);
    }

    @Test
    void choosingAnotherPostWhileLoadingCancelsTheLoad(FxRobot robot) throws Exception {
        openBlog(BIG, 8 * 1024);
        waitUntil("loading", () -> bench.largePosts().isLoading() && robot.lookup("#loadingBar").tryQuery().isPresent());
        fxRun(() -> bench.selectPost(SafetyUiTest.HIKE));
        waitUntil("the other post is shown", () -> bench.openPostNow().path().equals(SafetyUiTest.HIKE)
                && !bench.largePosts().isLoading());
        String hike = fx(() -> bench.window().editor().getText());
        assertThat(hike).isEqualTo(fx(() -> bench.openPostNow().savedBody())).doesNotContain("第 1 节");
        assertThat(robot.lookup("#loadingBar").tryQuery()).isEmpty();
        assertThat(fx(() -> bench.window().editor().editableProperty().get())).isTrue();
        assertThat(fx(() -> bench.window().editor().isHighlighting())).isTrue();
        assertThat(fx(() -> bench.window().renderScheduler().isActive())).isTrue();
        assertThat(bench.window().postList().dirtyPaths()).isEmpty();
        Thread.sleep(300);
        assertThat(fx(() -> bench.window().editor().getText())).isEqualTo(hike);
        waitUntil("the other post is highlighted", () -> !area(robot).getStyleSpans(0, hike.length()).styleStream()
                .allMatch(Collection::isEmpty));
    }

    @Test
    void newDraftCreatesADraft(FxRobot robot) {
        openBlog(SafetyUiTest.HIKE, 64 * 1024);
        List<Boolean> draftTicked = new ArrayList<>();
        String path = "_drafts/idea.md";
        dialogs.newPost = dialog -> {
            draftTicked.add(dialog.plan().draft());
            return Optional.of(new NewPost("Idea", LocalDate.now(), "idea", true, path));
        };
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil("the draft is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(path));
        assertThat(Files.exists(blog.resolve(path))).isTrue();
        assertThat(draftTicked).containsExactly(true);
    }

    @Test
    void aReloadFromDiskKeepsTheView(FxRobot robot) throws IOException {
        String path = "_posts/2025-01-02-long.md";
        StringBuilder text = new StringBuilder("---\ntitle: Long\n---\n");
        for (int i = 0; i < 400; i++) {
            text.append("Line ").append(i).append(" of a long post.\n");
        }
        Files.writeString(blog.resolve(path), text, StandardCharsets.UTF_8);
        openBlog(path, 64 * 1024);
        fxRun(() -> area(robot).showParagraphAtTop(200));
        waitUntil("scrolled", () -> bench.window().editor().firstVisibleParagraph() == 200);
        Files.writeString(blog.resolve(path), text + "Theirs.\n", StandardCharsets.UTF_8);
        waitUntil("reloaded", () -> bench.window().editor().getText().contains("Theirs."));
        robot.sleep(300);
        assertThat(fx(() -> bench.window().editor().firstVisibleParagraph())).isEqualTo(200);
    }
}
