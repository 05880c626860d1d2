package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplateSupport;

/**
 * Hexo's tag plugins, each by the rules of Hexo's own (lib/plugins/tag): the asset tags, post links,
 * code blocks, quotes, images, links, frames, {@code include_code}; NexT's {@code note} as NexT
 * writes it; any other tag (a theme's {@code tabs}, {@code label}, {@code gp}...) as a visible box
 * that keeps its inner Markdown readable (docs/decisions/0039). Immutable and thread-safe.
 */
final class HexoTags {

    private static final Set<String> BLOCKS = Set.of("quote", "blockquote", "code", "codeblock", "pullquote",
            "note", "subnote", "raw", "verbatim");
    private static final Set<String> SINGLE = Set.of("iframe", "img", "image", "include_code", "include-code", "a",
            "link", "anchor", "post_path", "post_link", "asset_path", "asset_link", "asset_img", "asset_image",
            "url_for", "full_url_for", "youtube", "vimeo");
    private static final Pattern URL = Pattern.compile("((([A-Za-z]{3,9}:(?://)?)(?:[-;:&=+$,\\w]+@)?[A-Za-z0-9.-]+"
            + "|(?:www.|[-;:&=+$,\\w]+@)[A-Za-z0-9.-]+)((?:/[+~%/.\\w-_]*)?\\??(?:[-+=&;%@.\\w_]*)#?(?:[.!/\\\\w]*))?)");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d*");
    private static final Pattern CITE_URL_TITLE = Pattern.compile("(\\S.*)\\s+(https?://\\S+)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CITE_URL = Pattern.compile("(\\S.*)\\s+(https?://\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_TITLE = Pattern.compile("([^,]+),\\s*([^,]+)");

    private final MarkdownFlavour flavour;
    private final CodeFigures code;

    HexoTags(MarkdownFlavour flavour, CodeFigures code) {
        this.flavour = flavour;
        this.code = code;
    }

    boolean isBlock(String name) {
        return BLOCKS.contains(name);
    }

    boolean isKnown(String name) {
        return BLOCKS.contains(name) || SINGLE.contains(name);
    }

    String markdown(String text) {
        return TemplateSupport.markdownify(text, flavour);
    }

    /** Runs tag {@code name}; {@code body} is null for a tag without end, else its rendered body (not yet trimmed). */
    String run(String name, List<String> args, String body, String source, NunjucksLite nunjucks) {
        HexoPostContext post = nunjucks.post();
        String content = body == null ? null : trimBody(body);
        switch (name) {
            case "asset_img", "asset_image":
                return assetImg(args, post, source);
            case "asset_path":
                return args.isEmpty() ? "" : post.asset(args.get(0)).orElse("");
            case "asset_link":
                return assetLink(args, post);
            case "post_link":
                return postLink(args, post, source, nunjucks);
            case "post_path":
                return args.isEmpty() ? "" : post.post(args.get(0)).map(p -> String.valueOf(p.get("url"))).orElse("");
            case "img", "image":
                return img(new ArrayList<>(args), post);
            case "link", "a", "anchor":
                return link(args);
            case "iframe":
                return iframe(args);
            case "youtube":
                return args.isEmpty() ? "" : "<div class=\"video-container\"><iframe src=\"https://www.youtube.com/embed/"
                        + HexoHtml.attr(args.get(0)) + "\" frameborder=\"0\" loading=\"lazy\" allowfullscreen></iframe></div>";
            case "include_code", "include-code":
                return code.includeCode(args, post);
            case "url_for", "full_url_for":
                return args.isEmpty() ? "" : "<a href=\"" + HexoHtml.attr(post.urlFor(args.get(args.size() - 1))) + "\">"
                        + HexoHtml.escape(String.join(" ", args.subList(0, Math.max(0, args.size() - 1)))) + "</a>";
            case "code", "codeblock":
                return code.codeTag(new ArrayList<>(args), content == null ? "" : content);
            case "quote", "blockquote":
                return blockquote(args, content);
            case "pullquote":
                return "<blockquote class=\"pullquote" + (args.isEmpty() ? "" : " " + HexoHtml.attr(String.join(" ", args)))
                        + "\">" + markdown(content) + "</blockquote>";
            case "note", "subnote":
                return "<div class=\"note " + HexoHtml.attr(String.join(" ", args)) + "\">"
                        + String.join("", markdown(content == null ? "" : content).split("\n")) + "</div>";
            default:
                return themeTag(name, args, content, source, post);
        }
    }

    /** hexo's trimBody: the body's common indent and one newline at each end taken off. */
    static String trimBody(String body) {
        int indent = Integer.MAX_VALUE;
        String[] lines = body.split("\n", -1);
        for (String line : lines) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < line.length()) {
                indent = Math.min(indent, i);
            }
        }
        String s = body;
        if (indent > 0 && indent != Integer.MAX_VALUE) {
            StringBuilder out = new StringBuilder(body.length());
            for (int k = 0; k < lines.length; k++) {
                String line = lines[k];
                boolean cut = line.length() >= indent && line.substring(0, indent).chars().allMatch(c -> c == ' ' || c == '\t');
                out.append(k == 0 ? "" : "\n").append(cut ? line.substring(indent) : line);
            }
            s = out.toString();
        }
        if (s.startsWith("\n")) {
            s = s.substring(1);
        }
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String assetImg(List<String> args, HexoPostContext post, String source) {
        List<String> a = new ArrayList<>(args);
        for (int i = 0; i < a.size(); i++) {
            Optional<String> url = post.asset(a.get(i));
            if (url.isPresent()) { // Hexo puts the asset's URL in its place, then runs the img tag
                return imgTag(new ArrayList<>(a.subList(0, i)), url.get(), new ArrayList<>(a.subList(i + 1, a.size())));
            }
        }
        // the file the author meant: the first argument that looks like a file name
        String name = args.stream().filter(a0 -> a0.matches("[^\\s]*\\.[A-Za-z0-9]{2,5}")).findFirst()
                .orElse(args.isEmpty() ? "" : args.get(0));
        post.note(post.postAssetFolder()
                ? "{% asset_img " + name + " %} names no file of this post's asset folder: Hexo leaves the image out."
                : "{% asset_img %} needs post_asset_folder: true in _config.yml: Hexo leaves the image out.");
        return "<img src=\"" + HexoHtml.attr(post.missingAsset(name)) + "\" alt=\"" + HexoHtml.attr(name)
                + "\" class=\"pd-missing\" title=\"" + HexoHtml.attr("Hexo finds no " + name
                + " in this post's asset folder and leaves the image out.") + "\">";
    }

    private static String assetLink(List<String> args, HexoPostContext post) {
        List<String> a = new ArrayList<>(args);
        if (a.isEmpty()) {
            return "";
        }
        String slug = a.remove(0);
        Optional<String> url = post.asset(slug);
        if (url.isEmpty()) {
            return "";
        }
        boolean escape = true;
        if (!a.isEmpty() && (a.get(a.size() - 1).equals("true") || a.get(a.size() - 1).equals("false"))) {
            escape = a.remove(a.size() - 1).equals("true");
        }
        String title = a.isEmpty() ? slug : String.join(" ", a);
        return "<a href=\"" + HexoHtml.attr(url.get()) + "\" title=\"" + HexoHtml.escape(title) + "\">"
                + (escape ? HexoHtml.escape(title) : title) + "</a>";
    }

    private static String postLink(List<String> args, HexoPostContext post, String source, NunjucksLite nunjucks) {
        List<String> a = new ArrayList<>(args);
        if (a.isEmpty()) {
            return nunjucks.broken(source, "post_link names no post");
        }
        String slug = a.remove(0);
        String hash = "";
        String[] parts = slug.split("#", -1);
        if (parts.length == 2) {
            slug = parts[0];
            hash = "#" + parts[1];
        }
        boolean escape = true;
        if (!a.isEmpty() && (a.get(a.size() - 1).equals("true") || a.get(a.size() - 1).equals("false"))) {
            escape = a.remove(a.size() - 1).equals("true");
        }
        Optional<Map<String, Object>> target = post.post(slug);
        if (target.isEmpty()) {
            return nunjucks.broken(source, "no post with the slug or title " + slug);
        }
        Object t = target.get().get("title");
        String title = t == null || t.toString().isEmpty() ? slug : t.toString();
        String text = a.isEmpty() ? title : String.join(" ", a);
        String url = String.valueOf(target.get().get("url")) + hash;
        return TagPlaceholder.encode(TagPlaceholder.POST_LINK, url + "\n" + title + "\n"
                + (escape ? HexoHtml.escape(text) : text), source);
    }

    /** Hexo's img tag: classes, the source, width and height, then {@code "title" "alt"}. */
    static String img(List<String> args, HexoPostContext post) {
        List<String> classes = new ArrayList<>();
        String src = null;
        while (!args.isEmpty()) {
            String item = args.remove(0);
            if (URL.matcher(item).find() || item.startsWith("/")) {
                src = post.urlFor(item);
                break;
            }
            classes.add(item);
        }
        return imgTag(classes, src, args);
    }

    private static String imgTag(List<String> classes, String src, List<String> args) {
        String width = null;
        String height = null;
        String title = null;
        String alt = null;
        if (!args.isEmpty()) {
            if (DIGITS_ONLY.matcher(args.get(0)).matches()) {
                width = args.remove(0);
                if (!args.isEmpty() && DIGITS_ONLY.matcher(args.get(0)).matches()) {
                    height = args.remove(0);
                }
            }
            String meta = String.join(" ", args);
            String t = meta.startsWith("\"") ? "\"?([^\"]+)?\"?" : "'?([^']+)?'?";
            String al = meta.endsWith("\"") ? "\"?([^\"]+)?\"?" : "'?([^']+)?'?";
            Matcher m = Pattern.compile(t + "\\s*" + al).matcher(meta);
            if (m.find()) {
                title = m.group(1);
                alt = m.group(2);
            }
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("src", src);
        attrs.put("class", String.join(" ", classes));
        attrs.put("width", width);
        attrs.put("height", height);
        attrs.put("title", title);
        attrs.put("alt", alt);
        return HexoHtml.tag("img", attrs, null);
    }

    private static String link(List<String> args) {
        List<String> text = new ArrayList<>();
        String url = "";
        int i = 0;
        for (; i < args.size(); i++) {
            if (URL.matcher(args.get(i)).find()) {
                url = args.get(i);
                break;
            }
            text.add(args.get(i));
        }
        List<String> rest = i + 1 < args.size() ? new ArrayList<>(args.subList(i + 1, args.size())) : new ArrayList<>();
        boolean external = false;
        if (!rest.isEmpty() && (rest.get(0).equals("true") || rest.get(0).equals("false"))) {
            external = rest.remove(0).equals("true");
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("href", url);
        attrs.put("title", String.join(" ", rest));
        attrs.put("target", external ? "_blank" : "");
        return HexoHtml.tag("a", attrs, String.join(" ", text));
    }

    private static String iframe(List<String> args) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("src", args.isEmpty() ? "" : args.get(0));
        attrs.put("width", args.size() > 1 && !args.get(1).equals("default") ? args.get(1) : "100%");
        attrs.put("height", args.size() > 2 && !args.get(2).equals("default") ? args.get(2) : "300");
        attrs.put("frameborder", "0");
        attrs.put("loading", "lazy");
        attrs.put("allowfullscreen", true);
        return HexoHtml.tag("iframe", attrs, "");
    }

    private String blockquote(List<String> args, String content) {
        String str = String.join(" ", args);
        String author = "";
        String source = "";
        String title = "";
        Matcher m;
        if (str.isEmpty()) {
            author = "";
        } else if ((m = CITE_URL_TITLE.matcher(str)).find()) {
            author = m.group(1);
            source = m.group(2);
            title = m.group(3);
        } else if ((m = CITE_URL.matcher(str)).find()) {
            author = m.group(1);
            source = m.group(2);
        } else if ((m = AUTHOR_TITLE.matcher(str)).find()) {
            author = m.group(1);
            title = m.group(2);
        } else {
            author = str;
        }
        StringBuilder footer = new StringBuilder();
        if (!author.isEmpty()) {
            footer.append("<strong>").append(author).append("</strong>");
        }
        if (!source.isEmpty()) {
            String shown = title.isEmpty() ? source.replaceAll("^https?://|/(index.html?)?$", "") : title;
            footer.append("<cite><a href=\"").append(HexoHtml.attr(source)).append("\">").append(shown).append("</a></cite>");
        } else if (!title.isEmpty()) {
            footer.append("<cite>").append(title).append("</cite>");
        }
        return "<blockquote>" + markdown(content == null ? "" : content)
                + (footer.length() > 0 ? "<footer>" + footer + "</footer>" : "") + "</blockquote>";
    }

    /**
     * A tag Hexo itself does not have (a theme's, or a plugin's): a box named for the tag with its
     * inner Markdown rendered, or the tag's words for a tag without body.
     */
    private String themeTag(String name, List<String> args, String content, String source, HexoPostContext post) {
        post.note("{% " + name + " %} is a theme or plugin tag, not Hexo's: the preview shows its content in a plain box.");
        String label = "{% " + HexoHtml.escape(name) + (args.isEmpty() ? "" : " " + HexoHtml.escape(String.join(" ", args)))
                + " %}";
        if (content == null) {
            return "<span class=\"pd-theme-tag\" title=\"" + HexoHtml.attr("A theme or plugin tag; the blog's theme draws it.")
                    + "\">" + label + "</span>";
        }
        return "<div class=\"pd-theme-tag pd-theme-tag-" + HexoHtml.attr(name) + "\" title=\""
                + HexoHtml.attr("{% " + name + " %}: a theme or plugin tag; the blog's theme draws it.") + "\">"
                + markdown(content) + "</div>";
    }

    /** A broken tag shown as its text, with the reason as a tooltip. */
    static String note(String source, String why) {
        return "<code class=\"pd-broken pd-hexo-tag\" title=\"" + HexoHtml.attr(why) + "\">" + HexoHtml.escape(source)
                + "</code>";
    }
}
