package org.postdesk.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases in src/test/resources/convert: NAME.html goes in, NAME.md must come out. */
class HtmlToMarkdownTest {
    private final HtmlToMarkdown converter = new HtmlToMarkdown();

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(HtmlToMarkdownTest.class.getResource("/convert").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsTheCase(String name) throws IOException, URISyntaxException {
        Path dir = Path.of(HtmlToMarkdownTest.class.getResource("/convert").toURI());
        String html = Files.readString(dir.resolve(name + ".html"), StandardCharsets.UTF_8);
        String expected = Files.readString(dir.resolve(name + ".md"), StandardCharsets.UTF_8).stripTrailing();
        assertThat(converter.convert(html)).isEqualTo(expected);
    }

    @Test
    void theCaseTableIsNotEmpty() throws IOException, URISyntaxException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void chineseLinesJoinedInTheSourceGetNoSpaceButLatinWordsDo() {
        assertThat(converter.convert("<p>中文\n段落 and\nEnglish</p>")).isEqualTo("中文段落 and English");
    }

    @Test
    void windowsClipboardHeaderIsIgnored() {
        String cfHtml = "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n"
                + "<html><body><!--StartFragment--><p>你好 <b>world</b></p><!--EndFragment--></body></html>";
        assertThat(converter.convert(cfHtml)).isEqualTo("你好 **world**");
    }

    @Test
    void onlyStructuredHtmlCountsAsStructure() {
        assertThat(converter.hasStructure("<span style='color:red'>plain code text</span>")).isFalse();
        assertThat(converter.hasStructure("<p>para</p>")).isTrue();
    }

    @Test
    void emptyOrScriptOnlyHtmlGivesNothing() {
        assertThat(converter.convert("<script>x()</script><!-- c --><p> </p>")).isEmpty();
    }
}
