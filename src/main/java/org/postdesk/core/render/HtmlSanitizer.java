package org.postdesk.core.render;

import java.util.Locale;
import java.util.Set;

/**
 * Makes rendered HTML safe to show: no script of the post runs in the preview. Runs once over
 * the whole fragment (Markdown output plus the post's own HTML), tokenizing as a browser does.
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
            return start.name.equals("script");
        }

        @Override
        public boolean keepNonTags() {
            return false;
        }
    };

    public String sanitize(String html) {
        return HtmlScanner.rewrite(html, HANDLER);
    }

    private static String sanitizeTag(HtmlTag tag) {
        if (DROPPED_TAGS.contains(tag.name) || tag.name.equals("script")) {
            return "";
        }
        if (tag.end || tag.attrs.isEmpty()) {
            return null;
        }
        tag.removeIf(name -> name.startsWith("on") || name.equals("srcdoc"));
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
