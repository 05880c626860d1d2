package org.postdesk.core.blog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blog's own main stylesheets, for previewing a post the way the blog shows it
 * (docs/decisions/0021). Only plain CSS counts: a {@code .css} file whose first line is front
 * matter ({@code ---}) holds Liquid or SCSS that Jekyll must build first, and {@code .scss} is
 * never read. When the blog's stylesheet is built by Jekyll, the copy in {@code _site/} from the
 * author's last build is used if there is one.
 *
 * <p>Where to look: the stylesheets the blog's own layouts and includes link
 * ({@code <link rel="stylesheet" href="{{ site.baseurl }}/css/main.css">}), in their order; when
 * the layouts name none (a theme gem), the usual places ({@code css/main.css},
 * {@code assets/css/style.css}...). Stateless; reads files, so not for the FX thread.
 */
public final class BlogStylesheets {

    /** A stylesheet larger than this is not read (bootstrap.css is about 150 KB). */
    public static final long MAX_BYTES = 1_500_000;
    private static final int MAX_SHEETS = 4;
    private static final long MAX_TEMPLATE_BYTES = 200_000;
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->|\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}");
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIQUID_STRING = Pattern.compile("\\{\\{-?\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern LIQUID = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");
    /** Where blogs and themes usually keep their main stylesheet, when no layout names it. */
    private static final List<String> USUAL = List.of("css/main.css", "assets/css/main.css", "assets/main.css",
            "assets/css/style.css", "css/style.css", "style.css", "main.css", "css/hux-blog.min.css",
            "css/hux-blog.css");

    private BlogStylesheets() {
    }

    /** The blog's plain main stylesheets in the order its pages load them; empty when it has none. */
    public static List<Path> find(Path blogRoot) {
        Path root = blogRoot.toAbsolutePath().normalize();
        Set<Path> found = new LinkedHashSet<>();
        for (String href : linkedHrefs(root)) {
            plainCopy(root, href).ifPresent(found::add);
            if (found.size() == MAX_SHEETS) {
                break;
            }
        }
        if (found.isEmpty()) {
            for (String usual : USUAL) {
                var p = plainCopy(root, usual);
                if (p.isPresent()) {
                    found.add(p.get());
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    /** The text of a stylesheet {@link #find} returned; throws with a sentence when it cannot be read. */
    public static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than " + MAX_BYTES / 1_000_000.0
                    + " MB, so the preview does not use it.");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** True when the file is CSS a browser can read as it is: not front matter for Jekyll to process. */
    static boolean isPlainCss(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
            return !start.startsWith("---");
        } catch (IOException e) {
            return false;
        }
    }

    /** The plain file for a site path: in the blog itself, else in {@code _site/}. */
    private static Optional<Path> plainCopy(Path root, String sitePath) {
        String path = sitePath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.isEmpty() || path.contains("..") || path.contains(":") || path.contains("\\")) {
            return Optional.empty();
        }
        for (Path candidate : List.of(root.resolve(path), root.resolve("_site").resolve(path))) {
            Path c = candidate.normalize();
            if (c.startsWith(root) && isPlainCss(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The local stylesheet addresses the layouts and includes link, Liquid taken out, in order. */
    static List<String> linkedHrefs(Path root) {
        List<String> hrefs = new ArrayList<>();
        for (Path template : templates(root)) {
            String text;
            try {
                if (Files.size(template) > MAX_TEMPLATE_BYTES) {
                    continue;
                }
                text = Files.readString(template, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                continue;
            }
            Matcher link = LINK.matcher(COMMENT.matcher(text).replaceAll(""));
            while (link.find()) {
                String tag = link.group();
                if (!tag.toLowerCase(Locale.ROOT).contains("stylesheet")) {
                    continue;
                }
                String value = hrefValue(tag);
                if (value != null) {
                    String local = localPath(value);
                    if (local != null && !hrefs.contains(local)) {
                        hrefs.add(local);
                    }
                }
            }
        }
        return hrefs;
    }

    /** The href value of a link tag, quotes included; Liquid inside it may hold the same quotes. */
    static String hrefValue(String tag) {
        Matcher m = HREF.matcher(tag);
        if (!m.find()) {
            return null;
        }
        int start = m.end();
        if (start >= tag.length()) {
            return null;
        }
        char quote = tag.charAt(start);
        int i = start + (quote == '"' || quote == '\'' ? 1 : 0);
        while (i < tag.length()) {
            if (tag.startsWith("{{", i) || tag.startsWith("{%", i)) {
                int close = tag.indexOf(tag.charAt(i + 1) == '{' ? "}}" : "%}", i + 2);
                if (close < 0) {
                    return null;
                }
                i = close + 2;
                continue;
            }
            char c = tag.charAt(i);
            if (quote == '"' || quote == '\'' ? c == quote : (Character.isWhitespace(c) || c == '>')) {
                return tag.substring(start, quote == '"' || quote == '\'' ? i + 1 : i);
            }
            i++;
        }
        return null;
    }

    /** {@code "{{ site.baseurl }}/css/a.css?v=2"} to {@code css/a.css}; null for web addresses. */
    static String localPath(String quotedHref) {
        String href = quotedHref;
        if (href.length() >= 2 && (href.charAt(0) == '"' || href.charAt(0) == '\'')) {
            href = href.substring(1, href.length() - 1);
        }
        Matcher string = LIQUID_STRING.matcher(href);
        if (string.find()) { // {{ "/assets/main.css" | relative_url }}
            href = string.group(1) != null ? string.group(1) : string.group(2);
        }
        href = LIQUID.matcher(href).replaceAll("").strip();
        int cut = href.indexOf('?');
        href = cut < 0 ? href : href.substring(0, cut);
        cut = href.indexOf('#');
        href = cut < 0 ? href : href.substring(0, cut);
        String lower = href.toLowerCase(Locale.ROOT);
        if (href.isEmpty() || lower.startsWith("//") || lower.matches("^[a-z][a-z0-9+.-]*:.*") || !lower.endsWith(".css")) {
            return null;
        }
        return href.startsWith("/") ? href.substring(1) : href;
    }

    /** {@code _includes/head*.html} first, then the other includes, then the layouts. */
    private static List<Path> templates(Path root) {
        List<Path> heads = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        for (String dir : List.of("_includes", "_layouts")) {
            Path folder = root.resolve(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.html")) {
                stream.forEach(files::add);
            } catch (IOException e) {
                continue;
            }
            files.sort(null);
            for (Path f : files) {
                (f.getFileName().toString().startsWith("head") ? heads : rest).add(f);
            }
        }
        heads.addAll(rest);
        return heads;
    }
}
