package org.postdesk.core.blog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the local image links of a post and splits them into the blog's link style and folder. */
final class ImageLinks {
    /**
     * A local image link.
     *
     * @param before  the text before the site-relative path ({@code {{site.baseurl}}/}, {@code /}, {@code ../})
     * @param path    the decoded path from the site root ({@code postimg/a.png})
     * @param after   the text after the file name inside a Liquid filter ({@code " | relative_url }}}), else empty
     */
    record Link(String before, String path, String after) {
        String folder() {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }

    private static final Pattern MARKDOWN = Pattern.compile(
            "!\\[[^\\]\\n]*\\]\\(\\s*<?((?:\\{\\{[^}\\n]*\\}\\}|[^)\\s>])+)>?[^)\\n]*\\)");
    private static final Pattern HTML = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*([\"'])(.*?)\\1",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FILTER = Pattern.compile(
            "^(\\{\\{\\s*[\"'])/?(.+?)([\"']\\s*\\|\\s*(?:relative_url|absolute_url)\\s*\\}\\})$");
    private static final Pattern SITE_PREFIX = Pattern.compile(
            "^((?:\\{\\{\\s*site\\.(?:url|baseurl)\\s*\\}\\}\\s*)+/?)(.*)$");
    private static final Pattern EXTERNAL = Pattern.compile("^(?i)(?:[a-z][a-z0-9+.-]*:|//).*");
    private static final Set<String> IMAGE_EXTS =
            Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "avif", "ico", "tif", "tiff");

    private ImageLinks() {
    }

    /** URLs of images in a Markdown body (Markdown and HTML syntax). */
    static List<String> inBody(String body) {
        List<String> out = new ArrayList<>();
        Matcher md = MARKDOWN.matcher(body);
        while (md.find()) {
            out.add(md.group(1));
        }
        Matcher html = HTML.matcher(body);
        while (html.find()) {
            out.add(html.group(2));
        }
        return out;
    }

    /** Front-matter string values (nested too) that look like image paths. */
    static List<String> inFrontMatter(Map<String, Object> values) {
        List<String> out = new ArrayList<>();
        collect(values.values(), out);
        return out;
    }

    private static void collect(Iterable<?> values, List<String> out) {
        for (Object v : values) {
            if (v instanceof Map<?, ?> map) {
                collect(map.values(), out);
            } else if (v instanceof List<?> list) {
                collect(list, out);
            } else if (v instanceof String s && isImagePath(s)) {
                out.add(s.strip());
            }
        }
    }

    static boolean isImagePath(String s) {
        String t = s.strip();
        int q = indexOfAny(t, "?#");
        String path = q < 0 ? t : t.substring(0, q);
        int dot = path.lastIndexOf('.');
        return dot > 0 && !path.contains("\n") && IMAGE_EXTS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The link split into style and path; empty for external, data and unresolvable Liquid links. */
    static Optional<Link> parse(String rawUrl, String siteUrl) {
        String url = rawUrl.strip();
        Matcher filter = FILTER.matcher(url);
        if (filter.matches()) {
            String slash = url.substring(filter.end(1)).startsWith("/") ? "/" : "";
            return link(filter.group(1) + slash, filter.group(2), filter.group(3));
        }
        Matcher site = SITE_PREFIX.matcher(url);
        if (site.matches()) {
            return link(site.group(1), site.group(2), "");
        }
        if (url.contains("{{") || url.contains("{%")) {
            return Optional.empty();
        }
        if (!siteUrl.isEmpty() && url.startsWith(siteUrl + "/")) {
            return link(siteUrl + "/", url.substring(siteUrl.length() + 1), "");
        }
        if (EXTERNAL.matcher(url).matches()) {
            return Optional.empty();
        }
        int i = 0;
        while (url.startsWith("../", i) || url.startsWith("./", i)) {
            i += url.startsWith("../", i) ? 3 : 2;
        }
        if (i == 0 && url.startsWith("/")) {
            i = 1;
        }
        return link(url.substring(0, i), url.substring(i), "");
    }

    private static Optional<Link> link(String before, String rest, String after) {
        int q = indexOfAny(rest, "?#");
        String path = q < 0 ? rest : rest.substring(0, q);
        if (path.isEmpty() || path.endsWith("/")) {
            return Optional.empty();
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep the path as written
        }
        return Optional.of(new Link(before, path, after));
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
