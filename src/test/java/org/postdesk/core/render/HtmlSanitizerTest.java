package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <script>alert(1)</script>ok                              | ok
            <SCRIPT type="text/javascript">alert(1)</SCRIPT >ok      | ok
            <script>unclosed alert(1)                                | ``
            <img src=x onerror=alert(1)>                             | <img src="x">
            <img src="x" / onerror="alert(1)">                       | <img src="x">
            <a href="javascript:alert(1)">x</a>                      | <a>x</a>
            <a href=" java&#x09;script:alert(1)">x</a>               | <a>x</a>
            <a href="vbscript:msgbox(1)">x</a>                       | <a>x</a>
            <a href="data:text/html,<script>alert(1)</script>">x</a> | <a>x</a>
            <img src="data:image/png;base64,AAAA">                   | <img src="data:image/png;base64,AAAA">
            <a href="https://example.com/?a=1&amp;b=2">x</a>         | <a href="https://example.com/?a=1&amp;b=2">x</a>
            <a href="/about/">x</a>                                  | <a href="/about/">x</a>
            <iframe src="file:///etc/passwd"></iframe>               | <iframe></iframe>
            <iframe srcdoc="<script>alert(1)</script>"></iframe>     | <iframe></iframe>
            <object data="x.swf"></object><embed src="x">ok          | ok
            <svg><script>alert(1)</script></svg>ok                   | ok
            <noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript> | <p title="&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;">
            <!-- <img src=x onerror=alert(1)> -->ok                  | ok
            <meta http-equiv="refresh" content="0;url=https://x">ok  | ok
            <p data-line="3">plain</p>                               | <p data-line="3">plain</p>
            """)
    void sanitizes(String html, String expected) {
        assertThat(sanitizer.sanitize(html)).isEqualTo(expected);
    }

    @Test
    void styleContentIsNotTakenForTags() {
        String html = "<style>p { color: red }</style><p>x</p>";
        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void unchangedHtmlIsReturnedAsIs() {
        String html = "<p data-line=\"0\">a &lt; b</p>\n";
        assertThat(sanitizer.sanitize(html)).isSameAs(html);
    }
}
