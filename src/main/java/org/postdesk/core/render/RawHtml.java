package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.owasp.html.AttributePolicy;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * The wall around a post's own HTML: every raw HTML piece of a render (commonmark's HTML blocks
 * and inline tags) goes through the OWASP Java HTML Sanitizer, with the policy below, and then
 * through {@link RawHtmlWriter}, which resolves and checks the URLs of the tags the policy let
 * through. See docs/decisions/0024.
 *
 * <p>The pieces of one post are sanitized as one stream, in document order, joined by a run of
 * spaces and tabs ({@link #CUT}) that the writer cuts at again: so an element opened in one piece
 * and closed in a later one ({@code <details>}, {@code <div align="center">} around Markdown)
 * stays one element, and the sanitizer's state (inside a dropped {@code <script>}, inside a
 * {@code <textarea>}'s text...) carries from piece to piece as it would in the whole page. When a
 * cut is lost (it fell inside a dropped element, an unfinished tag or a table, where the sanitizer
 * drops text), each piece is sanitized on its own instead: less faithful, never less safe.
 *
 * <p>What comes out of either path is complete tags of allowed elements and escaped text: no
 * raw-text element ({@code script style textarea title xmp noscript noembed noframes plaintext}),
 * no foreign content ({@code svg math}), no comment, so no piece can change how the HTML around it
 * is read. Stateless and thread-safe.
 */
final class RawHtml {

    /** What the pieces are joined with: whitespace (kept in every context but tables), never in a real post. */
    static final String CUT = " \t\t \t \t\t ";

    private static final String[] ELEMENTS = {
        "a", "abbr", "acronym", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "fieldset", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "main",
        "mark", "meter", "nav", "ol", "optgroup", "option", "p", "picture", "pre", "progress", "q", "rp", "rt",
        "ruby", "s", "samp", "section", "select", "small", "source", "span", "strike", "strong", "sub", "summary",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "tt", "u", "ul", "var", "video",
        "wbr",
    };

    /** Attributes any allowed element may keep (URLs are not among them). */
    private static final String[] GLOBAL = {
        "class", "id", "title", "lang", "dir", "align", "valign", "width", "height", "hidden", "role", "name",
        "border", "bgcolor", "color", "face", "size", "type", "value", "alt", "colspan", "rowspan", "cellpadding",
        "cellspacing", "nowrap", "scope", "span", "start", "reversed", "open", "disabled", "checked", "selected",
        "readonly", "placeholder", "multiple", "label", "for", "datetime", "min", "max", "step", "low", "high",
        "optimum", "controls", "autoplay", "loop", "muted", "preload", "playsinline", "kind", "srclang", "default",
        "media", "sizes", "loading", "frameborder", "allowfullscreen", "scrolling", "allow", "marginwidth",
        "marginheight", "framespacing", "hspace", "vspace", "summary", "headers", "abbr", "target", "rel",
        "referrerpolicy", "translate", "tabindex", "accesskey", "spellcheck", "draggable", "contenteditable",
    };

    /**
     * The CSS properties an inline style may keep: OWASP's default set (colours, fonts, sizes,
     * margins, borders, text alignment...) and the layout ones posts use. Positioning
     * ({@code position}, {@code top}, {@code z-index}) stays out: a post must not cover the page.
     */
    private static final CssSchema CSS = CssSchema.union(CssSchema.DEFAULT, CssSchema.withProperties(List.of(
            "display", "float", "clear", "max-width", "min-width", "max-height", "min-height", "overflow",
            "overflow-x", "overflow-y", "opacity", "visibility", "white-space", "word-break", "word-wrap",
            "overflow-wrap", "line-height", "letter-spacing", "text-indent", "text-shadow", "box-shadow",
            "border-radius", "vertical-align", "list-style", "list-style-type", "background", "background-image",
            "background-position", "background-repeat", "background-color", "cursor")),
            CssSchema.withProperties(Map.of("aspect-ratio", aspectRatio())));

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS)
            .allowWithoutAttributes("a", "font", "img", "input", "span")
            .allowAttributes(GLOBAL).globally()
            .allowStyling(CSS)
            // kept here, resolved and checked by RawHtmlWriter on the sanitizer's normalized style
            .allowUrlsInStyles(AttributePolicy.IDENTITY_ATTRIBUTE_POLICY)
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").onElements("img", "iframe", "video", "audio", "source", "track")
            .allowAttributes("srcset").onElements("img", "source")
            .allowAttributes("poster").onElements("video")
            .allowAttributes("background").onElements("table", "td", "th", "tr")
            .allowUrlProtocols("http", "https", "mailto", "tel", "ftp", "file", "data")
            // an iframe's content is never shown (the frame shows its document): it is dropped
            .allowTextIn(Arrays.stream(ELEMENTS).filter(e -> !e.equals("iframe")).toArray(String[]::new))
            // links never open from the preview page (it cancels navigation): keep rel as written
            .skipRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private RawHtml() {
    }

    /**
     * {@code aspect-ratio} (video frames keep their shape: {@code 1280/720 auto}), which OWASP's
     * table does not know: non-negative numbers, {@code /} and {@code auto}, nothing else. No
     * string, URL or function may ride in ({@code url()}, {@code expression()}, {@code var()}...
     * are dropped with the value). {@code transition} stays out: a still preview shows no motion.
     */
    private static CssSchema.Property aspectRatio() {
        int quantity = 1; // CssSchema.BIT_QUANTITY: numbers and dimensions, never negative (no BIT_NEGATIVE)
        return new CssSchema.Property(quantity, Set.of("auto", "/"), Map.of());
    }

    /** The pieces sanitized, in their order, their URLs resolved by {@code writer}'s resolver. */
    static List<String> sanitize(List<String> pieces, RawHtmlWriter writer) {
        return sanitize(pieces, writer, new RawHtmlMemo(0));
    }

    /** The same, with the sanitizer's work on inputs seen lately taken from {@code memo}. */
    static List<String> sanitize(List<String> pieces, RawHtmlWriter writer, RawHtmlMemo memo) {
        if (pieces.size() > 1 && pieces.stream().noneMatch(p -> p.contains(CUT))) {
            List<String> joined = once(String.join(CUT, pieces), writer, memo);
            if (joined.size() == pieces.size()) {
                return joined;
            }
        }
        List<String> out = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            out.add(once(piece, writer.withoutCuts(), memo).get(0));
        }
        return out;
    }

    private static List<String> once(String html, RawHtmlWriter writer, RawHtmlMemo memo) {
        writer.start();
        memo.sanitize(html, receiver -> {
            HtmlSanitizer.sanitize(html, POLICY.apply(receiver));
            return null;
        }, writer);
        return writer.results();
    }
}
