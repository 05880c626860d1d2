package org.postdesk.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.postdesk.SharedFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.render.kramdown.KramdownFlavour;
import org.postdesk.core.render.kramdown.ParseOptions;

/**
 * Most texts get the kramdown walk while commonmark parses them (one tree walk less). Whatever a
 * post holds (tables kramdown reads inside a paragraph, list items' paragraphs, raw HTML blocks,
 * attribute lists), the result must be the one the walk over the finished tree makes.
 */
class InlineWalkEquivalenceTest {

    private static final Path CORPUS = SharedFolders.corpus();
    private final MarkdownRenderer markdown = new MarkdownRenderer(KramdownFlavour.INSTANCE);

    @Test
    void walkWhileParsingEqualsWalkAfterOnTheCaseTables() throws IOException {
        for (String table : List.of("/render/cases.md", "/render/jekyll-cases.md")) {
            try (var in = getClass().getResourceAsStream(table)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // the whole table as one text, and each case on its own
                assertSame(text);
                for (String section : text.split("\n### ")) {
                    int fence = section.indexOf("\n--- ");
                    assertSame(fence < 0 ? section : section.substring(section.indexOf('\n') + 1, Math.max(section.indexOf('\n') + 1, fence)));
                }
            }
        }
    }

    @Test
    void walkWhileParsingEqualsWalkAfterOnEveryCorpusPost() throws IOException {
        SharedFolders.assumePresent(Files.isDirectory(CORPUS), CORPUS);
        List<Path> posts;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            posts = files.filter(p -> p.toString().contains("/_posts/") || p.toString().contains("/_drafts/"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(posts).hasSizeGreaterThan(1000);
        for (Path post : posts) {
            PostDocument doc = PostDocument.parse(Files.readAllBytes(post));
            if (doc.readOnlyReason().isEmpty()) {
                assertSame(doc.body());
            }
        }
    }

    private void assertSame(String text) {
        String whileParsing = markdown.render(KramdownFlavour.INSTANCE.parse(text, null, ParseOptions.FASTEST));
        String after = markdown.render(KramdownFlavour.INSTANCE.parse(text, null, ParseOptions.FASTEST.withWalkAfterParse()));
        assertThat(whileParsing).as(text.length() > 200 ? text.substring(0, 200) : text).isEqualTo(after);
    }
}
