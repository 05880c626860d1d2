package org.postdesk.core.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.postdesk.core.render.html.CssUrls;

/**
 * A blog's own stylesheet made safe for the preview page (docs/decisions/0021). The page gets
 * the CSS as text, never the file: every {@code url(...)} in it becomes an absolute
 * {@code file:} URL when it points inside the blog folder (relative to the stylesheet, or
 * site-absolute {@code /fonts/x.woff} from the blog root), web and data addresses stay, and
 * anything else (other schemes, paths that leave the blog folder, escapes) becomes {@code none}.
 * {@code @import} and {@code image-set} are disabled as in a post's own CSS. Stateless.
 */
public final class BlogStyle {

    private BlogStyle() {
    }

    /**
     * @param css      the stylesheet's text
     * @param cssFile  where it was read, inside {@code blogRoot}
     * @param blogRoot the blog folder; nothing outside it is referenced by the result
     */
    public static String forPreview(String css, Path cssFile, Path blogRoot) {
        Path root = blogRoot.toAbsolutePath().normalize();
        Path dir = cssFile.toAbsolutePath().normalize().getParent();
        return CssUrls.rewriteSheet(css, url -> map(url, dir, root));
    }

    static String map(String url, Path dir, Path root) {
        String u = url.strip();
        if (CssUrls.isWebOrData(u)) {
            return u;
        }
        if (u.isEmpty() || u.indexOf('\\') >= 0 || u.startsWith("//")
                || u.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*:.*")) {
            return null;
        }
        int cut = indexOfAny(u, "?#");
        String suffix = cut < 0 ? "" : u.substring(cut);
        String path = cut < 0 ? u : u.substring(0, cut);
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path target = (path.startsWith("/") ? root.resolve(path.substring(1)) : dir.resolve(path)).normalize();
            if (!target.startsWith(root) || path.isEmpty()) {
                return null;
            }
            return target.toUri().toString() + suffix.replace("\"", "%22").replace(")", "%29");
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return null;
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
