package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.app.SampleBlog;
import org.postdesk.app.StartupBlog;
import org.postdesk.ui.common.ShellContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A Hexo site in the window (docs/decisions/0038): File > Open Sample Hexo Blog opens the sample
 * site, the status bar says Hexo, and pasted images go into the post's asset folder, linked as
 * the site links its images, and show in the preview.
 */
@ExtendWith(ApplicationExtension.class)
class HexoWindowUiTest {
    private static final String ASSETS_POST = "source/_posts/asset-folders.md";

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path temp;
    private ShellContext context;
    private Workbench bench;
    private StartupBlog startup;
    private CodeArea area;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-hexo-window");
        Files.createDirectories(temp.resolve("Documents"));
        context = TestShells.context();
        bench = Shell.create(stage, context, window -> dialogs, temp.resolve("cache"), Clock.systemDefaultZone());
        startup = new StartupBlog(new MemorySettings(), context, temp.resolve("Documents"), temp.resolve("data"));
        SampleSiteItem.install(bench, startup);
        area = (CodeArea) bench.window().editor().node().lookup("#editor");
        stage.show();
    }

    @AfterEach
    void close() {
        TestShells.close(bench, context);
    }

    @Test
    void theSampleHexoBlogIsOneClickAwayAndSaysItIsHexo(FxRobot robot) {
        MenuItem item = fx(() -> bench.window().menuBar().getMenus().get(0).getItems().stream()
                .filter(i -> "menuSampleHexo".equals(i.getId())).findFirst().orElseThrow());
        assertThat(fx(item::getText)).isEqualTo("Open Sample _Hexo Blog");
        fxRun(item::fire);
        Path site = temp.resolve("Documents").resolve(SampleBlog.HEXO_FOLDER_NAME);
        waitUntil("the sample Hexo site is open", () -> bench.session() != null
                && bench.session().root().equals(site.toAbsolutePath().normalize()));
        assertThat(site.resolve("source/_posts/asset-folders/lake.png")).exists();
        assertThat(fx(() -> bench.session().posts().stream().map(p -> p.path()).sorted().toList()))
                .containsExactly("source/_drafts/下一篇的想法.md", "source/_posts/asset-folders.md",
                        "source/_posts/hello-hexo.md", "source/_posts/分类与标签.md");
        Label status = robot.lookup("#statusSite").queryAs(Label.class);
        waitUntil("the status bar names Hexo", () -> "Hexo site".equals(status.getText()));

        fxRun(() -> bench.openBlog(site, "source/_posts/hello-hexo.md"));
        waitUntil("the hello post is open", () -> bench.openPostNow() != null
                && "source/_posts/hello-hexo.md".equals(bench.openPostNow().path()));
        Path ridge = site.resolve("source/images/ridge.png");
        waitUntil("the /images/ image shows from source/images", () -> naturalWidth(ridge) > 0);
    }

    @Test
    void aPastedImageGoesIntoTheAssetFolderAsAnAssetImgTag(FxRobot robot) throws IOException {
        Path site = sample();
        open(site, ASSETS_POST);
        Path folder = site.resolve("source/_posts/asset-folders");
        List<String> before = files(folder);
        int at = paste(robot);
        waitUntil("the tag is inserted", () -> area.getText().substring(at).startsWith("{% asset_img "));
        List<String> added = new ArrayList<>(files(folder));
        added.removeAll(before);
        assertThat(added).singleElement().asString().endsWith(".png");
        assertThat(fx(() -> area.getText()).substring(at)).startsWith("{% asset_img " + added.get(0) + " \"");
    }

    @Test
    void aPastedImageInASiteOfBareNamesIsABareNameThatThePreviewShows(FxRobot robot) throws IOException {
        Path site = sample();
        Files.writeString(site.resolve("_config.yml"), Files.readString(site.resolve("_config.yml"))
                .replace("postAsset: false", "postAsset: true"));
        open(site, ASSETS_POST);
        Path folder = site.resolve("source/_posts/asset-folders");
        List<String> before = files(folder);
        int at = paste(robot);
        waitUntil("the image line is inserted", () -> area.getText().substring(at).startsWith("!["));
        List<String> added = new ArrayList<>(files(folder));
        added.removeAll(before);
        assertThat(added).singleElement();
        assertThat(fx(() -> area.getText()).substring(at)).matches("(?s)!\\[[^\\]]*\\]\\(" + added.get(0) + "\\).*");
        Path png = folder.resolve(added.get(0));
        waitUntil("the preview shows the pasted image from the asset folder", () -> naturalWidth(png) == 6);
    }

    private Path sample() throws IOException {
        return startup.copySampleHexo();
    }

    private void open(Path site, String post) {
        fxRun(() -> bench.openBlog(site, post));
        waitUntil("the post is open", () -> bench.openPostNow() != null && post.equals(bench.openPostNow().path()));
        waitUntil("the blog is ready for images", () -> TestShells.images(bench).imports().isPresent());
    }

    private int paste(FxRobot robot) {
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
        return at;
    }

    /** The largest natural width of the preview's images showing {@code file}; 0 when none loaded. */
    private int naturalWidth(Path file) {
        String uri = file.toUri().toString();
        String tail = uri.substring(uri.lastIndexOf('/') + 1);
        Object srcs = bench.window().preview().executeScript(
                "Array.from(document.querySelectorAll('#pd-content img')).filter(i => i.src.indexOf('" + tail
                        + "') >= 0).map(i => i.src + ' ' + i.naturalWidth).join('\\n')");
        int best = 0;
        for (String line : String.valueOf(srcs).split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space > 0 && line.startsWith("file:") && Path.of(URI.create(line.substring(0, space))).equals(file)) {
                best = Math.max(best, Integer.parseInt(line.substring(space + 1)));
            }
        }
        return best;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
