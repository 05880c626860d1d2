package org.postdesk.core.site.hugo.render;

import java.util.Map;
import org.postdesk.core.render.TemplateSupport;

/**
 * The HTML Hugo's highlighter (Chroma) wraps code in, for fenced code ({@code markup.highlight
 * .codeFences}) and the {@code highlight} shortcode: {@code <div class="highlight"><pre
 * tabindex="0" ...><code class="language-X" data-lang="X">}, one {@code span} per line, with the
 * inline Monokai colours of {@code noClasses = true} (Hugo's default) or Chroma's classes. The
 * preview does not colour tokens (there is no Chroma here) and leaves out line numbers; the text
 * is the same. A fence without a language is {@code <pre tabindex="0"><code>}, as Hugo writes it.
 */
final class Highlight {

    private static final String MONOKAI = "color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;";

    private Highlight() {
    }

    /** A fenced code block: {@code info} is the text after the fence. {@code attrs} go on the outer element. */
    static String fence(String info, String code, HugoMarkup markup, Map<String, String> attrs) {
        String lang = info == null ? "" : info.strip();
        int space = indexOfSpaceOrBrace(lang);
        if (space >= 0) {
            lang = lang.substring(0, space);
        }
        if (lang.isEmpty() || !markup.codeFences()) {
            StringBuilder sb = new StringBuilder("<pre tabindex=\"0\"").append(attributes(attrs)).append("><code");
            if (!lang.isEmpty()) {
                sb.append(" class=\"language-").append(esc(lang)).append('"');
            }
            return sb.append('>').append(esc(code)).append("</code></pre>").toString();
        }
        return chroma(code, lang, markup.noClasses(), attrs);
    }

    /** Chroma's wrapper around {@code code} in {@code lang}. */
    static String chroma(String code, String lang, boolean noClasses, Map<String, String> attrs) {
        StringBuilder sb = new StringBuilder(code.length() * 2 + 200);
        sb.append("<div class=\"highlight\"").append(attributes(attrs)).append("><pre tabindex=\"0\"");
        sb.append(noClasses ? " style=\"" + MONOKAI + "\"" : " class=\"chroma\"");
        sb.append("><code");
        if (!lang.isEmpty()) {
            sb.append(" class=\"language-").append(esc(lang)).append("\" data-lang=\"").append(esc(lang)).append('"');
        }
        sb.append('>');
        String[] lines = code.split("\n", -1);
        int n = code.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < n; i++) {
            sb.append(noClasses ? "<span style=\"display:flex;\"><span>" : "<span class=\"line\"><span class=\"cl\">");
            sb.append(esc(lines[i])).append(i < lines.length - 1 ? "\n" : "").append("</span></span>");
        }
        return sb.append("</code></pre></div>").toString();
    }

    private static int indexOfSpaceOrBrace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '{') {
                return i;
            }
        }
        return -1;
    }

    private static String attributes(Map<String, String> attrs) {
        if (attrs == null || attrs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        attrs.forEach((k, v) -> sb.append(' ').append(esc(k)).append("=\"").append(esc(v)).append('"'));
        return sb.toString();
    }

    private static String esc(String s) {
        return TemplateSupport.escapeHtml(s);
    }
}
