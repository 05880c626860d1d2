package org.postdesk.core.site.hugo.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postdesk.core.render.LineMap;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.render.TemplateSupport;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Broken;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Call;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Piece;
import org.postdesk.core.site.hugo.render.ShortcodeParser.Text;

/**
 * Hugo's shortcodes as the template pass before Markdown (docs/decisions/0041). As in Hugo 0.111:
 * a {@code {{% %}}} call's output goes into the Markdown text (so Markdown reads it); a
 * {@code {{< >}}} call's output is put back after Markdown ({@link Placeholders}). Hugo's own
 * shortcodes are rendered as Hugo renders them ({@link BuiltinShortcodes}); a shortcode of the
 * site's {@code layouts/shortcodes/} or of its theme is a visible placeholder with its name and
 * parameters whose inner Markdown stays readable ({@link ShortcodePlaceholders}). A tag that cannot
 * be read shows as text with a note. Output lines map back to the editor's lines. Thread-safe.
 */
public final class ShortcodePass implements TemplatePass {

    private final MarkdownFlavour flavour;
    private final Map<String, String> siteTemplates;
    private final Map<String, ?> siteParams;

    /**
     * @param flavour       the site's Markdown flavour (for inner Markdown and {@code markdownify})
     * @param siteTemplates the site's own shortcodes by lower-case name (the path under
     *                      {@code layouts/shortcodes/} without its suffix) with their template text
     * @param siteParams    the site's {@code params}, for the {@code param} shortcode
     */
    public ShortcodePass(MarkdownFlavour flavour, Map<String, String> siteTemplates, Map<String, ?> siteParams) {
        this.flavour = flavour;
        this.siteTemplates = siteTemplates == null ? Map.of() : Map.copyOf(siteTemplates);
        this.siteParams = siteParams == null ? Map.of() : siteParams;
    }

    @Override
    public Result apply(String text, Context context) {
        if (!ShortcodeParser.mayHaveShortcodes(text)) {
            return new Result(text, List.of());
        }
        Render r = new Render(text, context);
        r.pieces(ShortcodeParser.parse(text), r.out, 0);
        return new Result(r.out.text(), r.notes, LineMap.of(r.out.lines()));
    }

    /** The flavour's HTML of {@code markdown} (no source lines), with placeholders put back. */
    String markdownify(String markdown) {
        return Placeholders.expand(TemplateSupport.markdownify(markdown, flavour));
    }

    /** The settings of the flavour, when it is Goldmark's. */
    Object flavourMarkup() {
        return flavour instanceof GoldmarkFlavour g ? g.markup() : null;
    }

    boolean isSiteShortcode(String name) {
        return siteTemplates.containsKey(name.toLowerCase(Locale.ROOT));
    }

    String siteTemplate(String name) {
        return siteTemplates.get(name.toLowerCase(Locale.ROOT));
    }

    Map<String, ?> siteParams() {
        return siteParams;
    }

    /** One render: the body, its line starts, the output and the notes. */
    final class Render {
        final String body;
        final Context context;
        final int[] lineStarts;
        final Out out;
        final List<String> notes = new ArrayList<>();

        Render(String body, Context context) {
            this.body = body;
            this.context = context;
            this.lineStarts = lineStarts(body);
            this.out = new Out();
        }

        ShortcodePass pass() {
            return ShortcodePass.this;
        }

        int lineOf(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return i >= 0 ? i : -i - 2;
        }

        /** Writes {@code pieces} into {@code to}; {@code level} 0 is the page itself. */
        void pieces(List<Piece> pieces, Out to, int level) {
            for (Piece p : pieces) {
                if (p instanceof Text t) {
                    to.verbatim(t.text(), lineOf(t.start()));
                } else if (p instanceof Broken b) {
                    notes.add("Line " + (lineOf(b.start()) + 1) + ": the shortcode " + b.source().strip()
                            + " could not be read (" + b.reason() + "); Hugo would stop the build. It is shown as text.");
                    to.generated(Placeholders.token("<code class=\"pd-shortcode-broken\" title=\""
                            + TemplateSupport.escapeHtml(b.reason()) + "\">" + TemplateSupport.escapeHtml(b.source())
                            + "</code>"), lineOf(b.start()));
                } else {
                    call((Call) p, to, level);
                }
            }
        }

        /** The inner pieces as one string, nested calls rendered (their own way) into it. */
        String innerString(Call c, int level) {
            if (c.inner() == null) {
                return "";
            }
            Out o = new Out();
            pieces(c.inner(), o, level + 1);
            return o.text();
        }

        /** The spaces and tabs before the call on its line, when only they come before it. */
        String indentation(Call c) {
            int ls = c.start();
            while (ls > 0 && (body.charAt(ls - 1) == ' ' || body.charAt(ls - 1) == '\t')) {
                ls--;
            }
            return ls == 0 || body.charAt(ls - 1) == '\n' ? body.substring(ls, c.start()) : "";
        }

        /** Whether the call stands on lines of its own (only spaces before and after it). */
        boolean standsAlone(Call c) {
            int ls = c.start();
            while (ls > 0 && body.charAt(ls - 1) != '\n') {
                if (!Character.isWhitespace(body.charAt(ls - 1))) {
                    return false;
                }
                ls--;
            }
            for (int i = c.end(); i < body.length() && body.charAt(i) != '\n'; i++) {
                if (!Character.isWhitespace(body.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private void call(Call c, Out to, int level) {
            int line = lineOf(c.start());
            String name = c.name().toLowerCase(Locale.ROOT);
            if (BuiltinShortcodes.knows(name) && !isSiteShortcode(name)) {
                String html = BuiltinShortcodes.render(this, c, level);
                if (BuiltinShortcodes.isText(name) || (c.markup() && level == 0)) {
                    to.generated(html, line); // a URL or a value; or the {{% %}} form: Markdown reads it
                } else {
                    to.generated(Placeholders.token(html), line);
                }
            } else {
                ShortcodePlaceholders.write(this, c, to, level);
            }
            to.sourceLine(lineOf(c.end()));
        }
    }

    private static int[] lineStarts(String s) {
        int n = 1;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            starts[k++] = i + 1;
        }
        return starts;
    }

    /** The output text and the source line of each of its lines. */
    static final class Out {
        private final StringBuilder sb = new StringBuilder();
        private int[] lines = new int[64];
        private int count = 1;
        /** The source line the next line feed of generated text maps to. */
        private int current;

        /** Source text starting on {@code line}: each line feed starts the next source line. */
        void verbatim(String s, int line) {
            current = line;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                sb.append(c);
                if (c == '\n') {
                    current++;
                    newLine(current);
                }
            }
        }

        /** Text the pass made for a tag on {@code line}: its lines all map to that line. */
        void generated(String s, int line) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                sb.append(c);
                if (c == '\n') {
                    newLine(line);
                }
            }
            current = line;
        }

        /** Where the source continues after a tag. */
        void sourceLine(int line) {
            current = line;
        }

        private void newLine(int source) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = source;
        }

        String text() {
            return sb.toString();
        }

        int[] lines() {
            return Arrays.copyOf(lines, count);
        }
    }
}
