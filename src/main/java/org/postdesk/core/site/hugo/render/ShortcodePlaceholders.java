package org.postdesk.core.site.hugo.render;

import java.util.Map;
import org.postdesk.core.render.TemplateSupport;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Call;

/**
 * A shortcode the preview does not run (the site's own, from {@code layouts/shortcodes/}, or a
 * theme's) as a visible placeholder: its name and parameters, and its inner content.
 *
 * <ul>
 *   <li>A theme's: the label {@code [theme shortcode NAME]} as a paragraph (the words
 *       hugo-compare.py's stand-in template writes, so a page is judged fairly), its parameters in a
 *       box below; a {@code {{< >}}} call without inner content on a line of its own is a box
 *       without a paragraph, as the stand-in leaves no paragraph there.</li>
 *   <li>The site's own: a box with the name and parameters (no paragraph: its real template
 *       writes its own HTML, which the preview does not run).</li>
 *   <li>Inner content is Markdown, rendered in place with its own source lines, for a
 *       {@code {{% %}}} call, a theme's shortcode and a site template that renders its inner
 *       Markdown ({@code markdownify}, {@code RenderString}, {@code "version": 1}); otherwise it
 *       goes into the page as the template would put it, as HTML.</li>
 *   <li>A call in running text is a short inline label with its parameters as a tooltip.</li>
 * </ul>
 */
final class ShortcodePlaceholders {

    private ShortcodePlaceholders() {
    }

    static void write(ShortcodePass.Render r, Call c, ShortcodePass.Out to, int level) {
        ShortcodePass pass = r.pass();
        boolean site = pass.isSiteShortcode(c.name());
        String params = params(c);
        int line = r.lineOf(c.start());
        String label = site ? c.name() : "[theme shortcode " + c.name() + "]";
        if (c.inner() == null && !r.standsAlone(c)) {
            to.generated(Placeholders.token("<span class=\"pd-shortcode\"" + (params.isEmpty() ? "" : " title=\""
                    + esc(params) + "\"") + ">" + esc(label) + "</span>"), line);
            return;
        }
        String box = params.isEmpty() ? "" : "<div class=\"pd-shortcode-params\"><code>" + esc(params) + "</code></div>";
        String head;
        if (site) {
            head = "<div class=\"pd-shortcode pd-shortcode-site\"><span class=\"pd-shortcode-label\">" + esc(label)
                    + "</span>" + (params.isEmpty() ? "" : " <code>" + esc(params) + "</code>") + "</div>";
        } else if (c.inner() == null && !c.markup()) {
            head = "<div class=\"pd-shortcode\"><span class=\"pd-shortcode-label\">" + esc(label) + "</span>"
                    + (params.isEmpty() ? "" : " <code>" + esc(params) + "</code>") + "</div>";
        } else {
            head = "<p class=\"pd-shortcode-label\">" + esc(label) + "</p>" + box;
        }
        if (c.inner() == null) {
            to.generated(Placeholders.token(head), line);
            return;
        }
        if (!site || c.markup() || rendersMarkdown(pass.siteTemplate(c.name()))) {
            to.generated(Placeholders.token(head) + "\n\n", line);
            r.pieces(c.inner(), to, level + 1);
            to.generated("\n\n", r.lineOf(c.innerEnd()));
            return;
        }
        String inner = Placeholders.expand(r.innerString(c, level));
        to.generated(Placeholders.token(head + "<div class=\"pd-shortcode-inner\">" + inner + "</div>"), line);
    }

    /** Whether a template renders its inner text as Markdown. */
    static boolean rendersMarkdown(String template) {
        if (template == null) {
            return true;
        }
        String t = template.replaceAll("\\s+", "");
        return t.contains(".Inner|markdownify") || t.contains("RenderString") || t.contains("\"version\":1")
                || t.contains(".InnerDeindent|markdownify") || t.contains("markdownify.Inner");
    }

    /** The parameters as written: {@code key="value"} pairs or positional values, quoted when needed. */
    static String params(Call c) {
        StringBuilder sb = new StringBuilder();
        if (c.isNamed()) {
            for (Map.Entry<String, String> e : c.named().entrySet()) {
                sb.append(sb.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(quote(e.getValue()));
            }
        } else {
            for (String p : c.positional()) {
                sb.append(sb.length() == 0 ? "" : " ").append(quote(p));
            }
        }
        return sb.toString();
    }

    private static String quote(String v) {
        return v.isEmpty() || v.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '"' || ch == '=')
                ? "\"" + v.replace("\"", "\\\"") + "\"" : v;
    }

    private static String esc(String s) {
        return TemplateSupport.escapeHtml(s);
    }
}
