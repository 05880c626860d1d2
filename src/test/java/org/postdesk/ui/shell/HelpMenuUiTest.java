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
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postdesk.app.MemorySettings;
import org.postdesk.core.blog.CheckProblem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.postdesk.ui.common.ShellContext;

/** Help > About shows the build's version; Documentation reads offline; Check the Blog runs the CLI's check. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuUiTest {

    static final String BROKEN = "_posts/2025-06-01-broken-image.md";

    private ShellContext context;
    private Workbench bench;
    private Path blog;

    @Start
    void start(Stage stage) throws IOException {
        Path temp = Files.createTempDirectory("postdesk-help");
        blog = SampleBlogCopy.into(temp);
        Files.writeString(blog.resolve(BROKEN), "---\ntitle: 断图\n---\n\n第一段。\n\n![](/img/in-post/nowhere.png)\n",
                StandardCharsets.UTF_8);
        context = TestShells.context(new MemorySettings(), url -> { });
        bench = Shell.create(stage, context, w -> new ScriptedDialogs(), temp.resolve("cache"), Clock.systemDefaultZone());
        stage.show();
    }

    @AfterEach
    void close() {
        fxRun(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        context.close();
    }

    @Test
    void aboutShowsTheVersionTheBuildWrote() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>postdesk</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        fire("menuAbout");
        Label shown = (Label) waitForNode("#aboutVersion");
        assertThat(fx(shown::getText)).isEqualTo("Postdesk " + version);
        assertThat(find("#aboutDocs")).isPresent();
    }

    @Test
    void theDocumentationIsTheReadmeRenderedOffline() {
        fire("menuDocs");
        WebView page = (WebView) waitForNode("#docsPage");
        waitUntil("the README is shown", () -> String.valueOf(page.getEngine().executeScript(
                "document.body ? document.body.innerText : ''")).contains("Postdesk"));
        assertThat(String.valueOf(fx(() -> page.getEngine().executeScript("document.querySelectorAll('h2').length"))))
                .as("headings rendered, not Markdown source").isNotEqualTo("0");
    }

    @Test
    void checkTheBlogListsWhatTheCliFindsAndOpensThePost(FxRobot robot) {
        fxRun(() -> bench.openBlog(blog, WorkbenchUiTest.HIKE));
        waitUntil("the blog is open", () -> bench.openPostNow() != null);
        fire("menuCheckBlog");
        Label summary = (Label) waitForNode("#checkSummary");
        waitUntil("the check finished", () -> summary.getText().contains("error"));
        assertThat(fx(summary::getText)).startsWith("1 error and ").contains("in 5 posts");
        @SuppressWarnings("unchecked")
        ListView<CheckProblem> lines = (ListView<CheckProblem>) waitForNode("#checkLines");
        CheckProblem problem = fx(() -> lines.getItems().stream().filter(CheckProblem::error).findFirst().orElseThrow());
        assertThat(problem.path()).isEqualTo(BROKEN);
        assertThat(problem.format()).startsWith(BROKEN + ":7: error:");
        fxRun(() -> lines.getSelectionModel().select(problem));
        robot.doubleClickOn(fx(() -> lines.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && problem.equals(c.getItem()))
                .findFirst().orElseThrow()));
        waitUntil("the post with the problem is open", () -> bench.openPostNow().path().equals(BROKEN));
    }

    private void fire(String id) {
        fxRun(() -> bench.window().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().map(MenuItem::getOnAction).orElseThrow().handle(null));
    }

    private Node waitForNode(String selector) {
        waitUntil(selector + " is shown", () -> find(selector).isPresent());
        return find(selector).orElseThrow();
    }

    private Optional<Node> find(String selector) {
        return fx(() -> Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .map(r -> r.lookup(selector)).filter(n -> n != null).findFirst());
    }
}
