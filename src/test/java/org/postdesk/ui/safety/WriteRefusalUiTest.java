package org.postdesk.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.OpenPost;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.shell.SampleBlogCopy;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A post Postdesk may not write opens read-only in the real window, with a bar that says so and
 * offers a copy as a new draft; the file itself is never touched.
 */
@ExtendWith(ApplicationExtension.class)
class WriteRefusalUiTest {
    private static final String TEXT = "---\nlayout: post\ntitle: Locked\n---\nLocked body.\n";
    private static final String LOCKED = "_posts/2024-01-01-locked.md";
    private static final String LINKED = "_posts/2024-01-02-linked.md";

    private Path temp;
    private Path blog;
    private Path outside;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-refusal");
        blog = SampleBlogCopy.into(temp);
        outside = Files.createDirectories(temp.resolve("outside"));
        Path locked = Files.writeString(blog.resolve(LOCKED), TEXT);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        Files.createSymbolicLink(blog.resolve(LINKED), Files.writeString(outside.resolve("far.md"), TEXT));
        context = TestShells.context();
        bench = TestShells.create(stage, context, w -> new ScriptedDialogs(), temp.resolve("cache"),
                Clock.systemDefaultZone(), new FileSafety(temp.resolve("journal"), (w, c) -> new SafetyUiTest.Answers(),
                        AtomicFiles.CHANNEL));
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        TestShells.close(bench, context);
        Files.setPosixFilePermissions(blog.resolve(LOCKED), PosixFilePermissions.fromString("rw-r--r--"));
    }

    private void open(String path) {
        fxRun(() -> bench.openBlog(blog, path));
        waitUntil("the post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(path));
    }

    @Test
    void aReadOnlyPostOpensReadOnlyAndACopyBecomesAnEditableDraft(FxRobot robot) throws IOException {
        open(LOCKED);
        waitUntil("the bar offers a copy", () -> robot.lookup("#writeCopy").tryQuery().isPresent());
        assertThat(fx(() -> bench.window().editor().editableProperty().get())).isFalse();
        // one bar says why and offers the way out; no second bar repeats the reason
        assertThat(fx(() -> robot.lookup("#writeBarText").queryLabeled().getText()))
                .contains("read-only (its permissions are r--r--r--)").contains("save a copy");
        assertThat(fx(() -> TestShells.notifications(bench).sentence())).isEmpty();

        robot.clickOn("#writeCopy");

        waitUntil("the copy is open", () -> bench.openPostNow() != null
                && bench.openPostNow().path().equals("_drafts/locked-copy.md"));
        assertThat(blog.resolve("_drafts/locked-copy.md")).hasContent(TEXT);
        waitUntil("the copy is editable", () -> bench.window().editor().editableProperty().get());
        assertThat(blog.resolve(LOCKED)).hasContent(TEXT);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(blog.resolve(LOCKED))))
                .isEqualTo("r--r--r--");
    }

    @Test
    void aPostLinkedOutOfTheBlogReadsAsReadOnlyAndSaysWhy() throws IOException {
        // the post list does not follow links, so such a post is reached only by a path; it still never saves
        OpenPost.Reading reading = OpenPost.read(LINKED, blog.resolve(LINKED), List.of(),
                WriteGuard.forBlog(blog));
        assertThat(reading.post().isReadOnly()).isTrue();
        assertThat(reading.post().writeRefusal()).get().asString().contains("outside the blog");
        assertThat(reading.post().readOnlySentence()).get().asString()
                .startsWith("Postdesk opened " + LINKED + " read-only: ");
        assertThat(Files.isSymbolicLink(blog.resolve(LINKED))).isTrue();
        assertThat(outside.resolve("far.md")).hasContent(TEXT);
    }
}
