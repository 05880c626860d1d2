package org.postdesk.core.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;

/**
 * The preview pipeline, one entry point: Liquid pass, Markdown with source lines, URL
 * resolution to the blog folder, sanitizing. Thread-safe: build one and share it; each call
 * keeps its state on its own stack, except the sanitizer's work on raw HTML seen lately
 * ({@link RawHtmlMemo}, synchronized), which the renders of one post share.
 *
 * <p>It never returns an empty page for a non-empty post: if a step fails, the notes say so
 * and the text is shown with what still works.
 */
public final class PreviewRenderer {

    private final TemplatePass liquid;
    private final FlavourRenderers markdown;
    private final HtmlSanitizer sanitizer;
    private final RawHtmlMemo rawMemo = new RawHtmlMemo();

    /**
     * With {@code liquid} and {@code flavour} for requests that bring no template pass or flavour
     * of their own (a file outside any blog): the window and the command line give their fallback
     * generator's. A blog's requests bring their site's ({@link RenderRequest#template()},
     * {@link RenderRequest#flavour()}); docs/decisions/0029, step 3.
     */
    public PreviewRenderer(TemplatePass liquid, MarkdownFlavour flavour) {
        this.liquid = liquid;
        this.markdown = new FlavourRenderers(flavour, IncludeSourceSpans.BLOCKS, true);
        this.sanitizer = new HtmlSanitizer();
    }

    /** The preview: the front-matter title as {@code <h1 class="pd-title">}, then the body. */
    public RenderResult render(RenderRequest request) {
        return render(request, title(request));
    }

    /** The body alone, as Jekyll converts it (what {@code postdesk render} prints). */
    public RenderResult renderBody(RenderRequest request) {
        return render(request, "");
    }

    /** {@code head}, then the body, written into one buffer sized for the whole page (no regrowing, no concatenation). */
    private RenderResult render(RenderRequest request, String head) {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        TemplatePass.Result liquidResult = template(request, notes);
        String text = liquidResult.text();
        String html;
        try {
            MarkdownRenderer markdown = this.markdown.of(request.flavour());
            List<Node> urlNodes = new ArrayList<>();
            Node document = markdown.parse(text, urlNodes);
            MarkdownRenderer.mapLines(document, liquidResult.lines());
            // resolves URLs, then sanitizes each node, with the nodes the parse listed (no extra walk)
            new PreviewUrls(new SiteUrlResolver(request.site(), request.files(), request.blogRoot()), sanitizer,
                    request.links(), rawMemo)
                    .apply(urlNodes);
            StringBuilder out = new StringBuilder(head.length() + MarkdownRenderer.expectedHtmlLength(text));
            markdown.render(document, text, out.append(head));
            html = out.toString();
        } catch (RuntimeException e) {
            notes.add("The preview could not render this text (" + e + "); it is shown as plain text.");
            html = head + "<pre class=\"pd-fallback\">" + UrlText.escapeHtml(request.body()) + "</pre>\n";
        }
        return new RenderResult(html, notes, Duration.ofNanos(System.nanoTime() - start));
    }

    private TemplatePass.Result template(RenderRequest request, List<String> notes) {
        try {
            TemplatePass pass = request.template() != null ? request.template() : liquid;
            TemplatePass.Result result = pass.apply(request.body(),
                    new TemplatePass.Context(request.page(), request.site(), request.links(), request.files()));
            notes.addAll(result.notes());
            if (result.text() != request.body() && result.lines().isIdentity()
                    && lineCount(result.text()) != lineCount(request.body())) {
                notes.add("The Liquid step changed the number of lines, so scrolling may drift.");
            }
            return result;
        } catch (RuntimeException | StackOverflowError e) {
            notes.add("The Liquid step failed (" + e + "); the preview shows the text without it.");
            return new TemplatePass.Result(request.body(), List.of());
        }
    }

    private static String title(RenderRequest request) {
        Object title = request.page().get("title");
        if (title == null || title.toString().isBlank()) {
            return "";
        }
        return "<h1 class=\"pd-title\">" + UrlText.escapeHtml(title.toString().strip()) + "</h1>\n";
    }

    /** Lines as the editor counts them: {@code \n}, {@code \r\n} and a lone {@code \r} each end one. */
    static int lineCount(String s) {
        int lines = 1;
        // indexOf is vectorized: count the line feeds, then only the carriage returns not before one
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            lines++;
        }
        for (int i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) {
            if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                lines++;
            }
        }
        return lines;
    }
}
