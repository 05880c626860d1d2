package org.postdesk.core.site.hexo.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Where a Hexo post's image paths point, so the preview finds the files (docs/decisions/0039): a
 * site path ({@code /images/x.png}) is under the source folder, below the site's {@code root}; a
 * relative path is in the post's asset folder when {@code post_asset_folder} is on (Hexo serves
 * the post and its assets from one folder), and one that climbs ({@code ../images/x.png}) is read
 * from the post's own folder, as the editors authors write in read it. Paths become site paths of
 * the blog folder, which the preview's URL pass resolves; anything else is left as written.
 *
 * @param assetFolder  blog-relative, ending in {@code /}; empty when asset folders are off
 * @param postFolder   the folder of the post file, blog-relative, ending in {@code /}
 * @param sourceFolder the source folder, ending in {@code /} ({@code source/})
 * @param root         the site's {@code root} ({@code /} or {@code /blog/})
 */
record PostPaths(String assetFolder, String postFolder, String sourceFolder, String root) {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    static PostPaths parse(String payload) {
        String[] p = payload.split("\n", -1);
        return p.length < 4 ? null : new PostPaths(p[0], p[1], p[2], p[3].isEmpty() ? "/" : p[3]);
    }

    String rebase(String dest) {
        if (dest == null || dest.isEmpty() || dest.startsWith("#") || dest.startsWith("//") || dest.startsWith("\\")
                || SCHEME.matcher(dest).find() || dest.startsWith("{")) {
            return dest;
        }
        int cut = firstOf(dest, "?#");
        String path = cut < 0 ? dest : dest.substring(0, cut);
        String tail = cut < 0 ? "" : dest.substring(cut);
        String joined;
        if (path.startsWith("/")) {
            String r = root.endsWith("/") ? root : root + "/";
            String inSite = path.startsWith(r) ? path.substring(r.length()) : path.substring(1);
            joined = sourceFolder + inSite;
        } else {
            boolean climbs = path.startsWith("../");
            joined = (climbs || assetFolder.isEmpty() ? postFolder : assetFolder) + path;
        }
        String normal = normalize(joined);
        return normal == null ? dest : "/" + normal + tail;
    }

    /** {@code a/./b/../c} as {@code a/c}; null when it climbs above the blog folder. */
    private static String normalize(String path) {
        Deque<String> out = new ArrayDeque<>();
        for (String seg : path.split("/", -1)) {
            if (seg.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.removeLast();
            } else if (!seg.equals(".") && !seg.isEmpty()) {
                out.addLast(seg);
            }
        }
        return String.join("/", out);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
