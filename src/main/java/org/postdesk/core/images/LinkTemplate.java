package org.postdesk.core.images;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a post links to a file in the blog's image folder, e.g.
 * {@code {{site.baseurl}}/postimg/{name}}. An implementation returns a URL that can stand in a
 * Markdown link destination as it is: the file name percent-encoded where needed.
 */
@FunctionalInterface
public interface LinkTemplate {
    String PLACEHOLDER = "{name}";

    /** The URL of {@code fileName} (a plain file name in the image folder, not encoded). */
    String urlFor(String fileName);

    /**
     * True when {@link #urlFor} gives a whole template tag that shows the image
     * ({@code {% asset_img name.png %}}, Hexo), not a URL for {@code ![alt](url)}.
     */
    default boolean tag() {
        return false;
    }

    /**
     * A template with one {@code {name}} placeholder. Liquid tags ({@code {{ site.baseurl }}})
     * are kept as written, since Jekyll replaces them before the Markdown is read; spaces and
     * parentheses in the rest of the template are percent-encoded.
     */
    static LinkTemplate of(String pattern) {
        int at = pattern.indexOf(PLACEHOLDER);
        if (at < 0 || pattern.indexOf(PLACEHOLDER, at + 1) >= 0) {
            throw new IllegalArgumentException("A link template needs exactly one " + PLACEHOLDER + ": " + pattern);
        }
        String trimmed = pattern.strip();
        if (trimmed.startsWith("{%") && trimmed.endsWith("%}")) {
            return new TagTemplate(trimmed.substring(0, trimmed.indexOf(PLACEHOLDER)),
                    trimmed.substring(trimmed.indexOf(PLACEHOLDER) + PLACEHOLDER.length()));
        }
        String before = encodeOutsideLiquid(pattern.substring(0, at));
        String after = encodeOutsideLiquid(pattern.substring(at + PLACEHOLDER.length()));
        return fileName -> before + encodeName(fileName) + after;
    }

    /**
     * Percent-encodes everything in a file name but unreserved URL characters and letters or
     * digits beyond ASCII: authors write {@code 对偶问题.png} as it is (416 local image links with
     * Chinese in the corpus, none percent-encoded; decision record 0032), and kramdown, commonmark
     * and browsers read it so.
     */
    static String encodeName(String fileName) {
        StringBuilder out = new StringBuilder();
        fileName.codePoints().forEach(cp -> {
            if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || "-._~".indexOf(cp) >= 0
                    || cp > 0x7F && Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                return;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        });
        return out.toString();
    }

    private static String encodeOutsideLiquid(String text) {
        Matcher liquid = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}").matcher(text);
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (liquid.find()) {
            out.append(encodeLiteral(text.substring(done, liquid.start()))).append(liquid.group());
            done = liquid.end();
        }
        return out.append(encodeLiteral(text.substring(done))).toString();
    }

    private static String encodeLiteral(String text) {
        return text.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }

    /** A template that is one tag with the file name inside ({@code {% asset_img {name} %}}): the name goes in as it is. */
    record TagTemplate(String before, String after) implements LinkTemplate {
        @Override
        public String urlFor(String fileName) {
            boolean spaced = fileName.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"');
            return before + (spaced ? "\"" + fileName.replace("\"", "") + "\"" : fileName) + after;
        }

        @Override
        public boolean tag() {
            return true;
        }
    }
}
