package org.postdesk.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonmark.Extension;
import org.commonmark.parser.IncludeSourceSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.JekyllEngines;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.RenderResult;

/**
 * The Markdown flavour is the site's, not the renderer's: one shared renderer writes a Notes site's
 * text in plain CommonMark and a Jekyll blog's in kramdown (docs/decisions/0029, step 3).
 */
class MarkdownFlavourSeamTest {

    /** kramdown-only syntax (a block attribute list), a GFM table, and a local image. */
    private static final String BODY = "Wide paragraph\n{:.wide}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![cat](/pictures/cat.png)\n";

    private final Generators withNotes = Generators.standard().plus(new NotesGenerator());
    private final PreviewRenderer shared = JekyllEngines.previewRenderer();

    @TempDir
    Path dir;

    private Site notes() throws Exception {
        Path root = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(root.resolve(".notes"), "");
        return withNotes.open(root);
    }

    private Site jekyll() throws Exception {
        Path root = Files.createDirectories(dir.resolve("jekyll/_posts"));
        return withNotes.open(root.getParent());
    }

    private String render(Site site, String body) {
        RenderRequest request = new PreviewContext(site.folder(), List.of()).request(body, Map.of());
        return shared.renderBody(request).html();
    }

    @Test
    void eachSiteRendersInItsOwnFlavourThroughOneRenderer() throws Exception {
        Site notes = notes();
        Site jekyll = jekyll();
        assertThat(notes.markdownFlavour().name()).isEqualTo("commonmark");
        assertThat(jekyll.markdownFlavour().name()).isEqualTo("kramdown");

        String plain = render(notes, BODY);
        assertThat(plain).contains("Wide paragraph\n{:.wide}</p>").doesNotContain("class=\"wide\"")
                .doesNotContain("<table").contains("| a | b |");
        String kramdown = render(jekyll, BODY);
        assertThat(kramdown).contains("<p class=\"wide\" data-line=\"0\">Wide paragraph</p>").contains("<table")
                .doesNotContain("{:.wide}");
        // the URL pass and data-line are the pipeline's, so they work in either flavour
        assertThat(plain).contains("src=\"" + notes.folder().root().toUri() + "pictures/cat.png\"")
                .contains("No file pictures/cat.png in the blog folder.").contains("data-line=\"0\"");

        // the same renderer again, in the other order: nothing of one flavour stays with the other
        assertThat(render(jekyll, BODY)).isEqualTo(kramdown);
        assertThat(render(notes, BODY)).isEqualTo(plain);
    }

    @Test
    void aFileOutsideAnySiteGetsTheRenderersOwnFlavour() throws Exception {
        Generator notesFirst = withNotes.recognise(notes().folder().root()).orElseThrow();
        RenderRequest stray = new RenderRequest(BODY, Map.of(), Map.of(), dir, BlogFiles.NONE);
        String plain = new PreviewRenderer(notesFirst.templatePass(), notesFirst.markdownFlavour()).renderBody(stray)
                .html();
        assertThat(plain).contains("{:.wide}").doesNotContain("<table");
        Generator fallback = Generators.standard().fallback();
        String kramdown = new PreviewRenderer(fallback.templatePass(), fallback.markdownFlavour()).renderBody(stray)
                .html();
        assertThat(kramdown).contains("class=\"wide\"").contains("<table");
        assertThat(shared.renderBody(stray).html()).isEqualTo(kramdown);
    }

    @Test
    void rendersOfBothFlavoursAtOnceGiveWhatTheyGiveAlone() throws Exception {
        Site notes = notes();
        Site jekyll = jekyll();
        String plain = render(notes, BODY);
        String kramdown = render(jekyll, BODY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean even = i % 2 == 0;
                same.add(pool.submit(() -> even ? render(notes, BODY).equals(plain) : render(jekyll, BODY).equals(kramdown)));
            }
            for (Future<Boolean> f : same) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFlavourThatFailsShowsTheTextAndSaysSoInsteadOfAnEmptyPage() {
        MarkdownFlavour broken = new MarkdownFlavour() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public TextParser parser(IncludeSourceSpans spans) {
                return (markdown, urlNodes) -> {
                    throw new IllegalStateException("no parse today");
                };
            }

            @Override
            public List<Extension> rendererExtensions() {
                return List.of();
            }
        };
        RenderRequest request = new RenderRequest("<b>bold</b> & text", Map.of(), Map.of(), dir, BlogFiles.NONE,
                null, null, broken);
        RenderResult result = shared.renderBody(request);
        assertThat(result.html()).contains("&lt;b&gt;bold&lt;/b&gt; &amp; text").doesNotContain("<b>");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("The preview could not render this text"));
    }
}
