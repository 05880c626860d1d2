package org.postdesk.core.site.hexo.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postdesk.core.render.LineMap;
import org.postdesk.core.render.TemplatePass;

/**
 * Hexo's steps before Markdown, as {@code hexo.post.render} takes them (docs/decisions/0039):
 * fenced code becomes its figure ({@link BacktickFences}); then, unless {@code disableNunjucks}
 * (the renderer's setting, or the post's own front matter) turns it off, its scanner
 * ({@link SwigScanner}) takes out tags, variables and comments, and each tag runs
 * ({@link NunjucksLite}, {@link HexoTags}). Hexo runs the tags on the HTML after Markdown, in
 * place of one-line placeholders; here the outputs ride in the same one-line placeholders
 * ({@link TagPlaceholder}) and {@link HexoFlavour} puts them back, so Markdown sees what marked
 * sees in Hexo. The line map follows the lines the placeholders take out. Never throws for text:
 * a broken tag is a visible note. Thread-safe (each call keeps its state on its stack).
 */
public final class HexoTagPass implements TemplatePass {

    private final HexoFlavour flavour;
    private final HexoMarkdown markdown;

    /** Tags of a blog whose Markdown is {@code flavour}'s. */
    public HexoTagPass(HexoFlavour flavour) {
        this.markdown = flavour.settings();
        this.flavour = flavour;
    }

    @Override
    public Result apply(String text, Context context) {
        List<String> notes = new ArrayList<>();
        String s = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
        Map<String, ?> site = context.site();
        CodeFigures code = new CodeFigures(highlighterOn(site.get("syntax_highlighter"), site.containsKey("syntax_highlighter")),
                site.get("code_dir") == null ? null : site.get("code_dir").toString());
        List<BacktickFences.Replacement> fences = BacktickFences.find(s, code.highlight());
        Rewrite first = Rewrite.of(s, fences);
        boolean disabled = markdown.disableNunjucks();
        if (context.page().get("disableNunjucks") instanceof Boolean b) {
            disabled = b;
        }
        if (disabled || !SwigScanner.hasSwig(first.text)) {
            return result(text, first, notes);
        }
        HexoPostContext post = new HexoPostContext(context, notes);
        NunjucksLite nunjucks = new NunjucksLite(new HexoTags(flavour, code), post);
        List<BacktickFences.Replacement> swig = new ArrayList<>();
        for (SwigScanner.Segment seg : SwigScanner.scan(first.text)) {
            String source = first.text.substring(seg.start(), seg.end());
            String replacement = switch (seg.kind()) {
                case TEXT -> null;
                case COMMENT -> "";
                case HTML_COMMENT -> TagPlaceholder.encode(TagPlaceholder.HTML, "", source);
                case VARIABLE, TAG -> {
                    String out = nunjucks.render(source);
                    yield TagPlaceholder.PATTERN.matcher(out).matches() ? out
                            : TagPlaceholder.encode(TagPlaceholder.HTML, out, source);
                }
            };
            if (replacement != null) {
                swig.add(new BacktickFences.Replacement(seg.start(), seg.end(), replacement));
            }
        }
        Rewrite second = Rewrite.of(first.text, swig);
        int[] lines = new int[second.lines.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = first.lines[Math.min(second.lines[i], first.lines.length - 1)];
        }
        return new Result(second.text, notes, LineMap.of(lines));
    }

    private static Result result(String original, Rewrite rewrite, List<String> notes) {
        return rewrite.text.equals(original) ? new Result(original, notes)
                : new Result(rewrite.text, notes, LineMap.of(rewrite.lines));
    }

    /** Hexo 7 and later highlight code unless {@code syntax_highlighter} is set empty or false. */
    static boolean highlighterOn(Object value, boolean present) {
        if (!present) {
            return true;
        }
        return value != null && !value.toString().isBlank() && !value.toString().equals("false");
    }

    /** A text with replacements made, and the source line of each of its lines. */
    private record Rewrite(String text, int[] lines) {

        static Rewrite of(String s, List<BacktickFences.Replacement> replacements) {
            StringBuilder out = new StringBuilder(s.length());
            List<Integer> lines = new ArrayList<>();
            lines.add(0);
            int line = 0;
            int at = 0;
            for (BacktickFences.Replacement r : replacements) {
                line = copy(s, at, r.start(), out, lines, line);
                int sourceNewlines = count(s, r.start(), r.end());
                int endLine = line + sourceNewlines;
                int made = count(r.text(), 0, r.text().length());
                for (int i = 0; i < r.text().length(); i++) {
                    char c = r.text().charAt(i);
                    out.append(c);
                    if (c == '\n') {
                        made--;
                        lines.add(Math.max(line, endLine - made));
                    }
                }
                line = endLine;
                at = r.end();
            }
            copy(s, at, s.length(), out, lines, line);
            int[] map = new int[lines.size()];
            for (int i = 0; i < map.length; i++) {
                map[i] = lines.get(i);
            }
            return new Rewrite(out.toString(), map);
        }

        private static int copy(String s, int from, int to, StringBuilder out, List<Integer> lines, int line) {
            out.append(s, from, to);
            int l = line;
            for (int i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) {
                lines.add(++l);
            }
            return l;
        }

        private static int count(String s, int from, int to) {
            int n = 0;
            for (int i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) {
                n++;
            }
            return n;
        }
    }
}
