package org.postdesk.core.render;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.postdesk.core.render.kramdown.NodeSwap;

/**
 * The scheme check of the preview: which kinds of URL an element may keep. Markdown link and
 * image destinations are checked here after {@link PreviewUrls} resolved them (commonmark
 * escapes everything else it writes); the post's raw HTML goes through the OWASP sanitizer in
 * {@link RawHtml}, whose writer uses {@link #safeUrl} for the same rule (docs/decisions/0024).
 *
 * <ul>
 *   <li>links keep http(s), mailto, tel, ftp and file URLs (files only inside the blog: the
 *       resolver removes the others first);</li>
 *   <li>sources keep the same, and {@code data:image/} in {@code img src};</li>
 *   <li>an {@code iframe} keeps only an http(s) source;</li>
 *   <li>{@code javascript:}, {@code vbscript:}, other {@code data:} and unknown schemes lose the
 *       URL, tabs, newlines and control characters ignored as browsers ignore them.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class HtmlSanitizer {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "file");

    /** Checks the link and image destinations of a parsed document in place (raw HTML is {@link RawHtml}'s). */
    public void sanitize(Node document) {
        document.accept(new AbstractVisitor() {
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

    /** One link, its children already sanitized: replaced by a marked link when its URL is not allowed. */
    void sanitizeLink(Link link) {
        if (!safeUrl("a", "href", link.getDestination())) {
            NodeSwap.replace(link, new MarkedNodes.MarkedLink(PreviewUrls.BLOCKED,
                    "This link was removed from the preview: its kind of URL is not allowed."));
        }
    }

    /** One image: replaced by a marked image without source when its URL is not allowed. */
    void sanitizeImage(Image image) {
        if (!safeUrl("img", "src", image.getDestination())) {
            NodeSwap.replace(image, new MarkedNodes.MarkedImage(null, image.getTitle(),
                    PreviewUrls.BLOCKED, "This image source was removed from the preview."));
        }
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
