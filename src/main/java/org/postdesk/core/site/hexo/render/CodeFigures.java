package org.postdesk.core.site.hexo.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code blocks as Hexo writes them when a highlighter is on ({@code syntax_highlighter}, highlight.js
 * by default): {@code <figure class="highlight LANG">}, an optional {@code <figcaption>}, then the
 * code; the preview's highlighter colours it (no line-number table). With the highlighter off, a
 * plain {@code <pre><code>}. Used by {@code ```} fences, {@code {% codeblock %}} and
 * {@code include_code} (docs/decisions/0039). Immutable.
 */
final class CodeFigures {

    private static final Pattern CAPTION_URL_TITLE = Pattern.compile("(\\S[\\S\\s]*)\\s+(https?://\\S+)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_URL = Pattern.compile("(\\S[\\S\\s]*)\\s+(https?://\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile("\\S[\\S\\s]*");
    private static final Pattern INCLUDE = Pattern.compile("(.*)?(?:\\s+|^)(/*\\S+)");

    private final boolean highlight;
    private final String codeDir;

    /** @param highlight whether the blog's {@code syntax_highlighter} is on; {@code codeDir} its {@code code_dir} */
    CodeFigures(boolean highlight, String codeDir) {
        this.highlight = highlight;
        this.codeDir = codeDir == null || codeDir.isBlank() ? "downloads/code/" : codeDir.endsWith("/") ? codeDir : codeDir + "/";
    }

    boolean highlight() {
        return highlight;
    }

    /** The figure for {@code code} in {@code lang} (may be null), with {@code caption} HTML (may be empty). */
    static String figure(String code, String lang, String caption) {
        String language = lang == null || lang.isBlank() ? "" : lang.strip();
        StringBuilder out = new StringBuilder(code.length() + 120);
        out.append("<figure class=\"highlight").append(language.isEmpty() ? "" : " " + HexoHtml.attr(language)).append("\">");
        if (caption != null && !caption.isEmpty()) {
            out.append("<figcaption>").append(caption).append("</figcaption>");
        }
        out.append("<pre><code").append(language.isEmpty() ? "" : " class=\"language-" + HexoHtml.attr(language) + "\"")
                .append('>').append(HexoHtml.escape(code).replace("{", "&#123;").replace("}", "&#125;"))
                .append("</code></pre></figure>");
        return out.toString();
    }

    /** {@code {% codeblock [title] [lang:x] [url] [link text] [options] %}}. */
    String codeTag(List<String> args, String content) {
        int off = -1;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("highlight:")) {
                off = i;
            }
        }
        boolean enabled = highlight;
        if (off >= 0) {
            enabled &= args.remove(off).substring(10).equals("true");
        }
        if (!enabled) {
            return "<pre><code>" + HexoHtml.escape(content) + "</code></pre>";
        }
        String lang = null;
        StringBuilder rest = new StringBuilder();
        for (String a : args) {
            int colon = a.indexOf(':');
            String key = colon < 0 ? "" : a.substring(0, colon);
            switch (key) {
                case "lang" -> lang = a.substring(colon + 1);
                case "line_number", "line_threshold", "first_line", "wrap", "mark", "language_attr" -> { }
                default -> rest.append(rest.length() == 0 ? "" : " ").append(a);
            }
        }
        return figure(content, lang, caption(rest.toString()));
    }

    /** The caption of a code tag: text, then a link with its URL and text. */
    static String caption(String arg) {
        Matcher m;
        if ((m = CAPTION_URL_TITLE.matcher(arg)).find()) {
            return "<span>" + m.group(1) + "</span><a href=\"" + HexoHtml.attr(m.group(2)) + "\">" + m.group(3) + "</a>";
        }
        if ((m = CAPTION_URL.matcher(arg)).find()) {
            return "<span>" + m.group(1) + "</span><a href=\"" + HexoHtml.attr(m.group(2)) + "\">link</a>";
        }
        if ((m = CAPTION.matcher(arg)).find()) {
            return "<span>" + m.group() + "</span>";
        }
        return "";
    }

    /** {@code {% include_code [title] [lang:x] [from:n] [to:n] path %}}: a file under {@code source/CODE_DIR}. */
    String includeCode(List<String> args, HexoPostContext post) {
        String arg = String.join(" ", args);
        String lang = "";
        Matcher m = Pattern.compile("\\s*lang:(\\w+)", Pattern.CASE_INSENSITIVE).matcher(arg);
        if (m.find()) {
            lang = m.group(1);
            arg = arg.substring(0, m.start()) + arg.substring(m.end());
        }
        int from = 0;
        m = Pattern.compile("\\s*from:(\\d+)", Pattern.CASE_INSENSITIVE).matcher(arg);
        if (m.find()) {
            from = Math.max(0, Integer.parseInt(m.group(1)) - 1);
            arg = arg.substring(0, m.start()) + arg.substring(m.end());
        }
        int to = Integer.MAX_VALUE;
        m = Pattern.compile("\\s*to:(\\d+)", Pattern.CASE_INSENSITIVE).matcher(arg);
        if (m.find()) {
            to = Integer.parseInt(m.group(1));
            arg = arg.substring(0, m.start()) + arg.substring(m.end());
        }
        Matcher f = INCLUDE.matcher(arg);
        if (!f.find()) {
            return "";
        }
        String path = f.group(2).replaceAll("^/+", "");
        if (path.contains("..")) {
            return "";
        }
        String file = "source/" + codeDir + path;
        String text = post.text(file).orElse(null);
        if (text == null) {
            post.note("{% include_code " + path + " %} finds no " + file + ": Hexo leaves it out.");
            return "";
        }
        List<String> lines = text.lines().toList();
        String code = String.join("\n", lines.subList(Math.min(from, lines.size()), Math.min(to, lines.size()))).strip();
        String name = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
        String title = f.group(1) == null || f.group(1).isBlank() ? name : f.group(1);
        if (lang.isEmpty() && name.contains(".")) {
            lang = name.substring(name.lastIndexOf('.') + 1);
        }
        if (!highlight) {
            return "<pre><code>" + HexoHtml.escape(code) + "</code></pre>";
        }
        String caption = "<span>" + title + "</span><a href=\"" + HexoHtml.attr(post.urlFor(codeDir + path)) + "\">view raw</a>";
        return figure(code, lang, caption);
    }
}
