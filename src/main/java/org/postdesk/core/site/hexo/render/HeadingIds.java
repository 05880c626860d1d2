package org.postdesk.core.site.hexo.render;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Heading ids as the Hexo renderers make them: hexo-util's {@code slugize} of the heading's text
 * (diacritics folded, runs of spaces and punctuation one {@code -}, none at the ends), a repeated
 * id numbered ({@code -1}, {@code -2}: marked; markdown-it counts from 2), markdown-it only from
 * its anchor level. One instance per render (commonmark makes one per render), so the repeat
 * counts are this page's.
 */
final class HeadingIds implements AttributeProvider {

    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u001f]");
    private static final Pattern SPECIAL = Pattern.compile("[\\s~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private final HexoMarkdown settings;
    private final Map<String, Integer> seen = new HashMap<>();

    HeadingIds(HexoMarkdown settings) {
        this.settings = settings;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof Heading h) || attributes.containsKey("id")) {
            return;
        }
        if (settings.markdownIt() && h.getLevel() < settings.anchorLevel()) {
            return;
        }
        String id = slugize(textOf(h), settings.anchorCase());
        Integer n = seen.get(id);
        if (n == null) {
            seen.put(id, 1);
        } else if (settings.markdownIt()) {
            seen.put(id, n + 1);
            id = id + "-" + (n + 1);
        } else {
            seen.put(id, n + 1);
            id = id + "-" + n;
        }
        attributes.put("id", id);
    }

    /** hexo-util's slugize with the {@code -} separator. */
    static String slugize(String s, int transform) {
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // hexo-util folds Latin letters with diacritics only (kana keep their voicing marks)
            folded.append(c >= '\u00c0' && c <= '\u024f'
                    ? MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("")
                    : String.valueOf(c));
        }
        String r = SPECIAL.matcher(CONTROL.matcher(folded).replaceAll("")).replaceAll("-");
        r = r.replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
        return switch (transform) {
            case 1 -> r.toLowerCase(Locale.ROOT);
            case 2 -> r.toUpperCase(Locale.ROOT);
            default -> r;
        };
    }

    private static String textOf(Node heading) {
        StringBuilder sb = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                sb.append(TAGS.matcher(html.getLiteral()).replaceAll(""));
            }
        });
        return sb.toString().strip();
    }
}
