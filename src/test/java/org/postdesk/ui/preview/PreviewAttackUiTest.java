package org.postdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postdesk.ui.FxTestSupport.fx;
import static org.postdesk.ui.FxTestSupport.fxRun;
import static org.postdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.attack.AttackBlog;
import org.postdesk.attack.FileReadRecorder;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.html.PreviewBlocks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every hostile post of {@code src/test/resources/attacks/} rendered as the window renders it
 * and shown in the real preview, first as a whole page and then typed into a harmless post (so
 * that the page patches it in): no file outside the blog's real root is read (Flight Recorder,
 * {@link FileReadRecorder}), no script of the post runs, the view stays on its page, and the
 * page shows nothing whose source lies outside the blog (docs/decisions/0025).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewAttackUiTest {

    private static final String HARMLESS = "# A harmless post\n\nIts first paragraph, with ![an image](/img/ok.png).\n\n"
            + "- a list\n- of two\n\n```java\nint x = 1;\n```\n";

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> visited = new CopyOnWriteArrayList<>();
    private PreviewPane preview;
    private AttackBlog attack;
    private PreviewContext context;
    private PageChecks checks;
    private AttackBlog template;
    private final PreviewRenderer renderer = JekyllEngines.previewRenderer();

    @Start
    void start(Stage stage) {
        preview = new PreviewPane(opened::add);
        stage.setScene(new Scene(preview, 800, 600));
        stage.show();
    }

    /** Waits for the page, then uses a first attack blog, whose vectors serve as templates. */
    private void setUp(Path dir) throws IOException {
        waitUntil("the page is ready", () -> preview.readyProperty().get());
        fxRun(() -> ((WebView) preview.getChildren().get(0)).getEngine().locationProperty()
                .addListener((obs, old, now) -> visited.add(now)));
        useBlog(dir);
        template = attack;
    }

    private void useBlog(Path dir) throws IOException {
        useBlog(AttackBlog.create(Files.createDirectories(dir)));
    }

    private void useBlog(AttackBlog blog) throws IOException {
        attack = blog;
        context = new PreviewContext(BlogFolder.open(attack.blog()), List.of());
        checks = new PageChecks(attack, preview);
    }

    /**
     * Each vector with a blog of its own, made before recording starts: its outside folder has its
     * own path, so WebKit's memory cache cannot hide a read, and each read names its vector.
     */
    private Map<AttackBlog.Vector, AttackBlog> blogPerVector(Path dir) throws IOException {
        Map<AttackBlog.Vector, AttackBlog> out = new LinkedHashMap<>();
        for (AttackBlog.Vector vector : template.vectors()) {
            AttackBlog blog = AttackBlog.create(Files.createDirectories(dir.resolve(vector.name())));
            String raw = vector.text().replace(template.outside().toUri().toString().replaceFirst("/$", ""), "@@OUTSIDE_URL@@")
                    .replace(template.outside().toString(), "@@OUTSIDE_DIR@@");
            out.put(new AttackBlog.Vector(vector.name(), blog.fill(raw)), blog);
        }
        return out;
    }

    @Test
    void noHostilePostReadsOrShowsAnythingOutsideTheBlogOrRunsAScript(@TempDir Path dir) throws IOException {
        setUp(dir.resolve("first"));
        Map<AttackBlog.Vector, AttackBlog> vectors = blogPerVector(dir);
        List<String> failures = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        long started = System.nanoTime();
        try (FileReadRecorder recorder = FileReadRecorder.start(dir)) {
            for (Map.Entry<AttackBlog.Vector, AttackBlog> entry : vectors.entrySet()) {
                AttackBlog.Vector vector = entry.getKey();
                useBlog(entry.getValue());
                String body = body(vector.text());
                // 1. the post opened: the page receives the whole fragment
                steps.add(new Step(vector + " (whole page)", Instant.now(), attack));
                fxRun(preview::forgetShown);
                show(vector, body);
                failures.addAll(checks.afterShow(vector + " (whole page)"));
                // 2. typed into a harmless post: the page patches the new blocks in
                show(vector, HARMLESS);
                fx(() -> preview.executeScript("document.querySelector('#pd-content h1').pdKept = 'yes'"));
                steps.add(new Step(vector + " (patched in)", Instant.now(), attack));
                show(vector, HARMLESS + "\n" + body);
                if (!"yes".equals(fx(() -> preview.executeScript("document.querySelector('#pd-content h1').pdKept")))) {
                    failures.add(vector + " (patched in): the page replaced everything, so the patch path went untested");
                }
                failures.addAll(checks.afterShow(vector + " (patched in)"));
            }
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // a late load of the last vector
            recorder.sync();
            List<String> outside = checks.outsideReads(recorder.reads(), steps);
            failures.addAll(outside);
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, vectors.size()
                    + " attack vectors shown twice each in " + ms + " ms; " + recorder.reads().size()
                    + " file reads and writes recorded, " + outside.size() + " of them outside the blog");
        }

        assertThat(vectors).as("attack vectors found").isNotEmpty();
        assertThat(failures).as("what " + vectors.size() + " hostile posts achieved in the real preview").isEmpty();
        assertThat(visited).as("locations the view moved to").isEmpty();
        assertThat(opened).as("addresses handed to the browser").isEmpty();
    }

    /**
     * The checks above mean something only if they see an outside read when one happens: the same
     * page, fed past the renderer with an image, a background and a folder outside the blog, must be
     * caught.
     */
    @Test
    void theRecorderAndTheDomChecksSeeAReadOutsideTheBlog(@TempDir Path dir) throws IOException {
        setUp(dir.resolve("first"));
        String secret = attack.outside().resolve("secret.png").toUri().toString();
        String css = attack.outside().resolve("secret.svg").toUri().toString();
        String folder = attack.outside().toUri().toString();
        try (FileReadRecorder recorder = FileReadRecorder.start(dir)) {
            Instant from = Instant.now();
            fxRun(() -> preview.show("<p>control</p><img id=\"s\" src=\"" + secret + "\">"
                    + "<div style=\"width:9px;height:9px;background:url('" + css + "')\">x</div>"
                    + "<img src=\"" + folder + "\">"));
            waitUntil("the outside image has loaded", () -> Boolean.TRUE.equals(
                    preview.executeScript("document.getElementById('s').naturalWidth > 0")));
            List<String> shown = checks.afterShow("control");
            recorder.sync();
            List<String> reads = checks.outsideReads(recorder.reads(), List.of(new Step("control", from, attack)));

            assertThat(shown).anyMatch(s -> s.contains("img " + secret)).anyMatch(s -> s.contains(css))
                    .as("a folder: no read event, only the DOM tells").anyMatch(s -> s.endsWith("img " + folder));
            assertThat(reads).anyMatch(s -> s.contains(attack.outside().resolve("secret.png") + " (URL-Loader"))
                    .anyMatch(s -> s.contains(attack.outside().resolve("secret.svg").toString()));
        }
    }

    /**
     * The page's policy by itself, past both the renderer and the page's parse step (elements added
     * by the test's own script): a prefetch, a frame, an object and an embed of files outside the
     * blog load nothing, while an image added the same way does (the policy allows file: images;
     * only the sanitizer chooses which).
     */
    @Test
    void thePolicyAloneRefusesPrefetchesFramesAndPlugInsOfFiles(@TempDir Path dir) throws IOException {
        setUp(dir.resolve("first"));
        Path outside = attack.outside();
        try (FileReadRecorder recorder = FileReadRecorder.start(dir)) {
            Instant from = Instant.now();
            fxRun(() -> preview.executeScript("(function (c) {"
                    + "function add(tag, attrs) { var e = document.createElement(tag);"
                    + "  Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); c.appendChild(e); }"
                    + "add('link', {rel: 'prefetch', href: '" + outside.resolve("secret.txt").toUri() + "'});"
                    + "add('iframe', {src: '" + outside.resolve("secret.html").toUri() + "'});"
                    + "add('object', {data: '" + outside.resolve("secret.svg").toUri() + "', type: 'image/svg+xml'});"
                    + "add('embed', {src: '" + outside.resolve("secret.css").toUri() + "', type: 'image/svg+xml'});"
                    + "add('img', {id: 'control', src: '" + outside.resolve("secret.png").toUri() + "'});"
                    + "})(document.getElementById('pd-content'))"));
            waitUntil("the control image has loaded", () -> Boolean.TRUE.equals(
                    preview.executeScript("document.getElementById('control').naturalWidth > 0")));
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            recorder.sync();
            List<String> reads = checks.outsideReads(recorder.reads(), List.of(new Step("policy", from, attack)));

            assertThat(reads).as("reads outside the blog").isNotEmpty()
                    .allMatch(r -> r.contains(outside.resolve("secret.png").toString()));
        }
    }

    /**
     * The page's own wall, without the renderer: each vector's text goes into the page as it is.
     * Its policy must still stop every script and every navigation; what it lets through (files
     * read outside the blog: the policy cannot name one folder) is logged, as the sanitizer's share.
     */
    @Test
    void thePagePolicyAloneStopsEveryScriptOfTheUnsanitizedVectors(@TempDir Path dir) throws IOException {
        setUp(dir.resolve("first"));
        List<String> failures = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<AttackBlog.Vector, AttackBlog> vectors = blogPerVector(dir);
        try (FileReadRecorder recorder = FileReadRecorder.start(dir)) {
            for (Map.Entry<AttackBlog.Vector, AttackBlog> entry : vectors.entrySet()) {
                AttackBlog.Vector vector = entry.getKey();
                useBlog(entry.getValue());
                steps.add(new Step(vector + " (unsanitized)", Instant.now(), attack));
                fxRun(() -> preview.show(body(vector.text())));
                checks.waitUntilIdle(vector.name());
                checks.afterShow(vector + " (unsanitized)").stream()
                        .filter(f -> !f.contains(": the page asks for ")).forEach(failures::add);
            }
            recorder.sync();
            List<String> reads = checks.outsideReads(recorder.reads(), steps);
            System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "without the sanitizer, "
                    + reads.size() + " reads outside the blog:\n" + String.join("\n", reads));
        }
        assertThat(failures).as("scripts and navigations the page's policy let through").isEmpty();
        assertThat(visited).as("locations the view moved to").isEmpty();
        assertThat(opened).as("addresses handed to the browser").isEmpty();
    }

    /**
     * Links the sanitizer might miss, clicked for real: the view never navigates, and only a
     * {@code file:} link whose real file is inside the blog reaches the system (whose program for
     * the file would read it); a link out of the blog, through a symbolic link, or relative to the
     * page's own address does not.
     */
    @Test
    void onlyFileLinksInsideTheBlogAreOpened(@TempDir Path dir, FxRobot robot) throws IOException {
        setUp(dir.resolve("first"));
        fxRun(() -> preview.setBlogFolder(attack.blog()));
        String inside = attack.blog().resolve("img/ok.png").toUri().toString();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("outside", attack.outside().resolve("secret.txt").toUri().toString());
        links.put("passwd", "file:///etc/passwd");
        links.put("through-link", attack.blog().resolve("img/link-out.png").toUri().toString());
        links.put("through-folder-link", attack.blog().resolve("img/dir-out/secret.txt").toUri().toString());
        links.put("dotdot", attack.blog().toUri() + "img/../../outside/secret.txt");
        links.put("relative", "../../../../../../../../../../../../.." + attack.outside().resolve("secret.txt"));
        links.put("folder", attack.outside().toUri().toString());
        links.put("inside", inside);
        StringBuilder html = new StringBuilder();
        links.forEach((id, href) -> html.append("<p><a id=\"").append(id).append("\" href=\"").append(href)
                .append("\">").append(id).append("</a></p>\n"));
        fxRun(() -> preview.show(html.toString())); // past the renderer: only the page and the bridge stand
        waitUntil("the links show", () -> preview.renderedText().contains("inside"));
        for (String id : links.keySet()) {
            robot.clickOn(checks.centreOf(id));
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).as("addresses handed to the system").containsExactly(inside);
        assertThat(visited).as("locations the view moved to").isEmpty();
        assertThat(fx(preview::showsPreviewPage)).isTrue();
    }

    /** Renders as the window does (the blog's config, files and links) and shows the result. */
    private void show(AttackBlog.Vector vector, String body) {
        String path = attack.blog().relativize(attack.post(vector.name())).toString().replace('\\', '/');
        PreviewBlocks blocks;
        try {
            blocks = PreviewBlocks.split(renderer.render(
                    context.request(path, body, Map.of("layout", "post", "title", vector.name()))).html());
        } catch (RuntimeException e) {
            throw new AssertionError("the renderer failed on " + vector, e);
        }
        fxRun(() -> preview.show(blocks));
        checks.waitUntilIdle(vector.name());
    }

    /** A vector's body: its text after the front matter, when it has one. */
    private static String body(String text) {
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            if (end > 0) {
                return text.substring(end + 5);
            }
        }
        return text;
    }

    /** One shown state, when it began, and the blog it was shown for. */
    record Step(String name, Instant from, AttackBlog blog) {
    }
}
