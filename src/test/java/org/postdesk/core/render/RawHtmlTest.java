package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The raw HTML wall (RawHtml + RawHtmlWriter): one piece, and a post's pieces as one stream. */
class RawHtmlTest {

    private static final Path BLOG = Path.of("/blog").toAbsolutePath();
    private static final BlogFiles FILES = new ListBlogFiles(List.of("img/x.png"));

    private static String clean(String html) {
        return RawHtml.sanitize(List.of(html), writer()).get(0);
    }

    private static RawHtmlWriter writer() {
        return new RawHtmlWriter(new SiteUrlResolver(Map.of(), FILES, BLOG));
    }

    private static String render(String body) {
        return JekyllEngines.previewRenderer().renderBody(new RenderRequest(body, Map.of(), Map.of(), BLOG, FILES)).html();
    }

    private static String root() {
        return new SiteUrlResolver(Map.of(), BlogFiles.NONE, BLOG).resolve("/").fileUrl();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <script>alert(1)</script>ok                              | alert
            <SCRIPT type="text/javascript">alert(1)</SCRIPT >ok      | alert
            <script>unclosed alert(1)                                | alert
            <img src=x onerror=alert(1)>                             | onerror
            <img src="x" / onerror="alert(1)">                       | onerror
            <a href="javascript:alert(1)">x</a>                      | javascript
            <a href=" java&#x09;script:alert(1)">x</a>               | script:
            <a href="vbscript:msgbox(1)">x</a>                       | vbscript
            <a href="data:text/html,<script>alert(1)</script>">x</a> | data:text
            <iframe src="file:///etc/passwd"></iframe>               | src=
            <iframe srcdoc="<script>alert(1)</script>"></iframe>     | srcdoc
            <object data="x.swf"></object><embed src="x">ok          | <object
            <svg><image href="/img/x.png"/></svg>ok                  | <svg
            <noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript> | <img
            <!-- <img src=x onerror=alert(1)> -->ok                  | <!--
            <meta http-equiv="refresh" content="0;url=https://x">ok  | <meta
            <base href="file:///etc/">ok                             | <base
            <link rel="stylesheet" href="/x.css">ok                  | <link
            <style>p { color: red }</style>ok                        | <style
            <xmp><img src="file:///etc/passwd"></xmp>                | <img
            <textarea><img src="file:///etc/passwd"></textarea>      | <img
            <div style="background:url(\\66 ile:///etc/passwd)">d</div> | file:
            <div style="background:url(&#x66;ile:///etc/passwd)">d</div> | file:
            <img srcset="file:///etc/passwd 2x" src="/img/x.png">    | srcset
            """)
    void hostileHtmlLosesItsHostilePart(String html, String gone) {
        assertThat(clean(html)).doesNotContainIgnoringCase(gone);
    }

    @Test
    void whatPostsUseStays() {
        assertThat(clean("<p data-line=\"3\" class=\"c\" id=\"i\">plain &amp; <b>bold</b></p>"))
                .isEqualTo("<p class=\"c\" id=\"i\">plain &amp; <b>bold</b></p>");
        assertThat(clean("<img src=\"data:image/png;base64,AAAA\">")).isEqualTo("<img src=\"data:image/png;base64,AAAA\">");
        assertThat(clean("<a href=\"https://example.com/?a=1&amp;b=2\">x</a>"))
                .isEqualTo("<a href=\"https://example.com/?a=1&amp;b=2\">x</a>");
        assertThat(clean("<iframe src=\"https://player.example.com/v\" width=\"500\" allowfullscreen></iframe>"))
                .contains("src=\"https://player.example.com/v\"").contains("width=\"500\"");
        assertThat(clean("<span style=\"color:red; text-align: center\">s</span>"))
                .isEqualTo("<span style=\"color:red;text-align:center\">s</span>");
        assertThat(clean("<details open><summary>s</summary>d</details>")).contains("<details").contains("<summary>s</summary>");
        assertThat(clean("<xmp>a <b>tag</b></xmp>")).isEqualTo("a &lt;b&gt;tag&lt;/b&gt;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            aspect-ratio: 1280/720 auto;   | aspect-ratio:1280 / 720 auto
            aspect-ratio: 16 / 9           | aspect-ratio:16 / 9
            aspect-ratio: auto             | aspect-ratio:auto
            aspect-ratio: 1.7778           | aspect-ratio:1.7778
            ASPECT-RATIO: 4/3              | aspect-ratio:4 / 3
            """)
    void aVideoKeepsItsFrameShape(String style, String kept) {
        // the apqx video posts: <video style="aspect-ratio: 1280/720 auto;">
        assertThat(clean("<video style=\"" + style + "\" controls></video>")).contains("style=\"" + kept + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            aspect-ratio: url(file:///etc/passwd)            | url
            aspect-ratio: 1/1 url(/img/x.png)                | url
            aspect-ratio: expression(alert(1))               | expression
            aspect-ratio: 1/1; background: url(file:///etc/passwd) | file:
            aspect-ratio: "16/9"                             | 16
            aspect-ratio: var(--x)                           | var
            aspect-ratio: calc(16/9)                         | calc
            aspect-ratio: attr(data-x)                       | attr
            aspect-ratio: \\75 rl(file:///etc/passwd)        | file:
            aspect-ratio: -1/1                               | -1
            transition: opacity 1s                           | transition
            """)
    void aFrameShapeCarriesNothingElse(String style, String gone) {
        String out = clean("<div style=\"" + style + "\">d</div>");
        assertThat(out).doesNotContainIgnoringCase(gone).contains(">d</div>");
    }

    @Test
    void urlsAreResolvedOnTheDecodedAttribute() {
        assertThat(clean("<img src=\"&#x2F;img&#x2F;x.png\">")).isEqualTo("<img src=\"" + root() + "img/x.png\">");
        assertThat(clean("<div style=\"background:url(/img/x.png)\">d</div>")).contains(root() + "img/x.png");
        assertThat(clean("<img src=\"/img/gone.png\">")).contains("pd-missing");
        assertThat(clean("<img src=\"../../etc/passwd\">")).contains("pd-blocked").doesNotContain("src=");
        assertThat(clean("<img src=\"//cdn.example.com/a.png\">")).contains("src=\"https://cdn.example.com/a.png\"");
    }

    @Test
    void anElementOpenedInOnePieceAndClosedInAnotherStaysOne() {
        String html = render("a <span style=\"color:red\">*x* ![i](/img/x.png)</span> b\n");
        assertThat(html).startsWith("<p data-line=\"0\">a <span style=\"color:red\"><em>x</em> <img src=\"" + root()
                + "img/x.png\" alt=\"i\" /></span> b</p>");
    }

    @Test
    void piecesThatCannotBeJoinedAreSanitizedAlone() {
        // the first piece ends inside a tag: the cut is lost in an attribute, each piece goes alone
        List<String> out = RawHtml.sanitize(List.of("<div title=\"x", "<img src=\"/img/x.png\">"), writer());
        assertThat(out).hasSize(2);
        assertThat(out.get(1)).isEqualTo("<img src=\"" + root() + "img/x.png\">");
        // a dropped element swallows the cut: alone again, and the script stays out
        out = RawHtml.sanitize(List.of("<script>", "<img src=x onerror=alert(1)>", "</script>ok"), writer());
        assertThat(out).hasSize(3);
        assertThat(String.join("", out)).doesNotContain("<script").doesNotContain("onerror");
    }

    @Test
    void markdownBetweenRawPiecesNeverBecomesATag() {
        String html = render("<textarea>\n\n*a* <img src=\"file:///etc/passwd\">\n\n</textarea>\n\nafter\n");
        assertThat(html).doesNotContain("<textarea").doesNotContain("<img");
    }
}
