package org.postdesk.core.render;

import org.commonmark.node.Node;
import org.postdesk.core.render.kramdown.KramdownFlavour;
import org.postdesk.core.render.liquid.LiquidLite;

/**
 * The preview body made with full-tree walks instead of the list the parse makes: parse, one
 * walk that resolves links and images and collects the raw HTML (sanitized at the end), render.
 * The reference the one-walk pipeline must equal.
 */
final class SeparateWalks {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(KramdownFlavour.INSTANCE);

    private SeparateWalks() {
    }

    static String body(RenderRequest request) {
        TemplatePass.Result liquid = new LiquidLite().apply(request.body(),
                new TemplatePass.Context(request.page(), request.site(), request.links()));
        Node document = MARKDOWN.parse(liquid.text());
        MarkdownRenderer.mapLines(document, liquid.lines());
        new PreviewUrls(new SiteUrlResolver(request.site(), request.files(), request.blogRoot()), request.links())
                .apply(document);
        return MARKDOWN.render(document);
    }
}
