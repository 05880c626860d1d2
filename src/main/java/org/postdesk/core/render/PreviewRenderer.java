package org.postdesk.core.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * The preview pipeline, one entry point: Liquid pass, Markdown with source lines, URL
 * resolution to the blog folder, sanitizing. Immutable and thread-safe: build one and share
 * it; each call keeps its state on its own stack.
 *
 * <p>It never returns an empty page for a non-empty post: if a step fails, the notes say so
 * and the text is shown with what still works.
 */
public final class PreviewRenderer {

    private final TemplatePass liquid;
    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer;

    public PreviewRenderer() {
        this(new LiquidLite());
    }

    public PreviewRenderer(TemplatePass liquid) {
        this.liquid = liquid;
        this.markdown = new MarkdownRenderer();
        this.sanitizer = new HtmlSanitizer();
    }

    /** The preview: the front-matter title as {@code <h1 class="pd-title">}, then the body. */
    public RenderResult render(RenderRequest request) {
        RenderResult body = renderBody(request);
        return new RenderResult(title(request) + body.html(), body.notes(), body.elapsed());
    }

    /** The body alone, as Jekyll converts it (what {@code postdesk render} prints). */
    public RenderResult renderBody(RenderRequest request) {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        TemplatePass.Result liquidResult = template(request, notes);
        String text = liquidResult.text();
        String body;
        try {
            List<Node> urlNodes = new ArrayList<>();
            Node document = markdown.parse(text, urlNodes);
            MarkdownRenderer.mapLines(document, liquidResult.lines());
            // resolves URLs, then sanitizes each node, with the nodes the parse listed (no extra walk)
            new PreviewUrls(new SiteUrlResolver(request.site(), request.files(), request.blogRoot()), sanitizer,
                    request.links())
                    .apply(urlNodes);
            body = markdown.render(document);
        } catch (RuntimeException e) {
            notes.add("The preview could not render this text (" + e + "); it is shown as plain text.");
            body = "<pre class=\"pd-fallback\">" + UrlText.escapeHtml(request.body()) + "</pre>\n";
        }
        return new RenderResult(body, notes, Duration.ofNanos(System.nanoTime() - start));
    }

    private TemplatePass.Result template(RenderRequest request, List<String> notes) {
        try {
            TemplatePass.Result result = liquid.apply(request.body(),
                    new TemplatePass.Context(request.page(), request.site(), request.links()));
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

    static int lineCount(String s) {
        int lines = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
