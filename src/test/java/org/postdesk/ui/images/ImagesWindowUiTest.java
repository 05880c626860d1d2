package org.postdesk.ui.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.shell.SampleBlogCopy;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.ScriptedImageDialogs;
import org.postdesk.ui.shell.Shell;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;
import org.postdesk.ui.shell.WorkbenchUiTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The image gestures of decision 0012 in the real window, on a copy of the sample blog. */
@ExtendWith(ApplicationExtension.class)
class ImagesWindowUiTest {

    private static final String HIKE = WorkbenchUiTest.HIKE;
    private static final String HIKE_TITLE = WorkbenchUiTest.HIKE_TITLE;
    private static final Pattern IMAGE_LINE = Pattern.compile("!\\[([^\\]]*)]\\(([^)]*/img/in-post/([^)/]+))\\)");

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedImageDialogs imageDialogs = new ScriptedImageDialogs();
    private Path temp;
    private Path blog;
    private Path inPost;
    private ShellContext context;
    private Workbench bench;
    private CodeArea area;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-images-window");
        blog = SampleBlogCopy.into(temp);
        inPost = blog.resolve("img/in-post");
        context = TestShells.context();
        bench = Shell.create(stage, context, window -> dialogs, temp.resolve("cache"), Clock.systemDefaultZone());
        TestShells.images(bench).useDialogs(imageDialogs);
        area = (CodeArea) bench.window().editor().node().lookup("#editor");
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void pastedPixelsBecomeAPngInTheBlogAndAnImageInThePreview(FxRobot robot) throws IOException {
        openHike();
        List<String> before = files(inPost);
        String text = fx(() -> area.getText());
        int at = text.indexOf("\n\n") + 2;
        WritableImage image = new WritableImage(6, 4);
        fxRun(() -> {
            for (int x = 0; x < 6; x++) {
                for (int y = 0; y < 4; y++) {
                    image.getPixelWriter().setArgb(x, y, 0xFF2080C0);
                }
            }
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, image));
            area.moveTo(at);
            area.requestFocus();
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        waitUntil("the image line is inserted", () -> IMAGE_LINE.matcher(area.getText().substring(at)).lookingAt());

        List<String> added = new ArrayList<>(files(inPost));
        added.removeAll(before);
        assertThat(added).singleElement().asString().endsWith(".png");
        Path png = inPost.resolve(added.get(0));
        BufferedImage saved = ImageIO.read(png.toFile());
        assertThat(saved.getWidth()).isEqualTo(6);
        assertThat(saved.getRGB(3, 2)).isEqualTo(0xFF2080C0);

        Matcher line = IMAGE_LINE.matcher(fx(() -> area.getText()).substring(at));
        assertThat(line.lookingAt()).isTrue();
        assertThat(line.group(3)).isEqualTo(added.get(0));
        assertThat(fx(() -> area.getText())).isEqualTo(text.substring(0, at) + line.group() + "\n\n" + text.substring(at));

        String real = png.toRealPath().toString();
        waitUntil("the preview shows the new image", () -> previewImages().contains(real));
        waitUntil("the new image loaded in the preview", () -> ((Number) bench.window().preview().executeScript(
                "Array.from(document.querySelectorAll('#pd-content img')).filter(i => i.src.indexOf('"
                        + uriTail(png) + "') >= 0).map(i => i.naturalWidth).reduce((a, b) => Math.max(a, b), 0)"))
                .intValue() == 6);
        waitUntil("the post is unsaved", () -> bench.window().stage().getTitle().startsWith("* ")
                && bench.window().postList().dirtyPaths().contains(HIKE));

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(fx(() -> area.getText())).isEqualTo(text);
    }

    /**
     * Monocle cannot start a drag from outside the application and a Dragboard cannot be made
     * in a test, so the drop goes through the editor's drop handler at a scene point.
     */
    @Test
    void twoFilesDroppedOnTheEditorGoInAtTheDropPoint() throws Exception {
        openHike();
        File a = image("Ridge at dawn.png", "png");
        File b = image("lake.jpg", "jpg");
        String text = fx(() -> area.getText());
        int at = text.indexOf("\n\n") + 2;
        Point2D point = fx(() -> sceneCentreOf(at));
        CompletableFuture<ImageImports.Outcome> done = fx(() -> TestShells.images(bench).dropOnEditor(List.of(a, b),
                point.getX(), point.getY()));
        waitUntil("the drop is imported", done::isDone);

        String after = fx(() -> area.getText());
        Matcher first = IMAGE_LINE.matcher(after.substring(at));
        assertThat(first.lookingAt()).isTrue();
        Matcher second = IMAGE_LINE.matcher(after.substring(at + first.end() + 2));
        assertThat(second.lookingAt()).isTrue();
        // each image its own paragraph, a blank line before the text that follows
        assertThat(after).isEqualTo(text.substring(0, at) + first.group() + "\n\n" + second.group() + "\n\n"
                + text.substring(at));
        assertThat(first.group(1)).isEqualTo("Ridge at dawn");
        assertThat(inPost.resolve(first.group(3))).hasSameBinaryContentAs(a.toPath());
        assertThat(inPost.resolve(second.group(3))).hasSameBinaryContentAs(b.toPath());
    }

    @Test
    void anImageDroppedOnTheHeaderFieldChangesOnlyThatLine(FxRobot robot) throws Exception {
        openHike();
        List<String> before = Files.readAllLines(blog.resolve(HIKE), StandardCharsets.UTF_8);
        File bg = image("autumn-bg.jpg", "jpg");
        CompletableFuture<Optional<String>> done = fx(() -> TestShells.images(bench).dropOnField("header-img", bg));
        waitUntil("the field has the new image", () -> headerField(robot).getText().contains("autumn-bg.jpg"));
        assertThat(done.get()).isPresent();
        waitUntil("the post is unsaved", () -> bench.window().postList().dirtyPaths().contains(HIKE));

        robot.clickOn("#editor").push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntil("the post is saved", () -> !bench.window().postList().dirtyPaths().contains(HIKE));
        List<String> after = Files.readAllLines(blog.resolve(HIKE), StandardCharsets.UTF_8);
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).hasSize(1);
        String line = after.get(changed.get(0));
        assertThat(before.get(changed.get(0))).isEqualTo("header-img: img/post-bg-spring.jpg");
        assertThat(line).startsWith("header-img: ").endsWith("autumn-bg.jpg");
        String value = line.substring("header-img: ".length());
        assertThat(blog.resolve(value)).hasSameBinaryContentAs(bg.toPath());
    }

    @Test
    void insertImageFromTheMenuGoesInAtTheCaret(FxRobot robot) throws Exception {
        openHike();
        File photo = image("summit.png", "png");
        String text = fx(() -> area.getText());
        int at = text.indexOf("\n\n") + 2;
        imageDialogs.chosen.add(List.of(photo.toPath()));
        fxRun(() -> {
            area.moveTo(at);
            area.requestFocus();
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.I);
        waitUntil("the image line is inserted", () -> IMAGE_LINE.matcher(area.getText().substring(at)).lookingAt());
        Matcher line = IMAGE_LINE.matcher(fx(() -> area.getText()).substring(at));
        assertThat(line.lookingAt()).isTrue();
        assertThat(line.group(1)).isEqualTo("summit");
        assertThat(fx(() -> area.getText())).isEqualTo(text.substring(0, at) + line.group() + "\n\n" + text.substring(at));
        assertThat(inPost.resolve(line.group(3))).hasSameBinaryContentAs(photo.toPath());
        assertThat(imageDialogs.asked()).containsExactly("choose images");
    }

    @Test
    void aFileThatIsNotAnImageGetsASentenceAndNothingIsWrittenOrInserted(FxRobot robot) throws Exception {
        openHike();
        Path notes = Files.writeString(Files.createDirectories(temp.resolve("outside")).resolve("notes.txt"),
                "just some notes, not a picture");
        List<String> before = files(inPost);
        String text = fx(() -> area.getText());
        imageDialogs.chosen.add(List.of(notes));
        CompletableFuture<ImageImports.Outcome> done = fx(() -> TestShells.images(bench).insertImages());
        waitUntil("the import ends", done::isDone);
        waitUntil("the sentence", () -> TestShells.notifications(bench).sentence().contains("notes.txt"));
        assertThat(fx(() -> TestShells.notifications(bench).sentence())).endsWith(".");
        assertThat(files(inPost)).isEqualTo(before);
        assertThat(fx(() -> area.getText())).isEqualTo(text);
        assertThat(fx(() -> bench.window().stage().getTitle())).doesNotStartWith("*");
    }

    private void openHike() {
        fxRun(() -> bench.openBlog(blog, HIKE));
        waitUntil("the hike post is open", () -> bench.openPostNow() != null && HIKE.equals(bench.openPostNow().path()));
        waitUntil("the preview shows it", () -> bench.window().preview().renderedText().contains("清晨六点出发"));
        waitUntil("the blog is ready for images", () -> TestShells.images(bench).imports().isPresent());
    }

    private static TextField headerField(FxRobot robot) {
        return robot.lookup("#fm-header-img").queryAs(TextField.class);
    }

    /** The files the preview's images show, as real paths. */
    private String previewImages() {
        Object srcs = bench.window().preview().executeScript(
                "Array.from(document.querySelectorAll('#pd-content img')).map(i => i.src).join('\\n')");
        List<String> paths = new ArrayList<>();
        for (String src : String.valueOf(srcs).split("\n")) {
            if (src.startsWith("file:")) {
                paths.add(Path.of(URI.create(src)).toString());
            }
        }
        return String.join("\n", paths);
    }

    private static String uriTail(Path file) {
        String uri = file.toUri().toString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private Point2D sceneCentreOf(int offset) {
        Bounds screen = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
        Point2D local = area.screenToLocal(screen.getMinX() + 1, screen.getCenterY());
        return area.localToScene(local);
    }

    private File image(String name, String format) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("photos"));
        BufferedImage img = new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, name.hashCode() & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return Files.write(dir.resolve(name), out.toByteArray()).toFile();
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
