package org.postdesk.core.render;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Makes a post's CSS (a {@code style} attribute or a {@code <style>} element) load nothing the
 * preview does not allow. Every {@code url(...)} goes through a mapper that returns the address
 * to use, or null to replace the function with {@code none}. The two places where CSS reads a
 * plain string as an address, {@code @import} and {@code image-set()}, are disabled; CSS with
 * backslash escapes (which could spell these words differently) is dropped whole. Stateless.
 */
final class CssUrls {

    private CssUrls() {
    }

    /** The CSS with every URL mapped; {@code ""} when it cannot be read safely. */
    static String rewrite(String css, UnaryOperator<String> mapper) {
        if (css.indexOf('\\') >= 0) {
            return "";
        }
        String lower = css.toLowerCase(Locale.ROOT);
        if (!lower.contains("url(") && !lower.contains("@import") && !lower.contains("image-set")) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length() + 16);
        int i = 0;
        while (i < css.length()) {
            if (lower.startsWith("url(", i) && (i == 0 || !nameChar(lower.charAt(i - 1)))) {
                int close = closing(css, i + 4);
                String url = unquote(css.substring(i + 4, close).strip());
                String mapped = mapper.apply(url);
                if (mapped == null) {
                    out.append("none");
                } else if (mapped.equals(url)) {
                    out.append(css, i, Math.min(close + 1, css.length())); // as written
                } else {
                    out.append("url(\"").append(mapped.replace("\"", "%22")).append("\")");
                }
                i = Math.min(close + 1, css.length());
            } else if (lower.startsWith("@import", i)) {
                out.append("@pd-removed-import");
                i += 7;
            } else if (lower.startsWith("image-set", i)) {
                out.append("pd-removed-set");
                i += 9;
            } else {
                out.append(css.charAt(i++));
            }
        }
        return out.toString();
    }

    /** True when the URL needs no mapping: http(s) or data. Anything else is the caller's call. */
    static boolean isWebOrData(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("data:");
    }

    /** A mapper that keeps only web and data addresses (for CSS that cannot be resolved). */
    static String webOrDataOnly(String url) {
        return isWebOrData(url) ? url : null;
    }

    private static int closing(String css, int from) {
        char quote = 0;
        for (int p = from; p < css.length(); p++) {
            char c = css.charAt(p);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ')') {
                return p;
            }
        }
        return css.length();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static boolean nameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
