package org.postdesk.core.render;

import org.commonmark.node.Node;

/**
 * The preview body as it was made before the passes were merged: parse, a URL walk, a
 * sanitizer walk, render. The reference the one-walk pipeline must equal.
 */
final class SeparateWalks {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private SeparateWalks() {
    }

    static String body(RenderRequest request) {
        TemplatePass.Result liquid = new LiquidLite().apply(request.body(),
                new TemplatePass.Context(request.page(), request.site(), request.links()));
        Node document = MARKDOWN.parse(liquid.text());
        MarkdownRenderer.mapLines(document, liquid.lines());
        new PreviewUrls(new SiteUrlResolver(request.site(), request.files(), request.blogRoot()), request.links())
                .apply(document);
        new HtmlSanitizer().sanitize(document);
        return MARKDOWN.render(document);
    }
}
