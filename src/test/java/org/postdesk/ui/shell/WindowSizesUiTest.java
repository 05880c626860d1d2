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
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postdesk.app.MemorySettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.postdesk.ui.common.ShellContext;

/**
 * The window at a small laptop's 1024×700 and a large screen's 1920×1080, in English and in
 * Chinese, at first start: the list's dates whole, the header image's file name in view, the
 * outline there, the editor the biggest pane, and the find bar with every button readable, a
 * field wide enough to type in, its placeholder, and Escape closing it (decision 0034).
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesUiTest {

    private final MemorySettings settings = new MemorySettings();
    private ShellContext context;
    private Workbench bench;

    @AfterEach
    void close() {
        if (bench != null) {
            TestShells.close(bench, context);
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024, 700, en", "1024, 700, zh", "1920, 1080, en", "1920, 1080, zh", "1440, 900, zh"})
    void theWindowKeepsItsPartsReadable(double width, double height, String language, FxRobot robot) throws IOException {
        open(width, height, language);
        Scene scene = fx(() -> bench.window().stage().getScene());

        List<Label> dates = fx(() -> scene.getRoot().lookupAll(".post-date").stream().map(n -> (Label) n)
                .filter(Node::isVisible).toList());
        assertThat(dates).as("the list shows dates").isNotEmpty();
        for (Label date : dates) {
            assertThat(fx(() -> MessageBarsUiTest.shownText(date))).as("a list date shown whole")
                    .matches("\\d{4}-\\d{2}-\\d{2}");
        }

        TextField image = fx(() -> (TextField) scene.lookup("#fm-header-img"));
        String fileName = fx(() -> image.getText().substring(image.getText().lastIndexOf('/') + 1));
        assertThat(fileName).isEqualTo("header-background-spring-ridge-large.jpg");
        assertThat(fx(() -> visibleInField(image, image.getText().length() - 1))).as("the header image's file name is in view")
                .isTrue();

        Bounds outline = fx(() -> bounds(scene.lookup("#outlinePane")));
        assertThat(outline.getHeight()).as("the outline is there").isGreaterThan(100);
        assertThat(outline.getWidth()).isGreaterThan(150);

        double editorHeight = fx(() -> bounds(bench.window().editor().node()).getHeight());
        double formHeight = fx(() -> bench.window().frontMatter().getHeight());
        assertThat(editorHeight / 20).as("lines of text the editor shows").isGreaterThanOrEqualTo(12);
        assertThat(editorHeight).as("the editor is taller than the form").isGreaterThan(formHeight);
        double editorWidth = fx(() -> bounds(bench.window().editor().node()).getWidth());
        assertThat(editorWidth).as("the editor's width").isGreaterThanOrEqualTo(420);

        fxRun(() -> bench.tools().find(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("x");
        robot.push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#findMatchCase", "#findWholeWord", "#findRegex", "#findPrevious", "#findNext",
                "#findClose", "#replaceOne", "#replaceAll")) {
            Labeled button = fx(() -> (ButtonBase) scene.lookup(id));
            assertThat(fx(() -> MessageBarsUiTest.shownText(button))).as("%s shows its label", id)
                    .isEqualTo(button.getText());
        }
        TextField field = fx(() -> (TextField) scene.lookup("#findField"));
        assertThat(fx(field::getWidth)).as("the find field's width").isGreaterThanOrEqualTo(160);
        assertThat(fx(field::isFocused)).isTrue();
        assertThat(fx(() -> promptShown(field))).as("the placeholder says what to type, with the focus").isTrue();
        robot.push(KeyCode.ESCAPE);
        waitUntil("Escape closed the find bar", () -> !scene.lookup("#findBar").isVisible());
    }

    private static boolean promptShown(TextField field) {
        return field.lookupAll(".text").stream().anyMatch(n -> n instanceof Text t && t.isVisible()
                && field.getPromptText().equals(t.getText()) && t.getOpacity() > 0
                && t.getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0.5);
    }

    /** Whether the character at {@code index} lies inside the field's visible area. */
    private static boolean visibleInField(TextField field, int index) {
        for (Node n : field.lookupAll(".text")) {
            if (n instanceof Text t && field.getText().equals(t.getText())) {
                var shape = t.rangeShape(index, index + 1);
                if (shape.length == 0) {
                    return false;
                }
                Bounds glyph = t.localToScene(new javafx.scene.shape.Path(shape).getBoundsInLocal());
                Bounds box = field.localToScene(field.getLayoutBounds());
                return glyph.getMinX() >= box.getMinX() - 1 && glyph.getMaxX() <= box.getMaxX() + 1;
            }
        }
        return false;
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private void open(double width, double height, String language) throws IOException {
        settings.putDouble(LayoutMemory.WIDTH, width);
        settings.putDouble(LayoutMemory.HEIGHT, height);
        Path temp = Files.createTempDirectory("postdesk-sizes");
        Path blog = SampleBlogCopy.into(temp);
        Path hike = blog.resolve(WorkbenchUiTest.HIKE);
        // a header image path longer than the form is wide, as exported blogs have them
        Files.writeString(hike, Files.readString(hike).replace("header-img: img/post-bg-spring.jpg",
                "header-img: /img/in-post/2021-12-17-止付，2.9亿/header-background-spring-ridge-large.jpg"));
        context = TestShells.context(settings, "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        bench = fx(() -> {
            Stage stage = new Stage();
            Workbench b = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"),
                    Clock.systemDefaultZone());
            stage.show();
            return b;
        });
        bench.openBlog(blog, WorkbenchUiTest.HIKE);
        waitUntil("the post is open with its header image", () -> bench.openPostNow() != null
                && bench.window().stage().getScene().lookup("#fm-header-img") != null);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
