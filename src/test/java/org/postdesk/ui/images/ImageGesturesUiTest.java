package org.postdesk.ui.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.BlogSettings;
import org.postdesk.core.blog.BlogSettingsFile;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.images.PostHints;
import org.postdesk.core.images.GpsPhotos;
import org.postdesk.ui.editor.MarkdownEditor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor with the image gestures attached, as the shell will wire them. */
@ExtendWith(ApplicationExtension.class)
class ImageGesturesUiTest {
    private static final ImageStyle SEED = new ImageStyle("postimg", "{{site.baseurl}}/postimg/{name}", 10, false);
    private static final ImageStyle HEADER = new ImageStyle("img", "img/{name}", 5, false);

    @TempDir
    Path blog;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService imports = Executors.newSingleThreadExecutor();
    private final List<String> told = new CopyOnWriteArrayList<>();
    private MarkdownEditor editor;
    private CodeArea area;
    private CodeAreaTarget target;
    private ImageImports service;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor(worker);
        stage.setScene(new Scene(new StackPane(editor.node()), 800, 600));
        stage.show();
        area = (CodeArea) editor.node().lookup("#" + MarkdownEditor.NODE_ID);
    }

    @BeforeEach
    void wire() {
        fxRun(() -> {
            target = new CodeAreaTarget(area);
            service = new ImageImports(blog, new BlogSettingsFile(blog, SEED), HEADER, () -> PostHints.ofSlug("my-post"), imports,
                    Platform::runLater, new ImageImports.Feedback() {
                        @Override
                        public boolean confirmLarge(String question) {
                            return false;
                        }

                        @Override
                        public void tell(String sentence) {
                            told.add(sentence);
                        }
                    });
            ImagePasteHandler.attach(editor.node(), service, target);
            ImageDropHandler.attach(editor.node(), service, target, target);
        });
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
        imports.shutdownNow();
    }

    @Test
    void pastedPixelsArePngInTheImageFolderAndOneUndoRemovesTheLine(FxRobot robot) throws IOException {
        WritableImage image = new WritableImage(3, 2);
        int[] argb = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF, 0xFF000000, 0x00000000};
        fxRun(() -> {
            for (int i = 0; i < argb.length; i++) {
                image.getPixelWriter().setArgb(i % 3, i / 3, argb[i]);
            }
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, image));
            editor.replaceText("Intro\n");
            area.moveTo(6);
            area.requestFocus();
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        waitUntil("the image line is inserted", () -> editor.getText().contains("!["));

        // its own paragraph, not a continuation of "Intro" (a blank line between)
        assertThat(fx(editor::getText)).isEqualTo("Intro\n\n![]({{site.baseurl}}/postimg/my-post-1.png)");
        Path png = blog.resolve("postimg/my-post-1.png");
        BufferedImage saved = ImageIO.read(png.toFile());
        for (int i = 0; i < argb.length; i++) {
            int expected = argb[i] >>> 24 == 0 ? 0 : argb[i];
            int actual = saved.getRGB(i % 3, i / 3);
            assertThat(actual >>> 24 == 0 ? 0 : actual).as("pixel %d", i).isEqualTo(expected);
        }
        assertThat(fx(() -> area.getCaretPosition())).isEqualTo(fx(area::getLength));

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(fx(editor::getText)).isEqualTo("Intro\n");
    }

    @Test
    void aCopiedWebPageIsPastedAsMarkdown(FxRobot robot) {
        fxRun(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(
                    DataFormat.HTML, "<h2>标题</h2><p>段落<b>加粗</b></p><ul><li>一</li><li>二</li></ul>",
                    DataFormat.PLAIN_TEXT, "标题 段落加粗 一 二"));
            editor.replaceText("");
            area.requestFocus();
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        assertThat(fx(editor::getText)).isEqualTo("## 标题\n\n段落**加粗**\n\n- 一\n- 二");
    }

    @Test
    void plainTextIsLeftToTheEditorsOwnPaste(FxRobot robot) {
        fxRun(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "just *text*"));
            editor.replaceText("");
            area.requestFocus();
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        assertThat(fx(editor::getText)).isEqualTo("just *text*");
    }

    /**
     * Monocle cannot start a drag from outside the application and a {@code Dragboard} cannot be
     * built in a test, so the drop is made through the handler's {@code drop} at a scene point.
     */
    @Test
    void twoDroppedFilesAreInsertedInOrderAtTheDropPoint() throws Exception {
        File a = write("Sunset photo.png", "png");
        File b = write("b.jpg", "jpg");
        fxRun(() -> editor.replaceText("first line\nsecond line\n"));
        int offset = "first line\n".length();
        Point2D point = fx(() -> sceneCentreOf(offset));
        ImageDropHandler drop = fx(() -> {
            ImageDropHandler h = ImageDropHandler.attach(new StackPane(), service, target, target);
            return h;
        });
        CompletableFuture<ImageImports.Outcome> done = fx(() -> drop.drop(List.of(a, b), point.getX(), point.getY()));
        waitUntil("the drop is imported", done::isDone);

        assertThat(fx(editor::getText)).isEqualTo("first line\n\n![Sunset photo]({{site.baseurl}}/postimg/sunset-photo.png)\n\n"
                + "![b]({{site.baseurl}}/postimg/b.jpg)\n\nsecond line\n");
        assertThat(blog.resolve("postimg/sunset-photo.png")).hasSameBinaryContentAs(a.toPath());
        assertThat(blog.resolve("postimg/b.jpg")).hasSameBinaryContentAs(b.toPath());
        fxRun(editor::undo);
        assertThat(fx(editor::getText)).isEqualTo("first line\nsecond line\n");
    }

    /**
     * Where an image lands: its own paragraph (blank lines added only where missing) unless the
     * caret is inside a line of text, where it stays in that line. {@code |} marks the caret.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "end of a paragraph line;段落一|;段落一\\n\\nIMG",
        "end of a line before the next paragraph;段落一|\\n段落二\\n;段落一\\n\\nIMG\\n\\n段落二\\n",
        "start of a line right under text;段落一\\n|段落二;段落一\\n\\nIMG\\n\\n段落二",
        "empty line between paragraphs;段落一\\n\\n|\\n\\n段落二;段落一\\n\\nIMG\\n\\n段落二",
        "empty line right under text;段落一\\n|\\n段落二;段落一\\n\\nIMG\\n\\n段落二",
        "empty text;|;IMG",
        "inside a line of text;前半|后半;前半IMG后半",
        "inside a heading line;## 标|题;## 标IMG题",
        "start of the text before a paragraph;|段落;IMG\\n\\n段落",
    })
    void anInsertedImageIsItsOwnParagraphUnlessTheCaretIsInsideALine(String where, String before, String after)
            throws Exception {
        File a = write("pic.png", "png");
        String text = before.replace("\\n", "\n");
        int offset = text.indexOf('|');
        fxRun(() -> editor.replaceText(text.replace("|", "")));
        CompletableFuture<ImageImports.Outcome> done = fx(() -> service.importFiles(List.of(a.toPath()), target, offset));
        waitUntil("the import ends", done::isDone);
        assertThat(fx(editor::getText)).as(where).isEqualTo(after.replace("\\n", "\n")
                .replace("IMG", "![pic]({{site.baseurl}}/postimg/pic.png)"));
    }

    @Test
    void droppedFilesThatAreNotImagesAreNamedWithWhatTheEditorTakes() throws Exception {
        File notes = blog.resolve("notes.txt").toFile();
        Files.writeString(notes.toPath(), "some text");
        File folder = Files.createDirectories(blog.resolve("照片")).toFile();
        File pic = write("pic.png", "png");
        fxRun(() -> editor.replaceText("段落\n"));
        Point2D point = fx(() -> sceneCentreOf(0));
        ImageDropHandler drop = fx(() -> ImageDropHandler.attach(new StackPane(), service, target, target));

        CompletableFuture<ImageImports.Outcome> onlyText = fx(() -> drop.drop(List.of(notes, folder), point.getX(),
                point.getY()));
        waitUntil("the drop ends", onlyText::isDone);
        assertThat(fx(editor::getText)).isEqualTo("段落\n");
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).contains("notes.txt").contains("image files").contains("PNG")
                .contains("Nothing was written");
        assertThat(told.get(1)).contains("照片").contains("folder");

        told.clear();
        CompletableFuture<ImageImports.Outcome> mixed = fx(() -> drop.drop(List.of(notes, pic), point.getX(),
                point.getY()));
        waitUntil("the drop ends", mixed::isDone);
        assertThat(fx(editor::getText)).contains("![pic]");
        assertThat(told).anySatisfy(t -> assertThat(t).contains("notes.txt").contains("image files"));
    }

    @Test
    void theRefusalIsInChineseForTheChineseWindow() throws Exception {
        File notes = blog.resolve("笔记.txt").toFile();
        Files.writeString(notes.toPath(), "文字");
        ImageDropHandler drop = fx(() -> ImageDropHandler.attach(new StackPane(), service, target, target,
                java.util.Locale.SIMPLIFIED_CHINESE));
        CompletableFuture<ImageImports.Outcome> done = fx(() -> drop.drop(List.of(notes), 0, 0));
        waitUntil("the drop ends", done::isDone);
        assertThat(told).singleElement().asString().contains("笔记.txt").contains("图片文件");
    }

    @Test
    void aPastedImageTakesTheHeadingAboveItAsAltTextAndThePostsDateAsName() throws Exception {
        ImageImports chinese = fx(() -> new ImageImports(blog, new BlogSettingsFile(blog, SEED), HEADER,
                () -> PostHints.of("_posts/2021-12-17-止付2.9亿.md", "止付，2.9亿！"), imports, Platform::runLater,
                new ImageImports.Feedback() {
                    @Override
                    public boolean confirmLarge(String question) {
                        return false;
                    }

                    @Override
                    public void tell(String sentence) {
                        told.add(sentence);
                    }
                }));
        fxRun(() -> editor.replaceText("引言\n\n## 诈骗手法\n\n第一段。\n"));
        int offset = fx(() -> editor.getText().length());
        CompletableFuture<ImageImports.Outcome> done = fx(() -> chinese.importPixels(new WritableImage(3, 2), target,
                offset));
        waitUntil("the paste ends", done::isDone);
        assertThat(fx(editor::getText)).isEqualTo("引言\n\n## 诈骗手法\n\n第一段。\n\n"
                + "![诈骗手法]({{site.baseurl}}/postimg/2021-12-17-1.png)");
    }

    @Test
    void theOffsetUnderAPointIsTheCharacterThere() {
        fxRun(() -> editor.replaceText("alpha\nbeta gamma\n"));
        int offset = "alpha\nbeta ".length();
        assertThat(fx(() -> {
            Point2D p = sceneCentreOf(offset);
            return target.offsetAt(p.getX() - 1, p.getY());
        })).isBetween(offset, offset + 1);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithASentenceAndNothingIsInserted() throws Exception {
        File fake = blog.resolve("notes.png").toFile();
        Files.writeString(fake.toPath(), "<html>not an image</html>");
        fxRun(() -> editor.replaceText("text"));
        CompletableFuture<ImageImports.Outcome> done = fx(() -> service.importFiles(List.of(fake.toPath()), target, 4));
        waitUntil("the import ends", done::isDone);
        assertThat(fx(editor::getText)).isEqualTo("text");
        assertThat(told).singleElement().asString().contains("notes.png").contains("Nothing was written");
    }

    @Test
    void theGpsNoticeIsToldOncePerBlog() throws Exception {
        Path photo = blog.resolve("../gps-" + blog.getFileName() + ".jpg").normalize();
        Files.write(photo, GpsPhotos.jpegWithGps(8, 8));
        fxRun(() -> editor.replaceText(""));
        CompletableFuture<ImageImports.Outcome> first = fx(() -> service.importFiles(List.of(photo), target, 0));
        waitUntil("the first import ends", first::isDone);
        assertThat(told).containsExactly("GPS location removed from 1 photo — change this in Image Settings.");
        waitUntil("the notice is remembered", () -> new BlogSettingsFile(blog, SEED).load().settings().gpsNoticeShown());

        Path other = Files.write(photo.resolveSibling("other-" + photo.getFileName()),
                GpsPhotos.jpegWithGps(9, 9));
        CompletableFuture<ImageImports.Outcome> second = fx(() -> service.importFiles(List.of(other), target, 0));
        waitUntil("the second import ends", second::isDone);
        assertThat(told).hasSize(1);
        assertThat(second.get().inserted()).contains("![other-gps");
    }

    @Test
    void anImageDroppedOnTheHeaderFieldGivesTheFieldsValue() throws Exception {
        File bg = write("post-bg.jpg", "jpg");
        List<String> values = new CopyOnWriteArrayList<>();
        FieldImageDrop field = fx(() -> FieldImageDrop.attach(new StackPane(), service, values::add));
        CompletableFuture<Optional<String>> done = fx(() -> field.drop(bg));
        waitUntil("the field value arrives", () -> !values.isEmpty());
        assertThat(values).containsExactly("img/post-bg.jpg");
        assertThat(blog.resolve("img/post-bg.jpg")).hasSameBinaryContentAs(bg.toPath());
        assertThat(done).isCompleted();
    }

    @Test
    void downloadWebImagesRewritesTheLinksAsOneUndoStep() throws Exception {
        byte[] png = encode("png");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pic.png", ex -> {
            ex.sendResponseHeaders(200, png.length);
            ex.getResponseBody().write(png);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            String text = "开头\n\n![图](" + url + "/pic.png)\n\n![](" + url + "/gone.png)\n";
            fxRun(() -> editor.replaceText(text));
            CompletableFuture<WebImageDownload.Result> done = fx(() -> service.downloadWebImages(target));
            waitUntil("the download ends", done::isDone);
            assertThat(fx(editor::getText)).isEqualTo("开头\n\n![图]({{site.baseurl}}/postimg/pic.png)\n\n![](" + url
                    + "/gone.png)\n");
            assertThat(blog.resolve("postimg/pic.png")).hasBinaryContent(png);
            assertThat(told.get(0)).isEqualTo("Downloaded 1 of 2 web images into postimg/.");
            assertThat(told.get(1)).contains("gone.png", "404", "original link was kept");
            fxRun(editor::undo);
            assertThat(fx(editor::getText)).isEqualTo(text);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theSettingsDialogShowsALiveExampleAndRefusesAFolderJekyllHides() {
        ImageSettingsDialog dialog = fx(() -> new ImageSettingsDialog(blog, BlogSettings.defaults(SEED), Locale.ROOT));
        fxRun(() -> ((TextField) dialog.getDialogPane().lookup("#image-folder")).setText("img"));
        assertThat(fx(() -> dialog.edited().linkTemplate())).isEqualTo("{{site.baseurl}}/img/{name}");
        assertThat(fx(() -> ((Label) dialog.getDialogPane().lookup("#image-example")).getText()))
                .isEqualTo("![]({{site.baseurl}}/img/example.png)");
        fxRun(() -> ((TextField) dialog.getDialogPane().lookup("#image-folder")).setText("_img"));
        assertThat(fx(() -> dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled())).isTrue();
        assertThat(fx(() -> ((Label) dialog.getDialogPane().lookup("#image-problem")).getText()))
                .contains("_img");
    }

    @Test
    void theChineseStringsAreThere() {
        ImageSettingsDialog dialog = fx(() -> new ImageSettingsDialog(blog, BlogSettings.defaults(SEED),
                Locale.SIMPLIFIED_CHINESE));
        assertThat(fx(dialog::getTitle)).isEqualTo("图片设置");
    }

    private Point2D sceneCentreOf(int offset) {
        Bounds screen = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
        Point2D local = area.screenToLocal(screen.getMinX() + 1, screen.getCenterY());
        return area.localToScene(local);
    }

    private File write(String name, String format) throws IOException {
        Path dir = Files.createDirectories(blog.resolve("../drops-" + blog.getFileName()).normalize());
        Path file = dir.resolve(name);
        Files.write(file, encode(format));
        return file.toFile();
    }

    private static byte[] encode(String format) throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, format.equals("png") ? 0xFF0000 : 0x00FF00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
