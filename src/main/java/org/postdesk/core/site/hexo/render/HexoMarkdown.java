package org.postdesk.core.site.hexo.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a Hexo blog turns Markdown into HTML: which renderer plugin it uses (hexo-renderer-marked, the
 * default, or hexo-renderer-markdown-it when the blog's {@code package.json} depends on it) and the
 * options that change what a reader sees, with each plugin's own defaults under the blog's
 * {@code marked:} or {@code markdown:} settings (docs/decisions/0039). A value, equal by content, so
 * one flavour serves every blog with the same settings.
 *
 * @param markdownIt   hexo-renderer-markdown-it instead of hexo-renderer-marked
 * @param breaks       a single newline is a {@code <br>} (both plugins: on by default)
 * @param smartQuotes  marked's {@code smartypants} or markdown-it's {@code typographer}: dashes, quotes, ellipses
 * @param quotes       the four quote marks the typographer uses (open/close double, open/close single)
 * @param headingIds   headings get ids (marked: every level; markdown-it: from {@code anchorLevel})
 * @param anchorLevel  the first heading level markdown-it's anchors give an id
 * @param anchorCase   hexo-util's slug transform (0 as written, 1 lower case, 2 upper case)
 * @param footnotes    {@code [^1]} footnotes (markdown-it-footnote among the blog's markdown-it plugins)
 * @param descriptionLists marked's {@code term<br>: definition} paragraphs as {@code <dl>}
 * @param postAsset    relative image paths resolve in the post's asset folder (marked's {@code postAsset})
 * @param disableNunjucks the renderer turns Hexo's tag step off for every post
 * @param containers   the names markdown-it-container is set up for ({@code ::: info})
 */
public record HexoMarkdown(boolean markdownIt, boolean breaks, boolean smartQuotes, String quotes, boolean headingIds,
        int anchorLevel, int anchorCase, boolean footnotes, boolean descriptionLists, boolean postAsset,
        boolean disableNunjucks, List<String> containers) {

    /** hexo-renderer-marked with its defaults. */
    public static final HexoMarkdown MARKED = marked(Map.of(), false);

    private static final String DEFAULT_QUOTES = "\u201c\u201d\u2018\u2019";

    public HexoMarkdown {
        quotes = quotes != null && quotes.codePointCount(0, quotes.length()) == 4 ? quotes : DEFAULT_QUOTES;
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /**
     * hexo-renderer-marked's options from the blog's {@code marked:} map (null or not a map: the
     * defaults); {@code postAssetFolder} is the site's {@code post_asset_folder}.
     */
    public static HexoMarkdown marked(Object markedSettings, boolean postAssetFolder) {
        Map<?, ?> m = markedSettings instanceof Map<?, ?> map ? map : Map.of();
        return new HexoMarkdown(false, flag(m.get("breaks"), true), flag(m.get("smartypants"), true),
                text(m.get("quotes")), flag(m.get("headerIds"), true), 1, number(m.get("modifyAnchors"), 0), false,
                flag(m.get("descriptionLists"), true),
                postAssetFolder && flag(m.get("prependRoot"), true) && flag(m.get("postAsset"), false),
                flag(m.get("disableNunjucks"), false), List.of());
    }

    /** hexo-renderer-markdown-it's options from the blog's {@code markdown:} map. */
    public static HexoMarkdown markdownIt(Object markdownSettings) {
        Map<?, ?> m = markdownSettings instanceof Map<?, ?> map ? map : Map.of();
        Map<?, ?> render = m.get("render") instanceof Map<?, ?> r ? r : Map.of();
        Map<?, ?> anchors = m.get("anchors") instanceof Map<?, ?> a ? a : Map.of();
        List<?> plugins = m.get("plugins") instanceof List<?> l ? l : List.of();
        boolean footnotes = plugins.stream()
                .anyMatch(p -> "markdown-it-footnote".equals(p instanceof Map<?, ?> pm ? text(pm.get("name")) : text(p)));
        List<String> containers = plugins.stream()
                .filter(p -> p instanceof Map<?, ?> pm && "markdown-it-container".equals(text(pm.get("name")))
                        && pm.get("options") instanceof String)
                .map(p -> ((Map<?, ?>) p).get("options").toString().strip()).toList();
        return new HexoMarkdown(true, flag(render.get("breaks"), true), flag(render.get("typographer"), true),
                text(render.get("quotes")), true, number(anchors.get("level"), 2), number(anchors.get("case"), 0),
                footnotes, false, false, flag(m.get("disableNunjucks"), false), containers);
    }

    /** Which renderer the blog's {@code package.json} dependencies name, and its settings from {@code config}. */
    public static HexoMarkdown of(Map<String, ?> config, boolean usesMarkdownIt) {
        Map<String, ?> c = config == null ? Map.of() : config;
        return usesMarkdownIt ? markdownIt(c.get("markdown")) : marked(c.get("marked"), flag(c.get("post_asset_folder"), false));
    }

    /** The plugin's name, as the blog's {@code package.json} writes it. */
    public String rendererName() {
        return markdownIt ? "hexo-renderer-markdown-it" : "hexo-renderer-marked";
    }

    static boolean flag(Object value, boolean otherwise) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("yes") || t.equals("on")) {
                return true;
            }
            if (t.equals("false") || t.equals("no") || t.equals("off")) {
                return false;
            }
        }
        return otherwise;
    }

    private static int number(Object value, int otherwise) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? otherwise : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
