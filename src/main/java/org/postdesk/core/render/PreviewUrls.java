package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.postdesk.core.render.kramdown.NodeSwap;

/**
 * Points the links and images of one parsed post at the blog folder ({@code file:} URLs), in
 * the Markdown AST and in the post's raw HTML ({@code <img src>}, {@code <a href>}, media
 * sources). Images whose file is missing get the class {@code pd-missing}, images found only
 * with other letter case {@code pd-wrong-case} (shown, since the author's disk finds them), and
 * targets outside the blog or unresolved tags lose their URL and get {@code pd-blocked} or
 * {@code pd-broken}. Each link and image is checked by the sanitizer right after its URL is
 * resolved; the raw HTML pieces are collected and go through {@link RawHtml} together at the end
 * (which resolves their URLs on the sanitizer's parsed attributes). One instance per render.
 */
final class PreviewUrls extends AbstractVisitor {

    static final String MISSING = "pd-missing";
    static final String WRONG_CASE = "pd-wrong-case";
    static final String BLOCKED = "pd-blocked";
    static final String BROKEN = "pd-broken";

    /** Marks a link to another post of the blog with its source path, for the preview to open. */
    static final String POST_ATTRIBUTE = "data-pd-post";

    private final SiteUrlResolver resolver;
    private final HtmlSanitizer sanitizer;
    private final SiteLinks links;
    private final RawHtmlWriter rawWriter;
    private final RawHtmlMemo memo;
    /** The raw HTML nodes met, sanitized together at the end of {@link #apply}. */
    private final List<Node> raw = new ArrayList<>();

    PreviewUrls(SiteUrlResolver resolver, SiteLinks links) {
        this(resolver, new HtmlSanitizer(), links, new RawHtmlMemo(0));
    }

    /**
     * Resolves links and images, checks their schemes with {@code sanitizer}, and sanitizes the
     * raw HTML (the sanitizer's work on raw HTML seen lately comes from {@code memo}).
     */
    PreviewUrls(SiteUrlResolver resolver, HtmlSanitizer sanitizer, SiteLinks links, RawHtmlMemo memo) {
        this.resolver = resolver;
        this.sanitizer = sanitizer;
        this.links = links;
        this.rawWriter = new RawHtmlWriter(resolver);
        this.memo = memo;
    }

    void apply(Node document) {
        document.accept(this);
        sanitizeRaw();
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
        sanitizeRaw();
    }

    /**
     * The post's raw HTML pieces, through the sanitizer as one stream in document order (the
     * parse lists raw HTML blocks after the inlines, so they are sorted by source position).
     */
    private void sanitizeRaw() {
        if (raw.isEmpty()) {
            return;
        }
        List<Node> nodes = new ArrayList<>(raw);
        raw.clear();
        if (nodes.size() > 1) {
            long[] keys = new long[nodes.size()];
            Integer[] order = new Integer[nodes.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = position(nodes.get(i));
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
            List<Node> sorted = new ArrayList<>(nodes.size());
            for (Integer i : order) {
                sorted.add(nodes.get(i));
            }
            nodes = sorted;
        }
        List<String> pieces = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            pieces.add(n instanceof HtmlBlock b ? b.getLiteral() : ((HtmlInline) n).getLiteral());
        }
        List<String> clean = RawHtml.sanitize(pieces, rawWriter, memo);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof HtmlBlock b) {
                b.setLiteral(clean.get(i));
            } else {
                ((HtmlInline) nodes.get(i)).setLiteral(clean.get(i));
            }
        }
    }

    /** Line and column of the nearest node at or above {@code node} with a source position. */
    private static long position(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return ((long) spans.get(0).getLineIndex() << 32) | spans.get(0).getColumnIndex();
            }
        }
        return 0;
    }

    @Override
    public void visit(Image image) {
        SiteTarget target = resolver.resolve(image.getDestination());
        switch (target.kind()) {
            case EXTERNAL -> image.setDestination(https(image.getDestination()));
            case FILE -> image.setDestination(target.fileUrl());
            case WRONG_CASE -> mark(image, target.fileUrl(), WRONG_CASE, target);
            case MISSING -> mark(image, target.fileUrl(), MISSING, target);
            case OUTSIDE -> mark(image, null, MISSING + " " + BLOCKED, target);
            case BROKEN_TAG -> mark(image, null, MISSING + " " + BROKEN, target);
        }
        if (image.getParent() != null) {
            sanitizer.sanitizeImage(image);
        }
    }

    /** A protocol-relative URL ({@code //host/x}) as the published site loads it: over https, never from the preview page's own scheme. */
    private static String https(String url) {
        return url != null && url.startsWith("//") ? "https:" + url : url;
    }

    private static void mark(Image image, String src, String cssClass, SiteTarget target) {
        NodeSwap.replace(image, new MarkedNodes.MarkedImage(src, image.getTitle(), cssClass, target.note()));
    }

    @Override
    public void visit(Link link) {
        visitChildren(link); // a linked image is common: resolve it first
        resolve(link);
    }

    private void resolve(Link link) {
        links.postAt(link.getDestination()).ifPresent(path -> MarkedNodes.OwnAttributes.on(link).set(POST_ATTRIBUTE, path));
        SiteTarget target = resolver.resolve(link.getDestination());
        switch (target.kind()) {
            case EXTERNAL -> link.setDestination(https(link.getDestination()));
            case FILE, WRONG_CASE, MISSING -> link.setDestination(target.fileUrl());
            case OUTSIDE -> NodeSwap.replace(link, new MarkedNodes.MarkedLink(BLOCKED, target.note()));
            case BROKEN_TAG -> NodeSwap.replace(link, new MarkedNodes.MarkedLink(BROKEN, target.note()));
        }
        if (link.getParent() != null) {
            sanitizer.sanitizeLink(link);
        }
    }

    @Override
    public void visit(HtmlBlock block) {
        raw.add(block);
    }

    @Override
    public void visit(HtmlInline inline) {
        raw.add(inline);
    }
}
