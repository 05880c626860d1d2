package org.postdesk.core.site.hugo.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplateSupport;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Call;

/**
 * Hugo's own shortcodes, rendered as Hugo 0.111's embedded templates render them (learned from
 * tpl/tplimpl/embedded/templates/shortcodes): {@code figure}, {@code highlight},
 * {@code ref}/{@code relref} (the page's URL, so the preview's link opens that post),
 * {@code param}, {@code youtube}, {@code vimeo}. The embeds Hugo fetches from the network when
 * it builds ({@code tweet}/{@code twitter}/{@code x}, {@code gist}, {@code instagram}) are a link
 * to what they show: the preview works offline and runs no script.
 */
final class BuiltinShortcodes {

    private static final Set<String> NAMES = Set.of("figure", "highlight", "ref", "relref", "param", "youtube",
            "vimeo", "vimeo_simple", "gist", "tweet", "twitter", "twitter_simple", "x", "x_simple", "instagram",
            "instagram_simple");

    /** The marker of a link whose target is missing (the URL pass shows it broken). */
    private static final String BROKEN = "pd-broken:";

    private BuiltinShortcodes() {
    }

    static boolean knows(String name) {
        return NAMES.contains(name);
    }

    /** Shortcodes whose output is text (a URL, a value): it goes into the Markdown as it is. */
    static boolean isText(String name) {
        return name.equals("ref") || name.equals("relref") || name.equals("param");
    }

    static String render(ShortcodePass.Render r, Call c, int level) {
        String name = c.name().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "figure" -> figure(r, c);
            case "highlight" -> highlight(r, c, level);
            case "ref", "relref" -> ref(r, c, name.equals("ref"));
            case "param" -> param(r, c);
            case "youtube" -> youtube(c);
            case "vimeo", "vimeo_simple" -> vimeo(c);
            case "gist" -> embed("https://gist.github.com/" + nz(c.get("user", 0)) + "/" + nz(c.get("id", 1)),
                    "Gist " + nz(c.get("user", 0)) + "/" + nz(c.get("id", 1)));
            case "instagram", "instagram_simple" -> embed("https://instagram.com/p/" + nz(c.get("id", 0)) + "/",
                    "Instagram post " + nz(c.get("id", 0)));
            default -> tweet(c);
        };
    }

    private static String figure(ShortcodePass.Render r, Call c) {
        StringBuilder sb = new StringBuilder("<figure");
        attr(sb, "class", c.get("class", -1));
        sb.append('>');
        String link = c.get("link", -1);
        if (present(link)) {
            sb.append("<a href=\"").append(esc(link)).append('"');
            attr(sb, "target", c.get("target", -1));
            attr(sb, "rel", c.get("rel", -1));
            sb.append('>');
        }
        sb.append("<img src=\"").append(esc(nz(c.get("src", -1)))).append('"');
        String alt = c.get("alt", -1);
        String caption = c.get("caption", -1);
        if (present(alt) || present(caption)) {
            sb.append(" alt=\"").append(present(alt) ? esc(alt) : esc(plain(r.pass().markdownify(caption)))).append('"');
        }
        attr(sb, "width", c.get("width", -1));
        attr(sb, "height", c.get("height", -1));
        sb.append("/>");
        if (present(link)) {
            sb.append("</a>");
        }
        String title = c.get("title", -1);
        String attr = c.get("attr", -1);
        if (present(title) || present(caption) || present(attr)) {
            sb.append("<figcaption>");
            if (present(title)) {
                sb.append("<h4>").append(esc(title)).append("</h4>");
            }
            if (present(caption) || present(attr)) {
                sb.append("<p>").append(inline(r, caption)).append("\n");
                String attrlink = c.get("attrlink", -1);
                if (present(attrlink)) {
                    sb.append("<a href=\"").append(esc(attrlink)).append("\">");
                }
                sb.append(inline(r, attr));
                if (present(attrlink)) {
                    sb.append("</a>");
                }
                sb.append("</p>");
            }
            sb.append("</figcaption>");
        }
        return sb.append("</figure>").toString();
    }

    private static String highlight(ShortcodePass.Render r, Call c, int level) {
        String code = deindent(r.innerString(c, level), r.indentation(c));
        code = code.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "");
        String lang = nz(c.get("lang", 0));
        boolean noClasses = !(r.pass().flavourMarkup() instanceof HugoMarkup m) || m.noClasses();
        return Highlight.chroma(code, lang, noClasses, Map.of());
    }

    /** The inner text less the shortcode's own indentation on each line (Hugo's {@code .InnerDeindent}). */
    static String deindent(String s, String indentation) {
        if (indentation.isEmpty()) {
            return s;
        }
        String[] lines = s.split("\n", -1);
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < lines.length; k++) {
            String l = lines[k];
            sb.append(l.startsWith(indentation) ? l.substring(indentation.length()) : l);
            if (k < lines.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String ref(ShortcodePass.Render r, Call c, boolean absolute) {
        String path = nz(c.get("path", 0));
        SiteLinks links = r.context.links();
        Optional<String> url = HugoRefs.resolve(links, path, r.context.page());
        if (url.isEmpty()) {
            r.notes.add("Line " + (r.lineOf(c.start()) + 1) + ": " + c.name() + " \"" + path
                    + "\" names no page of this site; Hugo would stop the build.");
            return BROKEN + c.name() + "/" + TemplateSupport.encodeLoosely(path);
        }
        String u = url.get();
        if (absolute) {
            Object base = lookup(r.context.site(), "baseURL");
            if (base == null) {
                base = lookup(r.context.site(), "url");
            }
            if (base != null && u.startsWith("/") && !base.toString().isBlank()) {
                String b = base.toString();
                int scheme = b.indexOf("://");
                int slash = scheme < 0 ? -1 : b.indexOf('/', scheme + 3);
                u = (slash < 0 ? b : b.substring(0, slash)) + u;
            }
        }
        return u;
    }

    private static String param(ShortcodePass.Render r, Call c) {
        String key = c.get("name", 0);
        if (!present(key)) {
            r.notes.add("Line " + (r.lineOf(c.start()) + 1) + ": param needs the name of a parameter.");
            return "";
        }
        Object v = lookup(r.context.page(), key);
        if (v == null) {
            Object params = r.context.page().get("params");
            v = params instanceof Map<?, ?> m ? lookup(m, key) : null;
        }
        if (v == null) {
            v = lookup(r.pass().siteParams(), key);
        }
        if (v == null) {
            r.notes.add("Line " + (r.lineOf(c.start()) + 1) + ": the parameter \"" + key
                    + "\" is set neither in the front matter nor in the site's params; Hugo would stop the build.");
            return "";
        }
        return v instanceof List<?> l ? l.toString() : v.toString();
    }

    /** A dotted key ({@code a.b}) in a map, ignoring case as Hugo does. */
    static Object lookup(Map<?, ?> map, String key) {
        Object cur = map;
        for (String part : key.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            Object next = null;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(part)) {
                    next = e.getValue();
                    break;
                }
            }
            cur = next;
        }
        return cur;
    }

    private static String youtube(Call c) {
        String id = nz(c.get("id", 0));
        String cls = c.isNamed() ? c.get("class", -1) : c.get("class", 1);
        String title = c.get("title", -1);
        String autoplay = "true".equals(c.get("autoplay", -1)) ? "?autoplay=1" : "";
        StringBuilder sb = new StringBuilder("\n<div ");
        if (present(cls)) {
            sb.append("class=\"").append(esc(cls)).append('"');
        } else {
            sb.append("style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\"");
        }
        sb.append(">\n  <iframe src=\"https://www.youtube.com/embed/").append(esc(id)).append(autoplay).append("\" ");
        if (!present(cls)) {
            sb.append("style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;\" ");
        }
        sb.append("allowfullscreen title=\"").append(esc(present(title) ? title : "YouTube Video"))
                .append("\"></iframe>\n</div>\n");
        return sb.toString();
    }

    private static String vimeo(Call c) {
        String id = nz(c.get("id", 0));
        return "<div style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\">"
                + "<iframe src=\"https://player.vimeo.com/video/" + esc(id) + "\" style=\"position: absolute; top: 0;"
                + " left: 0; width: 100%; height: 100%; border:0;\" title=\"vimeo video\" allowfullscreen></iframe></div>";
    }

    private static String tweet(Call c) {
        String user = c.isNamed() ? c.get("user", -1) : c.positional().size() > 1 ? c.get("", 0) : "x";
        String id = c.isNamed() ? c.get("id", -1) : c.positional().size() > 1 ? c.get("", 1) : c.get("", 0);
        return embed("https://twitter.com/" + nz(user) + "/status/" + nz(id), "Post " + nz(id) + " by " + nz(user));
    }

    /** A network embed as a link in a box (no block text: Hugo's embed is a script or a frame). */
    private static String embed(String url, String label) {
        return "<div class=\"pd-embed\"><a href=\"" + esc(url) + "\">" + esc(label) + "</a></div>";
    }

    /** {@code markdownify} of one line: the wrapping paragraph dropped, as Hugo's markdownify does. */
    private static String inline(ShortcodePass.Render r, String markdown) {
        if (!present(markdown)) {
            return "";
        }
        String html = r.pass().markdownify(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").strip();
    }

    private static void attr(StringBuilder sb, String name, String value) {
        if (present(value)) {
            sb.append(' ').append(name).append("=\"").append(esc(value)).append('"');
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        return TemplateSupport.escapeHtml(s);
    }
}
