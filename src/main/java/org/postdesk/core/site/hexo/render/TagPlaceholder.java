package org.postdesk.core.site.hexo.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a tag's output crosses the Markdown step, as Hexo's own placeholders do: the tag pass puts an
 * HTML comment where the tag was (one line, so Markdown sees what marked sees in Hexo: a raw HTML
 * block on a line of its own, inline HTML inside a paragraph), and {@link HexoFlavour} puts the
 * output back into the raw HTML it parsed, or the tag's own text inside code, where Hexo leaves
 * tags alone (docs/decisions/0039). The comment carries the output and the source in Base64, which
 * has no {@code -}, so it is a valid comment for CommonMark. Stateless.
 */
final class TagPlaceholder {

    /** The output is HTML. */
    static final char HTML = 'h';
    /** The output is a link to another post: {@code url}, newline, {@code title}, newline, {@code text}. */
    static final char POST_LINK = 'l';

    static final String START = "<!--pdhexo:";
    static final Pattern PATTERN = Pattern.compile("<!--pdhexo:([hl]):([A-Za-z0-9+/=]*):([A-Za-z0-9+/=]*)-->");

    private TagPlaceholder() {
    }

    static String encode(char kind, String output, String source) {
        Base64.Encoder b64 = Base64.getEncoder();
        return START + kind + ":" + b64.encodeToString(output.getBytes(StandardCharsets.UTF_8)) + ":"
                + b64.encodeToString(source.getBytes(StandardCharsets.UTF_8)) + "-->";
    }

    /** One decoded placeholder. */
    record Decoded(char kind, String output, String source) {
    }

    static Decoded decode(Matcher m) {
        return new Decoded(m.group(1).charAt(0), text(m.group(2)), text(m.group(3)));
    }

    private static String text(String b64) {
        try {
            return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** {@code s} with every placeholder replaced by its output ({@code source} false) or its source. */
    static String replaceAll(String s, boolean source) {
        if (!s.contains(START)) {
            return s;
        }
        Matcher m = PATTERN.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            Decoded d = decode(m);
            String value = source ? d.source() : d.kind() == POST_LINK ? linkHtml(d.output()) : d.output();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A post link's output as raw HTML, where it cannot be a Markdown link (inside other raw HTML). */
    static String linkHtml(String payload) {
        String[] p = payload.split("\n", 3);
        String url = p[0];
        String title = p.length > 1 ? p[1] : "";
        String text = p.length > 2 ? p[2] : title;
        return "<a href=\"" + HexoHtml.attr(url) + "\" title=\"" + HexoHtml.attr(title) + "\">" + text + "</a>";
    }
}
