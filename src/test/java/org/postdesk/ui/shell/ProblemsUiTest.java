package org.postdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.SharedFolders;
import org.postdesk.app.MemorySettings;
import org.postdesk.ui.common.ShellContext;
import org.postdesk.core.problems.Problem;
import org.postdesk.ui.problems.ProblemRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Problems in the editor on the seed post (decision record 0031): seen where they are, repaired in one click. */
@ExtendWith(ApplicationExtension.class)
class ProblemsUiTest {

    private static final String SEED_POST = "_posts/2021-12-17-止付2.9亿.md";
    private static final String BROKEN = "2021-12-17\n止付，2.9亿！\\\\JaFv";
    private static final String LOADED_JAFV = "Array.from(document.images).filter(i => i.src.indexOf('JaFv') >= 0"
            + " && i.complete && i.naturalWidth > 0).length";

    private final MemorySettings settings = new MemorySettings();
    private Path temp;
    private ShellContext context;
    private Workbench bench;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("postdesk-problems");
        settings.putBoolean("view.problems", true); // the list is open in these tests (closed at first: see below)
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
    void theSeedPostShowsItsTwoBrokenLinksAndOneClickEachRepairsThem(FxRobot robot) throws Exception {
        Path seed = SharedFolders.seedBlog();
        SharedFolders.assumePresent(Files.isDirectory(seed), seed);
        Path blog = SharedFolders.writableCopy(seed, temp.resolve("seed"));
        fxRun(() -> bench.openBlog(blog, SEED_POST));
        waitUntil("the seed post is open", () -> bench.openPostNow() != null
                && bench.openPostNow().path().equals(SEED_POST) && area().getText().contains("止付"));
        waitUntil("two problems with a repair each", () -> repairable().size() == 2);
        assertThat(fx(() -> tools().statusBar().problemsText())).isEqualTo("2 errors, no notes");
        List<ProblemRow> rows = fx(this::repairable);
        assertThat(rows).extracting(ProblemRow::line).containsExactly(43, 51);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.sentence()).contains("a path from a folder on your computer");
            assertThat(r.repairLabel()).isEqualTo("Relink");
            assertThat(r.repairHint()).startsWith("Link to {{site.baseurl}}/postimg/JaFv");
        });

        int broken = fx(() -> area().getText().indexOf(BROKEN));
        assertThat(broken).isPositive();
        waitUntil("the broken link is underlined", () -> area().getStyleOfChar(broken + 3).contains("md-problem"));
        assertThat(fx(() -> area().getStyleOfChar(broken - 8))).doesNotContain("md-problem");

        robot.clickOn(robot.lookup("#problemsList .problem-sentence").nth(0).queryAs(Label.class));
        int firstLine = fx(() -> bench.window().editor().firstLine());
        waitUntil("the caret is on the problem's line", () -> area().getCurrentParagraph() == 43 - firstLine);
        assertThat(fx(() -> tools().statusBar().positionText())).startsWith("Ln 43, ");
        waitUntil("the gutter marks the line", () -> robot.lookup(".lineno.problem-line .lineno-number").queryAll()
                .stream().anyMatch(n -> ((Text) n).getText().strip().equals("43")));
        assertThat(robot.lookup(".lineno.problem-line .lineno-number").queryAll())
                .noneMatch(n -> ((Text) n).getText().strip().equals("42"));

        waitUntil("the preview is ready", () -> bench.window().preview().readyProperty().get());
        waitUntil("the two good JaFv links load", () -> ((Number) bench.window().preview().executeScript(LOADED_JAFV))
                .intValue() == 2);
        robot.clickOn(repairButton(robot));
        waitUntil("one link repaired", () -> !area().getText().substring(0, 60 + broken).contains(BROKEN));
        waitUntil("one problem left", () -> repairable().size() == 1);
        robot.clickOn(repairButton(robot));
        waitUntil("no problem left", () -> bench.problems().problems().stream().noneMatch(Problem::isError));
        assertThat(fx(() -> area().getText())).doesNotContain(BROKEN)
                .contains("**被骗冻结资金集中返还仪式**![]({{site.baseurl}}/postimg/JaFv");
        waitUntil("the preview shows the image", () -> ((Number) bench.window().preview().executeScript(LOADED_JAFV))
                .intValue() == 4);
        assertThat(fx(() -> tools().statusBar().problemsText())).isEqualTo("No problems");
        waitUntil("no underline left", () -> {
            for (int i = 0; i < area().getLength(); i++) {
                if (area().getStyleOfChar(i).contains("md-problem")) {
                    return false;
                }
            }
            return true;
        });
        fxRun(() -> area().undo());
        waitUntil("undo brings the second problem back", () -> repairable().size() == 1);

        // typed now: found after the pause, on its file line
        robot.clickOn("#editor").push(KeyCode.CONTROL, KeyCode.END).write("\n![new](nowhere/新图.png)");
        int last = fx(() -> bench.window().editor().firstLine() + area().getParagraphs().size() - 1);
        waitUntil("the typed link is a problem", () -> bench.problems().problems().stream()
                .anyMatch(p -> p.kind() == Problem.Kind.IMAGE_MISSING && p.line() == last));
        assertThat(fx(() -> tools().statusBar().positionText())).startsWith("Ln " + last + ",");
    }

    @Test
    void theListIsClosedAtFirstAndTheStatusBarCountOpensIt(FxRobot robot) throws Exception {
        Path seed = SharedFolders.seedBlog();
        SharedFolders.assumePresent(Files.isDirectory(seed), seed);
        Path blog = SharedFolders.writableCopy(seed, temp.resolve("seed-closed"));
        MemorySettings fresh = new MemorySettings();
        ShellContext first = TestShells.context(fresh, url -> { });
        Workbench other = fx(() -> {
            Stage stage = new Stage();
            Workbench w = Shell.create(stage, first, window -> new ScriptedDialogs(), temp.resolve("cache2"),
                    Clock.systemDefaultZone());
            stage.show();
            return w;
        });
        try {
            fxRun(() -> other.openBlog(blog, SEED_POST));
            waitUntil("the two problems are counted",
                    () -> "2 errors, no notes".equals(other.tools().statusBar().problemsText()));
            assertThat(fx(() -> other.problems().pane().isVisible())).as("the list at first").isFalse();
            Label count = fx(() -> (Label) other.window().stage().getScene().lookup("#statusProblems"));
            robot.clickOn(count);
            waitUntil("the list is open", () -> other.problems().pane().isVisible());
            assertThat(fresh.getBoolean("view.problems", false)).as("remembered").isTrue();
        } finally {
            TestShells.close(other, first);
        }
    }

    @Test
    void aPostThatCannotBeWrittenStillShowsItsProblemsWithoutRepairs() throws Exception {
        Path seed = SharedFolders.seedBlog();
        SharedFolders.assumePresent(Files.isDirectory(seed), seed);
        Path blog = SharedFolders.writableCopy(seed, temp.resolve("seed-ro"));
        Path posts = blog.resolve("_posts");
        Files.setPosixFilePermissions(posts, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            fxRun(() -> bench.openBlog(blog, SEED_POST));
            waitUntil("the seed post is open read-only", () -> bench.openPostNow() != null
                    && bench.openPostNow().path().equals(SEED_POST) && bench.openPostNow().isReadOnly());
            waitUntil("its two broken links are listed", () -> bench.problems().problems().stream()
                    .filter(Problem::isError).count() == 2);
            assertThat(fx(() -> tools().statusBar().problemsText())).isEqualTo("2 errors, no notes");
            assertThat(fx(() -> bench.problems().pane().rows())).noneMatch(ProblemRow::hasRepair);
        } finally {
            Files.setPosixFilePermissions(posts, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWebImageThatDoesNotLoadSaysSoInThePreviewAndItsLinkDownloadsIt(FxRobot robot) throws Exception {
        byte[] png = png();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cat.png", ex -> {
            // the preview's WebKit is refused (as an offline window or a site refusing hotlinks would be);
            // the download, as any other client, gets the image
            boolean webKit = String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")).contains("WebKit");
            byte[] body = webKit ? new byte[0] : png;
            ex.sendResponseHeaders(webKit ? 404 : 200, webKit ? -1 : body.length);
            if (!webKit) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        try {
            Path blog = SampleBlogCopy.into(temp);
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/cat.png";
            String post = "_posts/2025-06-01-web.md";
            Files.writeString(blog.resolve(post), "---\ntitle: Web\nlayout: post\n---\n\n猫：![cat](" + url + ")\n");
            fxRun(() -> bench.openBlog(blog, post));
            waitUntil("the post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(post)
                    && area().getText().contains(url));
            waitUntil("the preview says it is a web image", () -> bench.window().preview().readyProperty().get()
                    && String.valueOf(bench.window().preview().executeScript(
                    "var b = document.querySelector('.pd-web-image'); b ? b.textContent : ''"))
                    .startsWith("Web image that could not be loaded: 127.0.0.1:"));
            waitUntil("a note with the download", () -> bench.problems().pane().rows().stream()
                    .anyMatch(r -> r.severity().equals("info") && "Download".equals(r.repairLabel())));
            assertThat(fx(() -> tools().statusBar().problemsText())).isEqualTo("No errors, 1 note");
            fxRun(() -> bench.window().preview().executeScript("document.querySelector('.pd-download').click()"));
            waitUntil("the link now points into the blog", () -> !area().getText().contains(url)
                    && area().getText().contains("![cat]("));
            String text = fx(() -> area().getText());
            String link = text.substring(text.indexOf("![cat](") + 7, text.lastIndexOf(')'));
            assertThat(link).doesNotStartWith("http");
            waitUntil("no web-image note left", () -> bench.problems().problems().isEmpty());
            assertThat(fx(() -> tools().statusBar().problemsText())).isEqualTo("No problems");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPostJekyllIgnoresIsRenamedInOneClickAndStaysOpen(FxRobot robot) throws Exception {
        Path blog = SampleBlogCopy.into(temp);
        String post = "_posts/旅行日记.md";
        Files.writeString(blog.resolve(post), "---\ntitle: Trip Notes\nlayout: post\ndate: 2024-03-04\n---\n\n出发。\n");
        fxRun(() -> bench.openBlog(blog, post));
        waitUntil("the post is open", () -> bench.openPostNow() != null && bench.openPostNow().path().equals(post));
        waitUntil("a rename is offered", () -> bench.problems().pane().rows().stream()
                .anyMatch(r -> "Rename".equals(r.repairLabel())));
        ProblemRow row = fx(() -> bench.problems().pane().rows().stream()
                .filter(r -> "Rename".equals(r.repairLabel())).findFirst().orElseThrow());
        assertThat(row.line()).isEqualTo(1);
        assertThat(row.repairHint()).startsWith("Rename to 2024-03-04-").endsWith(".md");
        String wanted = "_posts/" + row.repairHint().substring("Rename to ".length());
        robot.clickOn(repairButton(robot));
        waitUntil("the renamed post is open", () -> bench.openPostNow() != null
                && bench.openPostNow().path().equals(wanted));
        assertThat(blog.resolve(post)).doesNotExist();
        assertThat(Files.readString(blog.resolve(wanted))).contains("出发。");
        waitUntil("no name problem left", () -> bench.problems().pane().rows().stream()
                .noneMatch(r -> "Rename".equals(r.repairLabel())));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The first repair button of a row on show (the list keeps spare cells whose buttons are hidden). */
    private static Button repairButton(FxRobot robot) {
        // the list gets its rows a pulse before its cells are laid out: wait for the button itself
        waitUntil("a repair button on show", () -> robot.lookup("#problemsList .problem-repair")
                .match(ProblemsUiTest::onShow).tryQuery().isPresent());
        return robot.lookup("#problemsList .problem-repair").match(ProblemsUiTest::onShow).queryAs(Button.class);
    }

    private static boolean onShow(Button b) {
        return b.isVisible() && !b.getText().isEmpty() && b.getParent() != null
                && b.getParent().getParent() instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible();
    }

    /** The rows with an error and a repair; FX thread. */
    private List<ProblemRow> repairable() {
        return bench.problems().pane().rows().stream().filter(ProblemRow::hasRepair)
                .filter(r -> r.severity().equals("error")).toList();
    }

    private WorkbenchTools tools() {
        return bench.tools();
    }

    private CodeArea area() {
        return (CodeArea) ((VirtualizedScrollPane<?>) bench.window().editor().node()).getContent();
    }
}
