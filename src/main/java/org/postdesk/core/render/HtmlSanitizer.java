package org.postdesk.core.render;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Makes a post safe to show: no script of the post runs in the preview. Works on the parsed
 * document before rendering: the post's own HTML (raw HTML blocks and inline tags, tokenized as
 * a browser does) and the destinations of Markdown links and images. Everything else in the
 * output is written by commonmark, which escapes text and attributes. Each raw HTML piece is
 * made self-contained: unfinished tags, comments and unclosed raw-text elements are dropped,
 * so no piece can change how the next one is read.
 *
 * <ul>
 *   <li>{@code <script>} elements are removed with their content;</li>
 *   <li>tags that load or run active content or change parsing are removed, their content kept:
 *       {@code object embed applet base meta link frame frameset noscript noembed noframes xmp
 *       plaintext svg math};</li>
 *   <li>{@code on*} and {@code srcdoc} attributes are removed;</li>
 *   <li>URL attributes keep only http(s), mailto, tel, ftp and file URLs ({@code data:image/}
 *       for images); {@code javascript:} and other schemes lose the attribute; an
 *       {@code iframe} keeps only an http(s) source;</li>
 *   <li>{@code <} and {@code >} inside attribute values are escaped;</li>
 *   <li>comments and doctypes are removed.</li>
 * </ul>
 *
 * Basic by design for now (see docs/decisions/0003). Stateless and thread-safe.
 */
public final class HtmlSanitizer {

    private static final Set<String> DROPPED_TAGS = Set.of("object", "embed", "applet", "base", "meta", "link",
            "frame", "frameset", "noscript", "noembed", "noframes", "xmp", "plaintext", "svg", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "data", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "manifest",
            "icon");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "file");

    private static final HtmlScanner.Handler HANDLER = new HtmlScanner.Handler() {
        @Override
        public String onTag(HtmlTag tag, int offset) {
            return sanitizeTag(tag);
        }

        @Override
        public boolean dropElement(HtmlTag start) {
            return dropsElement(start);
        }

        @Override
        public boolean keepNonTags() {
            return false;
        }
    };

    /** Sanitizes one piece of HTML (returned as the same instance when nothing changes). */
    public String sanitize(String html) {
        return HtmlScanner.rewrite(html, HANDLER);
    }

    /** Sanitizes a parsed document in place: raw HTML, and link and image destinations. */
    public void sanitize(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                sanitizeRaw(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                sanitizeRaw(inline);
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                sanitizeLink(link);
            }

            @Override
            public void visit(Image image) {
                sanitizeImage(image);
            }
        });
    }

    /** One raw HTML node (a block or an inline tag). */
    void sanitizeRaw(HtmlBlock block) {
        block.setLiteral(sanitize(block.getLiteral()));
    }

    void sanitizeRaw(HtmlInline inline) {
        inline.setLiteral(sanitize(inline.getLiteral()));
    }

    /** One link, its children already sanitized: replaced by a marked link when its URL is not allowed. */
    void sanitizeLink(Link link) {
        if (!safeUrl("a", "href", link.getDestination())) {
            MarkedNodes.replace(link, new MarkedNodes.MarkedLink(PreviewUrls.BLOCKED,
                    "This link was removed from the preview: its kind of URL is not allowed."));
        }
    }

    /** One image: replaced by a marked image without source when its URL is not allowed. */
    void sanitizeImage(Image image) {
        if (!safeUrl("img", "src", image.getDestination())) {
            MarkedNodes.replace(image, new MarkedNodes.MarkedImage(null, image.getTitle(),
                    PreviewUrls.BLOCKED, "This image source was removed from the preview."));
        }
    }

    /** Whether a raw-text element goes whole, content and all. */
    static boolean dropsElement(HtmlTag start) {
        return start.name.equals("script");
    }

    /** One tag: {@code ""} drops it, null keeps it as it is, anything else replaces it. */
    static String sanitizeTag(HtmlTag tag) {
        if (DROPPED_TAGS.contains(tag.name) || tag.name.equals("script")) {
            return "";
        }
        if (tag.end || tag.attrs.isEmpty()) {
            return null;
        }
        tag.removeIf(name -> name.startsWith("on") || name.equals("srcdoc") || name.endsWith("srcset"));
        for (HtmlTag.Attr attr : tag.attrs.toArray(HtmlTag.Attr[]::new)) {
            if (URL_ATTRIBUTES.contains(attr.name) && attr.raw != null
                    && !safeUrl(tag.name, attr.name, Entities.decode(attr.raw))) {
                tag.remove(attr.name);
            } else if (attr.raw != null && (attr.raw.indexOf('<') >= 0 || attr.raw.indexOf('>') >= 0)) {
                tag.markChanged(); // written back escaped, so no parser can read a tag in it
            }
        }
        return tag.changed() ? tag.toHtml() : null;
    }

    /** Whether a URL may stay in this attribute of this element. */
    static boolean safeUrl(String element, String attribute, String url) {
        String compact = compact(url);
        int colon = compact.indexOf(':');
        int stop = firstOf(compact, "/?#");
        if (colon < 0 || (stop >= 0 && stop < colon)) {
            return true; // relative: no scheme
        }
        String scheme = compact.substring(0, colon).toLowerCase(Locale.ROOT);
        if (element.equals("iframe") || element.equals("frame")) {
            return scheme.equals("http") || scheme.equals("https");
        }
        if (scheme.equals("data")) {
            return element.equals("img") && attribute.equals("src")
                    && compact.regionMatches(true, 5, "image/", 0, 6);
        }
        return SAFE_SCHEMES.contains(scheme);
    }

    /** Removes what browsers ignore inside URLs: ASCII whitespace and control characters. */
    private static String compact(String url) {
        int clean = 0;
        while (clean < url.length() && url.charAt(clean) > 0x20 && url.charAt(clean) != 0x7F) {
            clean++;
        }
        if (clean == url.length()) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > 0x20 && c != 0x7F) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
