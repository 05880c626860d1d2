package org.postdesk.ui.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.ui.shell.ScriptedDialogs;
import org.postdesk.ui.shell.ScriptedImageDialogs;
import org.postdesk.ui.shell.Shell;
import org.postdesk.ui.shell.TestShells;
import org.postdesk.ui.shell.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Images in a Hugo site: into the bundle of a bundle page; for a single-file page, the offer to make it one. */
@ExtendWith(ApplicationExtension.class)
public class HugoImagesUiTest {
    private static final Path SAMPLE = Path.of("assets/sample-hugo");
    private final ScriptedImageDialogs imageDialogs = new ScriptedImageDialogs();
    private Path temp;
    private Path site;
    private Path png;
    private ShellContext context;
    private Workbench bench;
    private CodeArea area;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-hugo-images");
        site = temp.resolve("site");
        try (Stream<Path> walk = Files.walk(SAMPLE)) {
            for (Path p : walk.toList()) {
                Path out = site.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else {
                    Files.copy(p, out);
                }
            }
        }
        png = temp.resolve("photo.png");
        ImageIO.write(new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        context = TestShells.context();
        bench = Shell.create(stage, context, window -> new ScriptedDialogs(), temp.resolve("cache"), Clock.systemDefaultZone());
        TestShells.images(bench).useDialogs(imageDialogs);
        area = (CodeArea) bench.window().editor().node().lookup("#editor");
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    private void open(String path) {
        if (bench.session() == null) {
            fxRun(() -> bench.openBlog(site, path));
        } else {
            fxRun(() -> bench.window().postList().select(path));
        }
        waitUntil("the post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(path)
                && bench.session() != null && bench.session().conventions() != null);
    }

    private void insertPng() {
        imageDialogs.chosen.add(List.of(png));
        fxRun(() -> area.moveTo(area.getLength()));
        fxRun(() -> TestShells.images(bench).insertImages());
    }

    @Test
    void anImageGoesIntoTheBundleAndIsLinkedByName() {
        open("content/posts/first-light/index.md");
        insertPng();
        waitUntil("the line is inserted", () -> area.getText().contains("](photo.png)"));
        assertThat(site.resolve("content/posts/first-light/photo.png")).exists();
        assertThat(site.resolve("static/images/photo.png")).doesNotExist();
        assertThat(imageDialogs.asked()).noneMatch(q -> q.startsWith("bundle?"));
        waitUntil("the preview loads it", () -> ((Number) bench.window().preview().executeScript(
                "Array.from(document.querySelectorAll('#pd-content img')).filter(i => i.src.endsWith("
                        + "'first-light/photo.png')).map(i => i.naturalWidth).reduce((a, b) => Math.max(a, b), 0)"))
                .intValue() == 5);
    }

    @Test
    void theFirstImageOfASingleFilePageOffersABundleAndYesMovesIt() throws IOException {
        open("content/posts/weekend-walk.md");
        imageDialogs.bundleAnswers.add(true);
        insertPng();
        waitUntil("the post moved into its bundle", () -> bench.openPostNow() != null
                && bench.openPostNow().path().equals("content/posts/weekend-walk/index.md"));
        assertThat(imageDialogs.asked()).anySatisfy(q -> assertThat(q).startsWith(
                "bundle? content/posts/weekend-walk.md now has an image, in static/images.")
                .contains("content/posts/weekend-walk/index.md"));
        assertThat(site.resolve("static/images/photo.png")).exists();
        assertThat(site.resolve("content/posts/weekend-walk.md")).doesNotExist();
        String moved = Files.readString(site.resolve("content/posts/weekend-walk/index.md"));
        assertThat(moved).startsWith("---\ntitle: Weekend walk\n").contains("/notes/images/photo.png)");
        assertThat(fx(() -> area.getText())).contains("/notes/images/photo.png)");

        insertPng();
        waitUntil("the second image goes beside the page", () -> Files.exists(
                site.resolve("content/posts/weekend-walk/photo.png")));
        waitUntil("linked by name", () -> area.getText().contains("](photo.png)"));
        assertThat(imageDialogs.asked().stream().filter(q -> q.startsWith("bundle?")).count()).isEqualTo(1);
    }

    @Test
    void noKeepsThePostAndAnExistingFolderIsNeverOverwritten() throws IOException {
        open("content/posts/weekend-walk.md");
        insertPng(); // no answer scripted: the author keeps it as it is
        waitUntil("the line is inserted", () -> area.getText().contains("/notes/images/photo.png)"));
        waitUntil("asked once", () -> imageDialogs.asked().stream().anyMatch(q -> q.startsWith("bundle?")));
        assertThat(site.resolve("content/posts/weekend-walk.md")).exists();
        assertThat(bench.openPostNow().path()).isEqualTo("content/posts/weekend-walk.md");

        Files.createDirectories(site.resolve("content/posts/tea-notes"));
        Files.writeString(site.resolve("content/posts/tea-notes/keep.txt"), "mine");
        open("content/posts/tea-notes.md");
        String before = Files.readString(site.resolve("content/posts/tea-notes.md"));
        imageDialogs.bundleAnswers.add(true);
        insertPng();
        waitUntil("the refusal is said", () -> TestShells.notifications(bench).sentence()
                .contains("content/posts/tea-notes already exists"));
        assertThat(site.resolve("content/posts/tea-notes.md")).exists();
        assertThat(Files.readString(site.resolve("content/posts/tea-notes/keep.txt"))).isEqualTo("mine");
        assertThat(site.resolve("content/posts/tea-notes/index.md")).doesNotExist();
        assertThat(Files.readString(site.resolve("content/posts/tea-notes.md"))).startsWith(before.substring(0, 20));
    }
}
