package org.postdesk.core.site.hugo.render;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder a {@code {{< >}}} shortcode leaves in the Markdown text, as Hugo leaves
 * {@code HAHAHUGOSHORTCODE...HBHB}: the shortcode's HTML is put back after Markdown, so Markdown
 * never reads it (and the {@code renderer.unsafe} rule does not omit it). Hugo keeps the outputs in
 * a table; the preview's template pass and flavour are separate shared objects, so the token
 * carries the HTML itself, hex-encoded: letters and digits only, one word that no Markdown rule
 * (emphasis, linkify, typographer) touches. The flavour turns a paragraph that is only a token
 * into an HTML block (Hugo drops the wrapping {@code <p>} the same way) and a token in running
 * text into inline HTML (docs/decisions/0041).
 */
final class Placeholders {

    static final String START = "PDHUGOSC";
    static final String END = "ZCSOGUHDP";
    static final Pattern TOKEN = Pattern.compile(START + "([0-9a-f]*)" + END);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Placeholders() {
    }

    /** The token that stands for {@code html}. */
    static String token(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(START.length() + END.length() + 2 * bytes.length);
        sb.append(START);
        for (byte b : bytes) {
            sb.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return sb.append(END).toString();
    }

    /** The HTML of the token's hex digits. */
    static String html(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((Character.digit(hex.charAt(2 * i), 16) << 4) | Character.digit(hex.charAt(2 * i + 1), 16));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static boolean mayContain(String text) {
        return text.contains(START);
    }

    /** {@code text} with every token replaced by its HTML (for text that is HTML already, such as a rendered inner). */
    static String expand(String text) {
        if (!mayContain(text)) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(html(m.group(1))));
        }
        return m.appendTail(sb).toString();
    }
}
