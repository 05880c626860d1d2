package org.postdesk.core.site.hugo.render;

import java.util.Map;
import org.postdesk.core.render.TemplateSupport;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Call;

/**
 * A shortcode the preview does not run (the site's own, from {@code layouts/shortcodes/}, or a
 * theme's) as a visible placeholder: its name and parameters, and its inner content.
 *
 * <ul>
 *   <li>A theme's: the label {@code [theme shortcode NAME]} (the words hugo-compare.py's stand-in
 *       template writes, so a page is judged fairly): a paragraph above its inner content, inline
 *       text otherwise; the parameters are the element's {@code title}, which the preview's
 *       stylesheet shows after the label.</li>
 *   <li>The site's own: a chip whose name and parameters the stylesheet draws from its
 *       {@code title}: the page's text is only what the real template would add (the preview
 *       does not run it).</li>
 *   <li>Inner content is Markdown, rendered in place with its own source lines, for a
 *       {@code {{% %}}} call, a theme's shortcode and a site template that renders its inner
 *       Markdown ({@code markdownify}, {@code RenderString}, {@code "version": 1}); otherwise it
 *       goes into the page as the template would put it, as HTML.</li>
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
        String title = params.isEmpty() ? "" : " title=\"" + esc(params) + "\"";
        if (site) {
            // a chip: the name and parameters come from the stylesheet (the title), the text is the template's alone
            String chip = "<span class=\"pd-shortcode pd-shortcode-site\" title=\"" + esc((c.name() + " " + params).strip())
                    + "\"></span>";
            if (c.inner() == null) {
                to.generated(Placeholders.token(chip), line);
            } else if (c.markup() || rendersMarkdown(pass.siteTemplate(c.name()))) {
                to.generated(Placeholders.token(chip) + "\n\n", line);
                r.pieces(c.inner(), to, level + 1);
                to.generated("\n\n", r.lineOf(c.innerEnd()));
            } else {
                String inner = Placeholders.expand(r.innerString(c, level));
                to.generated(Placeholders.token(chip + "<div class=\"pd-shortcode-inner\">" + inner + "</div>"), line);
            }
            return;
        }
        String label = esc("[theme shortcode " + c.name() + "]");
        if (c.inner() == null && !c.markup()) {
            to.generated(Placeholders.token("<span class=\"pd-shortcode\"" + title + ">" + label + "</span>"), line);
        } else if (c.inner() == null) {
            // the {{% %}} form's output is Markdown text: the label joins the paragraph it stands in
            to.generated("\\[theme shortcode " + c.name().replace("_", "\\_") + "\\]"
                    + (params.isEmpty() ? "" : Placeholders.token("<span class=\"pd-shortcode-params\"" + title + "></span>")),
                    line);
        } else {
            to.generated(Placeholders.token("<p class=\"pd-shortcode\"" + title + ">" + label + "</p>") + "\n\n", line);
            r.pieces(c.inner(), to, level + 1);
            to.generated("\n\n", r.lineOf(c.innerEnd()));
        }
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
