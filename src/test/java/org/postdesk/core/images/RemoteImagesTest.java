package org.postdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local HTTP server on 127.0.0.1 (no network needed). */
class RemoteImagesTest {
    private static final byte[] PNG = TestImages.png(4, 3, 0x00FF00);
    private static final byte[] JPEG = TestImages.jpeg(5, 5, 0x112233);

    @TempDir
    Path blog;

    private HttpServer server;
    private String base;
    private final AtomicInteger pngRequests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/img/cat.png", 200, "image/png", PNG);
        serve("/mmbiz_jpg/abc/640", 200, "image/jpeg", JPEG);
        serve("/missing.png", 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
        serve("/page.png", 200, "text/html", "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8));
        server.createContext("/moved.png", ex -> {
            ex.getResponseHeaders().add("Location", base + "/img/cat.png");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(String path, int status, String type, byte[] body) {
        server.createContext(path, ex -> {
            if (path.endsWith("cat.png")) {
                pngRequests.incrementAndGet();
            }
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private RemoteImages remote(long maxBytes) {
        LinkTemplate links = LinkTemplate.of("{{site.baseurl}}/postimg/{name}");
        ImageImporter importer = new ImageImporter(blog, Path.of("postimg"), links, ImportSettings.defaults());
        return new RemoteImages(importer, links, RemoteImages.defaultClient(), Duration.ofSeconds(10), maxBytes);
    }

    @Test
    void imagesAreDownloadedIntoTheBlogAndTheirLinksRewritten() throws IOException {
        String text = "# 标题\n\n![猫](" + base + "/img/cat.png)\n\n正文\n\n![](" + base + "/mmbiz_jpg/abc/640?wx_fmt=jpeg)\n"
                + "\nAgain: ![猫](" + base + "/img/cat.png)\n";
        List<int[]> steps = new ArrayList<>();
        RemoteImages.Outcome outcome = remote(ImportSettings.DEFAULT_LARGE_FILE)
                .download(text, "my-post", (done, total) -> steps.add(new int[] {done, total}), () -> false);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.total()).isEqualTo(2);
        assertThat(steps).hasSize(2);
        assertThat(pngRequests).hasValue(1);
        assertThat(blog.resolve("postimg/cat.png")).hasBinaryContent(PNG);
        assertThat(blog.resolve("postimg/my-post-1.jpg")).hasBinaryContent(JPEG);
        assertThat(outcome.applyTo(text)).isEqualTo("# 标题\n\n![猫]({{site.baseurl}}/postimg/cat.png)\n\n正文\n\n"
                + "![]({{site.baseurl}}/postimg/my-post-1.jpg)\n\nAgain: ![猫]({{site.baseurl}}/postimg/cat.png)\n");
    }

    @Test
    void aMissingImageAndAWebPageKeepTheirLinksWithASentenceEach() {
        String text = "![a](" + base + "/missing.png)\n![b](" + base + "/page.png)\n![c](" + base + "/moved.png)";
        RemoteImages.Outcome outcome = remote(ImportSettings.DEFAULT_LARGE_FILE).download(text, "p",
                RemoteImages.Progress.NONE, () -> false);

        assertThat(outcome.problems()).hasSize(2);
        assertThat(outcome.problems().get(0)).contains("/missing.png", "HTTP 404", "original link was kept");
        assertThat(outcome.problems().get(1)).contains("/page.png", "original link was kept", "Nothing was written");
        assertThat(outcome.applyTo(text)).isEqualTo("![a](" + base + "/missing.png)\n![b](" + base + "/page.png)\n"
                + "![c]({{site.baseurl}}/postimg/moved.png)");
        assertThat(blog.resolve("postimg/moved.png")).as("the redirect was followed").hasBinaryContent(PNG);
        assertThat(blog.resolve("postimg/page.png")).doesNotExist();
    }

    @Test
    void aDownloadOverTheLimitIsStoppedAndNothingIsWritten() {
        String text = "![](" + base + "/mmbiz_jpg/abc/640)";
        RemoteImages.Outcome outcome = remote(100).download(text, "p", RemoteImages.Progress.NONE, () -> false);
        assertThat(outcome.replacements()).isEmpty();
        assertThat(outcome.problems()).singleElement().asString().contains("more than the");
        assertThat(blog.resolve("postimg")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void aCancelledDownloadRewritesOnlyWhatArrived() {
        String text = "![](" + base + "/img/cat.png) ![](" + base + "/mmbiz_jpg/abc/640)";
        AtomicInteger asked = new AtomicInteger();
        RemoteImages.Outcome outcome = remote(ImportSettings.DEFAULT_LARGE_FILE).download(text, "p",
                RemoteImages.Progress.NONE, () -> asked.incrementAndGet() > 1);
        assertThat(outcome.cancelled()).isTrue();
        assertThat(outcome.applyTo(text)).isEqualTo("![]({{site.baseurl}}/postimg/cat.png) ![](" + base
                + "/mmbiz_jpg/abc/640)");
    }

    @Test
    void dataAddressesAndHtmlImagesAreSavedToo() throws IOException {
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);
        String text = "![x](" + data + ")\n<img src=\"" + base + "/img/cat.png\" width=\"10\">";
        RemoteImages.Outcome outcome = remote(ImportSettings.DEFAULT_LARGE_FILE).download(text, "post",
                RemoteImages.Progress.NONE, () -> false);
        assertThat(outcome.problems()).isEmpty();
        assertThat(Files.list(blog.resolve("postimg")).count()).isEqualTo(1);
        assertThat(outcome.applyTo(text)).isEqualTo("![x]({{site.baseurl}}/postimg/post-1.png)\n"
                + "<img src=\"{{site.baseurl}}/postimg/post-1.png\" width=\"10\">");
    }

    @Test
    void onlyImageAddressesAreRewrittenNotTheSameUrlInALink() {
        String url = "https://example.com/a.png";
        String text = "[see](" + url + ") ![](" + url + ")";
        assertThat(RemoteImages.rewrite(text, Map.of(url, "/postimg/a.png")))
                .isEqualTo("[see](" + url + ") ![](/postimg/a.png)");
    }
}
