package org.postdesk.core.render;

import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Points the links and images of one parsed post at the blog folder ({@code file:} URLs), in
 * the Markdown AST and in the post's raw HTML ({@code <img src>}, {@code <a href>}, media
 * sources). Images whose file is missing get the class {@code pd-missing}, images found only
 * with other letter case {@code pd-wrong-case} (shown, since the author's disk finds them), and
 * targets outside the blog or unresolved tags lose their URL and get {@code pd-blocked} or
 * {@code pd-broken}. With a sanitizer, each node is sanitized right after its URLs are resolved,
 * in the same walk: the result is that of resolving the whole tree, then sanitizing it. One
 * instance per render.
 */
final class PreviewUrls extends AbstractVisitor {

    static final String MISSING = "pd-missing";
    static final String WRONG_CASE = "pd-wrong-case";
    static final String BLOCKED = "pd-blocked";
    static final String BROKEN = "pd-broken";

    private static final Set<String> SOURCE_ATTRS = Set.of("src", "poster", "background", "lowsrc", "dynsrc", "data");

    /** Marks a link to another post of the blog with its source path, for the preview to open. */
    static final String POST_ATTRIBUTE = "data-pd-post";

    private final SiteUrlResolver resolver;
    private final HtmlSanitizer sanitizer;
    private final SiteLinks links;
    private final HtmlScanner.Handler rawHtml = new HtmlScanner.Handler() {
        @Override
        public String onTag(HtmlTag tag, int offset) {
            return rewriteTag(tag);
        }

        @Override
        public String onRawText(String element, String text) {
            if (!element.equals("style")) {
                return null;
            }
            String css = CssUrls.rewrite(text, PreviewUrls.this::cssUrl);
            return css.equals(text) ? null : css;
        }
    };

    /** True once the one-scan handler met a raw-text element (see {@link #rewriteAndSanitize}). */
    private boolean sawRawText;

    /** Rewrites each tag's URLs, then sanitizes the same tag, in one scan. */
    private final HtmlScanner.Handler rewriteThenSanitize = new HtmlScanner.Handler() {
        @Override
        public String onTag(HtmlTag tag, int offset) {
            if (!tag.end && HtmlScanner.RAW_TEXT.contains(tag.name)) {
                sawRawText = true;
            }
            String rewritten = rewriteTag(tag);
            String sanitized = HtmlSanitizer.sanitizeTag(tag);
            return sanitized != null ? sanitized : rewritten;
        }

        @Override
        public boolean dropElement(HtmlTag start) {
            sawRawText = true;
            return HtmlSanitizer.dropsElement(start);
        }

        @Override
        public boolean keepNonTags() {
            return false;
        }
    };

    PreviewUrls(SiteUrlResolver resolver, SiteLinks links) {
        this(resolver, null, links);
    }

    /** Resolves and, when {@code sanitizer} is not null, sanitizes in one walk. */
    PreviewUrls(SiteUrlResolver resolver, HtmlSanitizer sanitizer, SiteLinks links) {
        this.resolver = resolver;
        this.sanitizer = sanitizer;
        this.links = links;
    }

    void apply(Node document) {
        document.accept(this);
    }

    /**
     * The same for the nodes {@link MarkdownRenderer#parse(String, List)} listed (links after
     * their children), without walking the tree again.
     */
    void apply(List<Node> urlNodes) {
        for (Node node : urlNodes) {
            if (node instanceof Link link) {
                resolve(link);
            } else if (node instanceof Image image) {
                visit(image);
            } else if (node instanceof HtmlBlock block) {
                visit(block);
            } else if (node instanceof HtmlInline inline) {
                visit(inline);
            }
        }
    }

    @Override
    public void visit(Image image) {
        SiteTarget target = resolver.resolve(image.getDestination());
        switch (target.kind()) {
            case EXTERNAL -> { }
            case FILE -> image.setDestination(target.fileUrl());
            case WRONG_CASE -> mark(image, target.fileUrl(), WRONG_CASE, target);
            case MISSING -> mark(image, target.fileUrl(), MISSING, target);
            case OUTSIDE -> mark(image, null, MISSING + " " + BLOCKED, target);
            case BROKEN_TAG -> mark(image, null, MISSING + " " + BROKEN, target);
        }
        if (sanitizer != null && image.getParent() != null) {
            sanitizer.sanitizeImage(image);
        }
    }

    private static void mark(Image image, String src, String cssClass, SiteTarget target) {
        MarkedNodes.replace(image, new MarkedNodes.MarkedImage(src, image.getTitle(), cssClass, target.note()));
    }

    @Override
    public void visit(Link link) {
        visitChildren(link); // a linked image is common: resolve it first
        resolve(link);
    }

    private void resolve(Link link) {
        links.postAt(link.getDestination()).ifPresent(path -> IalAttributes.on(link).setOwn(POST_ATTRIBUTE, path));
        SiteTarget target = resolver.resolve(link.getDestination());
        switch (target.kind()) {
            case EXTERNAL -> { }
            case FILE, WRONG_CASE, MISSING -> link.setDestination(target.fileUrl());
            case OUTSIDE -> MarkedNodes.replace(link, new MarkedNodes.MarkedLink(BLOCKED, target.note()));
            case BROKEN_TAG -> MarkedNodes.replace(link, new MarkedNodes.MarkedLink(BROKEN, target.note()));
        }
        if (sanitizer != null && link.getParent() != null) {
            sanitizer.sanitizeLink(link);
        }
    }

    @Override
    public void visit(HtmlBlock block) {
        block.setLiteral(rewriteAndSanitize(block.getLiteral()));
    }

    @Override
    public void visit(HtmlInline inline) {
        inline.setLiteral(rewriteAndSanitize(inline.getLiteral()));
    }

    /**
     * The URLs of one piece of raw HTML resolved, then the piece sanitized. Both passes see the
     * same tags at the same places, so one scan that rewrites and then sanitizes each tag gives
     * the same text, except around raw-text elements (script, style, iframe...), whose content
     * each pass skips or scans by its own rules: a piece with one is done in two passes.
     */
    private String rewriteAndSanitize(String html) {
        if (sanitizer == null) {
            return HtmlScanner.rewrite(html, rawHtml);
        }
        sawRawText = false;
        String once = HtmlScanner.rewrite(html, rewriteThenSanitize);
        if (!sawRawText) {
            return once;
        }
        return sanitizer.sanitize(HtmlScanner.rewrite(html, rawHtml));
    }

    /** Where a URL in the post's CSS points in the preview: the web, data, or a file in the blog. */
    private String cssUrl(String url) {
        if (CssUrls.isWebOrData(url)) {
            return url;
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash) && !url.regionMatches(true, 0, "file:", 0, 5)) {
            return null; // another scheme
        }
        SiteTarget target = resolver.resolve(url);
        return switch (target.kind()) {
            case FILE, WRONG_CASE, MISSING -> target.fileUrl();
            default -> null;
        };
    }

    /** Rewrites the URL attributes of one raw HTML tag; null when nothing changes. */
    private String rewriteTag(HtmlTag tag) {
        if (tag.end) {
            return null;
        }
        String style = tag.get("style");
        if (style != null) {
            String css = CssUrls.rewrite(style, this::cssUrl);
            if (!css.equals(style)) {
                tag.set("style", css);
            }
        }
        boolean image = tag.name.equals("img");
        for (String attr : tag.name.equals("a") ? Set.of("href") : SOURCE_ATTRS) {
            String value = tag.get(attr);
            if (value == null) {
                continue;
            }
            SiteTarget target = resolver.resolve(value);
            switch (target.kind()) {
                case EXTERNAL -> { }
                case FILE -> tag.set(attr, target.fileUrl());
                case WRONG_CASE, MISSING -> {
                    tag.set(attr, target.fileUrl());
                    if (image && attr.equals("src")) {
                        tag.addClass(target.kind() == SiteTarget.Kind.MISSING ? MISSING : WRONG_CASE);
                        tag.set("title", target.note());
                    }
                }
                case OUTSIDE, BROKEN_TAG -> {
                    tag.remove(attr);
                    tag.addClass((image ? MISSING + " " : "")
                            + (target.kind() == SiteTarget.Kind.OUTSIDE ? BLOCKED : BROKEN));
                    tag.set("title", target.note());
                }
            }
        }
        return tag.changed() ? tag.toHtml() : null;
    }
}
