package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;
import org.postdesk.core.render.html.CssUrls;
import org.postdesk.core.render.html.HtmlElements;

/**
 * Receives what the sanitizer let through of a post's raw HTML (tags of allowed elements with
 * their attributes already entity-decoded, and text) and writes it, after pointing its URLs at
 * the blog folder: {@code href}, {@code src}, {@code poster}, {@code background}, every
 * {@code srcset} candidate and every {@code url()} of an inline style go through
 * {@link SiteUrlResolver}; a URL that leaves the blog's real root, or whose kind the element may
 * not load, is removed and the element marked {@code pd-blocked} (images also {@code pd-missing})
 * with a tooltip that says why. Text and attribute values are escaped. Cuts the output where
 * {@link RawHtml#CUT} appears in the text. One instance per render; not thread-safe.
 */
final class RawHtmlWriter implements HtmlStreamEventReceiver {

    /** No end tag written (the standard's void elements; the policy allows only br col hr img input source track wbr of them). */
    private static final Set<String> VOID = HtmlElements.VOID;
    private static final Set<String> SOURCE_ATTRS = Set.of("src", "poster", "background");

    private final SiteUrlResolver resolver;
    private final List<String> results = new ArrayList<>();
    private StringBuilder out = new StringBuilder();
    private boolean cuts = true;

    RawHtmlWriter(SiteUrlResolver resolver) {
        this.resolver = resolver;
    }

    /** From now on the text is not cut: each piece is sanitized alone. */
    RawHtmlWriter withoutCuts() {
        cuts = false;
        return this;
    }

    void start() {
        results.clear();
        out = new StringBuilder();
    }

    /** The pieces written since {@link #start()}. */
    List<String> results() {
        results.add(out.toString());
        return new ArrayList<>(results);
    }

    @Override
    public void openDocument() {
        // nothing to write
    }

    @Override
    public void closeDocument() {
        // nothing to write
    }

    @Override
    public void openTag(String element, List<String> attrs) {
        resolveUrls(element, attrs);
        out.append('<').append(element);
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            out.append(' ').append(attrs.get(i)).append("=\"");
            escape(attrs.get(i + 1), true);
            out.append('"');
        }
        out.append('>');
    }

    @Override
    public void closeTag(String element) {
        if (!VOID.contains(element)) {
            out.append("</").append(element).append('>');
        }
    }

    @Override
    public void text(String text) {
        if (!cuts) {
            escape(text, false);
            return;
        }
        int cut = text.indexOf(RawHtml.CUT);
        if (cut < 0) {
            escape(text, false);
            return;
        }
        int from = 0;
        for (; cut >= 0; cut = text.indexOf(RawHtml.CUT, from)) {
            escape(text.substring(from, cut), false);
            results.add(out.toString());
            out = new StringBuilder();
            from = cut + RawHtml.CUT.length();
        }
        escape(text.substring(from), false);
    }

    private void escape(String s, boolean attribute) {
        int first = 0;
        int n = s.length();
        while (first < n) {
            char c = s.charAt(first);
            if (c == '&' || c == '<' || c == '>' || (attribute && c == '"')) {
                break;
            }
            first++;
        }
        out.append(s, 0, first); // most text has nothing to escape: one copy
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    /** Resolves and checks every URL the element carries, in place. */
    void resolveUrls(String element, List<String> attrs) {
        String style = get(attrs, "style");
        if (style != null) {
            String css = CssUrls.rewrite(style, this::cssUrl);
            if (css.isBlank()) {
                remove(attrs, "style");
            } else if (!css.equals(style)) {
                set(attrs, "style", css);
            }
        }
        String srcset = get(attrs, "srcset");
        if (srcset != null) {
            String resolved = srcset(element, srcset);
            if (resolved == null) {
                remove(attrs, "srcset");
            } else {
                set(attrs, "srcset", resolved);
            }
        }
        boolean image = element.equals("img");
        for (String attr : element.equals("a") ? Set.of("href") : SOURCE_ATTRS) {
            String value = get(attrs, attr);
            if (value == null) {
                continue;
            }
            SiteTarget target = resolver.resolve(value);
            String url = switch (target.kind()) {
                case EXTERNAL -> value.strip().startsWith("//") ? "https:" + value.strip() : value;
                case FILE, WRONG_CASE, MISSING -> target.fileUrl();
                case OUTSIDE, BROKEN_TAG -> null;
            };
            if (url != null && HtmlSanitizer.safeUrl(element, attr, url)) {
                set(attrs, attr, url);
                if (image && attr.equals("src") && target.kind() != SiteTarget.Kind.FILE
                        && target.kind() != SiteTarget.Kind.EXTERNAL) {
                    addClass(attrs, target.kind() == SiteTarget.Kind.MISSING ? PreviewUrls.MISSING : PreviewUrls.WRONG_CASE);
                    set(attrs, "title", target.note());
                }
                continue;
            }
            remove(attrs, attr);
            addClass(attrs, (image ? PreviewUrls.MISSING + " " : "")
                    + (target.kind() == SiteTarget.Kind.BROKEN_TAG ? PreviewUrls.BROKEN : PreviewUrls.BLOCKED));
            set(attrs, "title", target.note() != null ? target.note()
                    : "This URL was removed from the preview: its kind of URL is not allowed here.");
        }
    }

    /** Each candidate resolved; null when any of them may not be loaded. */
    private String srcset(String element, String srcset) {
        StringBuilder sb = new StringBuilder(srcset.length() + 32);
        for (String candidate : srcset.split(",")) {
            String c = candidate.strip();
            if (c.isEmpty()) {
                continue;
            }
            int space = c.indexOf(' ');
            String url = space < 0 ? c : c.substring(0, space);
            String mapped = cssUrl(url);
            if (mapped == null || !HtmlSanitizer.safeUrl("img", "src", mapped)) {
                return null;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(mapped.replace(",", "%2C").replace(" ", "%20")).append(space < 0 ? "" : c.substring(space));
        }
        return sb.toString();
    }

    /** Where a URL in the post's CSS (or a srcset) points in the preview: the web, data, or a file in the blog. */
    String cssUrl(String url) {
        String u = url.strip();
        if (u.regionMatches(true, 0, "data:", 0, 5)) {
            return u.regionMatches(true, 5, "image/", 0, 6) ? url : null;
        }
        if (CssUrls.isWebOrData(u)) {
            return url;
        }
        if (u.startsWith("//")) {
            return "https:" + u;
        }
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash) && !u.regionMatches(true, 0, "file:", 0, 5)) {
            return null; // another scheme
        }
        SiteTarget target = resolver.resolve(u);
        return switch (target.kind()) {
            case FILE, WRONG_CASE, MISSING -> target.fileUrl();
            default -> null;
        };
    }

    static String get(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    static void set(List<String> attrs, String name, String value) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                attrs.set(i + 1, value);
                return;
            }
        }
        attrs.add(name);
        attrs.add(value);
    }

    static void remove(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                attrs.remove(i + 1);
                attrs.remove(i);
                return;
            }
        }
    }

    private static void addClass(List<String> attrs, String cls) {
        String old = get(attrs, "class");
        set(attrs, "class", old == null || old.isBlank() ? cls : old + " " + cls);
    }
}
