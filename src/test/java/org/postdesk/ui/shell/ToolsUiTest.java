package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.core.text.BlogSearch;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.safety.RecoveryFeature;
import org.postdesk.ui.status.StatusBar;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tools of decision 0014 on the real window: status bar, find/replace, outline, go to line, search, theme. */
@ExtendWith(ApplicationExtension.class)
class ToolsUiTest {

    static final String HIKE = WorkbenchUiTest.HIKE;

    private final MemorySettings settings = new MemorySettings();
    private Path temp;
    private Path blog;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-tools");
        blog = SampleBlogCopy.into(temp);
        context = TestShells.context(settings, url -> { });
        bench = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                Clock.systemDefaultZone());
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void theStatusBarShowsCountsPositionAndSaveState(FxRobot robot) {
        openHike(robot);
        // 114 Han characters and 6 numbers; the image paths, the Liquid tag and the task boxes do not count
        waitUntil("the counts of the hike post", () -> status().countsText().equals("120 words \u00b7 188 characters"));
        assertThat(fx(() -> status().readingText())).isEqualTo("1 min read");
        assertThat(fx(() -> status().saveText())).isEqualTo("Saved");
        int body = bodyFirstLine(HIKE); // the status bar counts the file's lines (decision record 0031)
        assertThat(body).isGreaterThan(3);
        assertThat(fx(() -> status().positionText())).isEqualTo("Ln " + body + ", Col 1");

        fxRun(() -> area().moveTo(1, 3));
        assertThat(fx(() -> status().positionText())).isEqualTo("Ln " + (body + 1) + ", Col 4");
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.END).write(" 再见");
        waitUntil("unsaved", () -> status().saveText().equals("Unsaved"));
        waitUntil("two more words", () -> status().countsText().startsWith("122 words"));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("saved", () -> status().saveText().equals("Saved"));
    }

    @Test
    void findCountsMatchesWithCaseWholeWordAndRegex(FxRobot robot) {
        openHike(robot);
        fxRun(() -> area().replaceText("Cat cat concat cat.\nsecond cat"));
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.F);
        waitUntil("the find bar is open", () -> tools().findBar().isVisible());
        robot.write("cat");
        waitUntil("five matches", () -> tools().findBar().countText().equals("5 matches"));
        robot.clickOn("#findMatchCase");
        waitUntil("four with the case", () -> tools().findBar().countText().equals("4 matches"));
        robot.clickOn("#findWholeWord");
        waitUntil("three whole words", () -> tools().findBar().countText().equals("3 matches"));
        robot.clickOn("#findField").push(KeyCode.ENTER);
        waitUntil("the first whole word is selected", () -> area().getSelection().getStart() == 4
                && tools().findBar().countText().equals("1 of 3"));
        robot.push(KeyCode.ENTER);
        assertThat(fx(() -> area().getSelection().getStart())).isEqualTo(15);
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(fx(() -> area().getSelection().getStart())).isEqualTo(4);

        robot.clickOn("#findRegex");
        robot.clickOn("#findField").push(KeyCode.CONTROL, KeyCode.A).write("c(at");
        waitUntil("a sentence about the regex", () -> tools().findBar().problemText()
                .startsWith("This is not a valid regular expression"));
        assertThat(fx(() -> tools().findBar().countText())).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("c[a-z]t");
        waitUntil("the regex matches", () -> tools().findBar().countText().matches("3 matches|\\d of 3")
                && tools().findBar().problemText().isEmpty());
    }

    @Test
    void replaceAllIsOneUndoStep(FxRobot robot) {
        openHike(robot);
        String original = "Cat cat concat cat.\nsecond cat";
        fxRun(() -> {
            area().replaceText(original);
            area().getUndoManager().forgetHistory();
        });
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.H);
        waitUntil("the replace row is shown", () -> robot.lookup("#replaceField").query().isVisible());
        robot.write("cat");
        robot.clickOn("#findWholeWord");
        robot.clickOn("#replaceField").write("dog");
        robot.clickOn("#replaceAll");
        waitUntil("all whole words replaced", () -> area().getText().equals("dog dog concat dog.\nsecond dog"));
        assertThat(fx(() -> tools().findBar().countText())).isEqualTo("Replaced 4");
        fxRun(() -> area().undo());
        assertThat(fx(() -> area().getText())).isEqualTo(original);
        assertThat(fx(() -> area().isUndoAvailable())).isFalse();

        robot.clickOn("#findRegex");
        robot.clickOn("#findField").push(KeyCode.CONTROL, KeyCode.A).write("(c)at\\b");
        robot.clickOn("#replaceField").push(KeyCode.CONTROL, KeyCode.A).write("$1ow");
        robot.clickOn("#findWholeWord");
        robot.clickOn("#replaceAll");
        waitUntil("groups in the replacement", () -> area().getText().equals("Cow cow concow cow.\nsecond cow"));
    }

    @Test
    void clickingAHeadingInTheOutlineJumpsToItsLine(FxRobot robot) {
        openHike(robot);
        waitUntil("the outline lists the headings", () -> tools().outline().headings().size() == 2);
        int line = fx(() -> Arrays.asList(area().getText().split("\n", -1)).indexOf("## 装备清单"));
        assertThat(line).isPositive();
        Supplier<Optional<Node>> cellOf = () -> robot.lookup("#outline")
                .lookup((Node n) -> n instanceof ListCell<?> c && "装备清单".equals(c.getText())).tryQuery();
        // the list's cells are laid out on a later pulse than the items arrive
        waitUntil("the outline shows the heading", () -> cellOf.get().isPresent());
        Node cell = cellOf.get().orElseThrow();
        robot.clickOn(cell);
        waitUntil("the caret is on the heading", () -> area().getCurrentParagraph() == line);
    }

    @Test
    void goToLineMovesTheCaretToTheFilesLineAndRefusesNonsense(FxRobot robot) throws IOException {
        openHike(robot);
        int body = bodyFirstLine(HIKE);
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.G);
        waitUntil("the line bar is open", () -> tools().goToLineBar().isVisible());
        robot.write(String.valueOf(body + 4)).push(KeyCode.ENTER);
        waitUntil("file line body + 4", () -> area().getCurrentParagraph() == 4 && area().getCaretColumn() == 0);
        assertThat(fx(() -> status().positionText())).startsWith("Ln " + (body + 4) + ",");
        assertThat(fx(() -> tools().goToLineBar().go("9999"))).isFalse();
        assertThat(fx(() -> tools().goToLineBar().go("x"))).isFalse();
        assertThat(fx(() -> tools().goToLineBar().go(String.valueOf(body - 1)))).as("a front-matter line").isFalse();
        assertThat(fx(() -> tools().goToLineBar().go(String.valueOf(body)))).isTrue();
        assertThat(fx(() -> area().getCurrentParagraph())).isZero();
        String lines = String.valueOf(Files.readString(blog.resolve(HIKE)).split("\n", -1).length);
        assertThat(fx(() -> tools().goToLineBar().go(lines))).as("the file's last line").isTrue();
    }

    @Test
    void headingShortcutsSetTheLevelOfTheCaretLine(FxRobot robot) {
        openHike(robot);
        fxRun(() -> area().replaceText("标题\n正文"));
        robot.clickOn("#editor");
        fxRun(() -> area().moveTo(0, 1));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil("a level-2 heading", () -> area().getText().equals("## 标题\n正文"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil("level 4", () -> area().getText().equals("#### 标题\n正文"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil("a paragraph again", () -> area().getText().equals("标题\n正文"));
    }

    @Test
    void aLineAddedToTheFrontMatterMovesTheBodysFileLines(FxRobot robot) {
        openHike(robot);
        int body = bodyFirstLine(HIKE);
        fxRun(() -> area().moveTo(2, 0));
        assertThat(fx(() -> status().positionText())).startsWith("Ln " + (body + 2) + ",");
        fxRun(() -> bench.window().frontMatter().applyEdit(bench.window().frontMatter().getDocument()
                .withYaml("extra", "1")));
        waitUntil("the caret's line is one further down the file", () -> status().positionText()
                .startsWith("Ln " + (body + 3) + ","));
        assertThat(fx(() -> bench.window().editor().firstLine())).isEqualTo(body + 1);
        assertThat(fx(() -> area().getCurrentParagraph())).isEqualTo(2);
    }

    @Test
    void searchInAllPostsFindsAndOpensAMatch(FxRobot robot) {
        openBlog();
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil("the search window is open", () -> tools().searchWindow() != null
                && tools().searchWindow().stage().isShowing());
        robot.clickOn("#searchField").write("湖边").push(KeyCode.ENTER);
        waitUntil("the hits are listed", () -> tools().searchWindow().hits().size() >= 4);
        List<BlogSearch.Hit> hits = fx(() -> tools().searchWindow().hits());
        assertThat(hits).extracting(BlogSearch.Hit::post).contains(HIKE);
        assertThat(fx(() -> tools().searchWindow().statusText())).contains("matches in");
        BlogSearch.Hit sunset = hits.stream().filter(h -> h.text().startsWith("下午到了湖边")).findFirst().orElseThrow();
        Node cell = robot.lookup("#searchResults").lookup((Node n) -> n instanceof ListCell<?> c
                && c.getText() != null && c.getText().contains("下午到了湖边")).query();
        robot.clickOn(cell);
        waitUntil("the hike post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(HIKE));
        waitUntil("the caret is on the line", () -> area().getCurrentParagraph() == sunset.bodyLine()
                && area().getParagraph(sunset.bodyLine()).getText().startsWith("下午到了湖边"));
        assertThat(sunset.line()).isGreaterThan(sunset.bodyLine() + 1);
        assertThat(fx(() -> status().positionText())).as("one numbering: the hit's file line")
                .startsWith("Ln " + sunset.line() + ",");
    }

    @Test
    void theDarkThemeChangesTheStylesheetAndThePreview() {
        openBlog();
        String light = fx(() -> bench.window().stage().getScene().getUserAgentStylesheet());
        assertThat(light).containsIgnoringCase("primer-light");
        waitUntil("the preview is light", () -> !bench.window().preview().showsDark());
        fxRun(() -> tools().look().darkProperty().set(true));
        assertThat(fx(() -> bench.window().stage().getScene().getUserAgentStylesheet())).containsIgnoringCase("primer-dark");
        waitUntil("the preview is dark", () -> bench.window().preview().showsDark());
        assertThat(settings.getString(Theme.SETTING, "")).isEqualTo("dark");
        fxRun(() -> tools().look().darkProperty().set(false));
        waitUntil("the preview is light again", () -> !bench.window().preview().showsDark());
    }

    @Test
    void theSettingsDialogStoresTheAutosaveDelayAndTheJournalUsesItAtOnce(FxRobot robot) {
        RecoveryFeature recovery = fx(() -> bench.hooks.find(RecoveryFeature.class));
        assertThat(fx(recovery::autosaveDelay)).as("within 2 s by default").isEqualTo(Duration.ofSeconds(1));
        Platform.runLater(() -> tools().settings());
        waitUntil("the dialog is open", () -> robot.lookup("#settingsAutosaveDelay").tryQuery().isPresent());
        Spinner<?> spinner = robot.lookup("#settingsAutosaveDelay").queryAs(
                Spinner.class);
        assertThat(fx(spinner::getValue)).isEqualTo(1);
        robot.clickOn(spinner.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("4");
        robot.clickOn("OK");
        waitUntil("stored", () -> settings.getDouble(AutosaveDelay.SETTING, 0) == 4);
        assertThat(fx(recovery::autosaveDelay)).isEqualTo(Duration.ofSeconds(4));
        assertThat(AutosaveDelay.seconds(settings)).isEqualTo(4);
    }

    @Test
    void theShortcutListNamesTheMenuShortcuts() {
        List<ShortcutsDialog.Row> rows = fx(() -> ShortcutsDialog.rows(bench.window().menuBar()));
        assertThat(rows).extracting(ShortcutsDialog.Row::action)
                .contains("Find", "Replace", "Go to Line", "Heading 1", "Heading 6", "Paragraph", "Bold", "Save",
                        "Close Window", "Search in All Posts", "Keyboard Shortcuts");
        assertThat(rows).extracting(ShortcutsDialog.Row::keys).doesNotHaveDuplicates();
    }

    private void openBlog() {
        fxRun(() -> bench.openBlog(blog, null));
        waitUntil("the posts are listed", () -> bench.window().postList().rows().size() == 4);
        waitUntil("the preview page is ready", () -> bench.window().preview().readyProperty().get());
        waitUntil("the first post is open", () -> bench.openPostNow() != null);
    }

    private void openHike(FxRobot robot) {
        openBlog();
        fxRun(() -> bench.selectPost(HIKE));
        waitUntil("the hike is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(HIKE)
                && area().getText().contains("清晨六点出发"));
    }

    /** The file line (from 1) after the front matter's closing fence, read from the file itself. */
    private int bodyFirstLine(String post) {
        try {
            List<String> lines = Files.readAllLines(blog.resolve(post));
            int fences = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("---") && ++fences == 2) {
                    return i + 2;
                }
            }
            throw new IllegalStateException("no front matter in " + post);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private WorkbenchTools tools() {
        return bench.tools();
    }

    private StatusBar status() {
        return tools().statusBar();
    }

    private CodeArea area() {
        return (CodeArea) ((VirtualizedScrollPane<?>) bench.window().editor().node()).getContent();
    }

}
