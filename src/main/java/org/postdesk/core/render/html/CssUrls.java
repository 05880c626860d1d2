package org.postdesk.core.render.html;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Makes a post's CSS (a {@code style} attribute or a {@code <style>} element) load nothing the
 * preview does not allow. Every {@code url(...)} goes through a mapper that returns the address
 * to use, or null to replace the function with {@code none}. The two places where CSS reads a
 * plain string as an address, {@code @import} and {@code image-set()}, are disabled; CSS with
 * backslash escapes (which could spell these words differently) is dropped whole. Stateless.
 */
public final class CssUrls {

    private CssUrls() {
    }

    /** The CSS with every URL mapped; {@code ""} when it cannot be read safely. */
    public static String rewrite(String css, UnaryOperator<String> mapper) {
        if (css.indexOf('\\') >= 0) {
            return "";
        }
        return rewriteUnescaped(css, mapper);
    }

    /**
     * As {@link #rewrite}, for a whole stylesheet, which often needs escapes in strings
     * ({@code content: "\e001"}): escapes inside strings and comments stay (a string never
     * becomes a function name or keyword; a URL with a backslash is the mapper's to refuse), a
     * backslash anywhere else is taken out so no escape can spell {@code url(} or {@code @import}.
     */
    public static String rewriteSheet(String css, UnaryOperator<String> mapper) {
        return rewriteUnescaped(stripEscapesOutsideStrings(css), mapper);
    }

    static String stripEscapesOutsideStrings(String css) {
        if (css.indexOf('\\') < 0) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length());
        int n = css.length();
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(css, i, end);
                i = end;
            } else if ((c == 'u' || c == 'U') && css.regionMatches(true, i, "url(", 0, 4)
                    && (i == 0 || !nameChar(Character.toLowerCase(css.charAt(i - 1))))
                    && !css.substring(i + 4, Math.min(n, i + 4 + 64)).stripLeading().matches("(?s)^[\"'].*")) {
                // an unquoted URL ends at the first ')'; quotes and backslashes in it only make it invalid
                int end = css.indexOf(')', i + 4);
                end = end < 0 ? n : end;
                out.append(css, i, i + 4);
                for (int k = i + 4; k < end; k++) {
                    char u = css.charAt(k);
                    if (u != '\\' && u != '"' && u != '\'') {
                        out.append(u);
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && css.charAt(j) != c && css.charAt(j) != '\n') {
                    j += css.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(css, i, j);
                i = j;
            } else {
                if (c != '\\') {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    private static String rewriteUnescaped(String css, UnaryOperator<String> mapper) {
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
    public static boolean isWebOrData(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("data:");
    }

    /** A mapper that keeps only web and data addresses (for CSS that cannot be resolved). */
    public static String webOrDataOnly(String url) {
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
