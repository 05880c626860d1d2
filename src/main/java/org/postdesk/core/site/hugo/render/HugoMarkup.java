package org.postdesk.core.site.hugo.render;

import java.util.Locale;
import java.util.Map;

/**
 * The settings of a site's {@code markup} section that change how a page's Markdown renders, with
 * Hugo 0.111's defaults for whatever the site leaves out ({@code markup.goldmark} and
 * {@code markup.highlight}; keys are matched without regard to case, as Hugo reads them).
 *
 * @param unsafe          {@code goldmark.renderer.unsafe}: raw HTML kept (else omitted with a comment)
 * @param hardWraps       {@code goldmark.renderer.hardWraps}: a line break in a paragraph is {@code <br>}
 * @param typographer     smart quotes, dashes and ellipses
 * @param linkify         bare URLs and {@code www.} names become links
 * @param linkifyProtocol the scheme given to {@code www.} links ({@code https})
 * @param footnote        {@code [^1]} footnotes
 * @param definitionList  {@code term} / {@code : definition} lists
 * @param table           GFM tables
 * @param strikethrough   {@code ~~struck~~}
 * @param taskList        {@code - [x]} items
 * @param autoHeadingId   headings get ids
 * @param asciiIds        {@code github-ascii} ids (non-ASCII letters dropped)
 * @param titleAttributes {@code {#id .class}} after a heading
 * @param blockAttributes {@code {.class}} on the line after a block
 * @param codeFences      {@code highlight.codeFences}: fenced code is highlighted (Chroma's wrapper)
 * @param noClasses       {@code highlight.noClasses}
 */
public record HugoMarkup(boolean unsafe, boolean hardWraps, boolean typographer, boolean linkify, String linkifyProtocol,
        boolean footnote, boolean definitionList, boolean table, boolean strikethrough, boolean taskList,
        boolean autoHeadingId, boolean asciiIds, boolean titleAttributes, boolean blockAttributes, boolean codeFences,
        boolean noClasses) {

    /** Hugo 0.111's defaults. */
    public static final HugoMarkup DEFAULT = new HugoMarkup(false, false, true, true, "https", true, true, true, true, true,
            true, false, true, false, true, true);

    /** The settings in a site's {@code markup} map (null or empty: the defaults). */
    public static HugoMarkup from(Map<?, ?> markup) {
        if (markup == null || markup.isEmpty()) {
            return DEFAULT;
        }
        Map<?, ?> goldmark = map(markup, "goldmark");
        Map<?, ?> renderer = map(goldmark, "renderer");
        Map<?, ?> extensions = map(goldmark, "extensions");
        Map<?, ?> parser = map(goldmark, "parser");
        Map<?, ?> attribute = map(parser, "attribute");
        Map<?, ?> highlight = map(markup, "highlight");
        HugoMarkup d = DEFAULT;
        Object protocol = get(extensions, "linkifyProtocol");
        Object idType = get(parser, "autoHeadingIDType");
        return new HugoMarkup(bool(renderer, "unsafe", d.unsafe), bool(renderer, "hardWraps", d.hardWraps),
                bool(extensions, "typographer", d.typographer), bool(extensions, "linkify", d.linkify),
                protocol == null ? d.linkifyProtocol : protocol.toString(),
                bool(extensions, "footnote", d.footnote), bool(extensions, "definitionList", d.definitionList),
                bool(extensions, "table", d.table), bool(extensions, "strikethrough", d.strikethrough),
                bool(extensions, "taskList", d.taskList), bool(parser, "autoHeadingID", d.autoHeadingId),
                idType != null && idType.toString().equalsIgnoreCase("github-ascii"),
                bool(attribute, "title", d.titleAttributes), bool(attribute, "block", d.blockAttributes),
                bool(highlight, "codeFences", d.codeFences), bool(highlight, "noClasses", d.noClasses));
    }

    private static Map<?, ?> map(Map<?, ?> in, String key) {
        return get(in, key) instanceof Map<?, ?> m ? m : Map.of();
    }

    private static Object get(Map<?, ?> in, String key) {
        if (in == null) {
            return null;
        }
        for (Map.Entry<?, ?> e : in.entrySet()) {
            if (String.valueOf(e.getKey()).toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A boolean setting; Hugo also reads the strings "true"/"false". */
    private static boolean bool(Map<?, ?> in, String key, boolean fallback) {
        Object v = get(in, key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v != null && (v.toString().equalsIgnoreCase("true") || v.toString().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.toString());
        }
        return fallback;
    }
}
