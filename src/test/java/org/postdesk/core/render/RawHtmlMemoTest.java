package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * The renderer remembers the sanitizer's work on raw HTML it saw lately; what it must never
 * remember is the verdict on a URL, which depends on the blog folder as it is now.
 */
class RawHtmlMemoTest {

    private static final Path BLOG = Path.of("/blog").toAbsolutePath();
    private static final String POST = """
            Some *Markdown* first.

            <div align="center"><img src="/img/a.png" style="background:url(/img/a.png)"></div>

            a <span style="color:red">*x* ![i](/img/a.png)</span> b <a href="/img/a.png">a</a>

            <script>alert(1)</script><noscript><img src="file:///etc/passwd"></noscript>
            <video style="aspect-ratio: 16/9" src="/img/v.mp4" controls></video>
            """;

    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final BlogFiles blog = rel -> files.contains(rel) ? Optional.of(rel) : Optional.empty();

    private RenderRequest request(String body) {
        return new RenderRequest(body, Map.of(), Map.of(), BLOG, blog);
    }

    private static int missing(String html) {
        return html.split(PreviewUrls.MISSING, -1).length - 1;
    }

    @Test
    void aRememberedRenderIsTheSameAsAFreshOne() {
        files.add("img/a.png");
        PreviewRenderer shared = JekyllEngines.previewRenderer();
        String first = shared.renderBody(request(POST)).html();
        String second = shared.renderBody(request(POST)).html();
        String fresh = JekyllEngines.previewRenderer().renderBody(request(POST)).html();
        assertThat(second).isEqualTo(first).isEqualTo(fresh);
        assertThat(second).doesNotContain("alert").doesNotContain("src=\"file:///etc").contains("aspect-ratio");
    }

    @Test
    void aFileThatGoesMissingBetweenRendersIsJudgedAfresh() {
        files.add("img/a.png");
        PreviewRenderer shared = JekyllEngines.previewRenderer();
        String before = shared.renderBody(request(POST)).html();
        files.remove("img/a.png");
        String after = shared.renderBody(request(POST)).html();
        assertThat(after).isNotEqualTo(before).isEqualTo(JekyllEngines.previewRenderer().renderBody(request(POST)).html());
        assertThat(missing(after)).as("the raw image and the Markdown one").isEqualTo(missing(before) + 2);
    }

    @Test
    void typingInTheMarkdownReusesTheSanitizedHtmlTypingInTheHtmlDoesNot() {
        RawHtmlMemo memo = new RawHtmlMemo();
        String html = "<b>x</b>";
        var first = memo.events(html, r -> {
            org.owasp.html.HtmlSanitizer.sanitize(html, RawHtml.POLICY.apply(r));
            return null;
        });
        assertThat(memo.events(new String(html.toCharArray()), r -> {
            throw new AssertionError("the same raw HTML is not sanitized again");
        })).isSameAs(first);
        assertThat(memo.events("<b>y</b>", r -> {
            r.text("y");
            return null;
        })).as("other HTML is sanitized").isNotSameAs(first);
    }

    @Test
    void theMemoIsBounded() {
        RawHtmlMemo memo = new RawHtmlMemo(3);
        Function<HtmlStreamEventReceiver, ?> text = r -> {
            r.text("t");
            return null;
        };
        var kept = memo.events("<i>0</i>", text);
        assertThat(memo.events("<i>0</i>", text)).isSameAs(kept);
        for (int i = 1; i <= 3; i++) {
            memo.events("<i>" + i + "</i>", text);
        }
        assertThat(memo.events("<i>0</i>", text)).as("the oldest went out").isNotSameAs(kept);
        RawHtmlMemo none = new RawHtmlMemo(0);
        assertThat(none.events("<i>0</i>", text)).isNotSameAs(none.events("<i>0</i>", text));
    }
}
