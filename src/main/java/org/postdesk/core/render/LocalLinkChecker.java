package org.postdesk.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lists the local images of one post and reports the broken ones, for {@code postdesk check}:
 * Markdown images, {@code <img src>} in HTML, and image-like front-matter values
 * ({@code header-img}, {@code image}, {@code cover}, {@code thumbnail}, {@code teaser},
 * {@code header.overlay_image}...), after Liquid with the site config. External URLs and
 * {@code data:} URIs are skipped. Relative paths are taken from the site root (see
 * {@link SiteUrlResolver}). Immutable and thread-safe.
 */
public final class LocalLinkChecker {

    private static final Set<String> IMAGE_KEYS = Set.of("header-img", "image", "cover", "thumbnail", "teaser",
            "banner", "hero", "feature", "featured", "bg", "background", "header-bg", "share-img", "og_image");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp",
            "avif", "ico", "tif", "tiff", "heic");

    private final TemplatePass liquid;
    private final BodyImages bodyImages;

    /** For a site's posts: its template pass, then its Markdown flavour reads the image links. */
    public LocalLinkChecker(TemplatePass liquid, MarkdownFlavour flavour) {
        this.liquid = liquid;
        this.bodyImages = new BodyImages(flavour);
    }

    /** Every local image reference (external ones left out), in file order. */
    public List<ImageLink> images(CheckRequest request) {
        return images(request, false);
    }

    /** Every image reference, web ones ({@link SiteTarget.Kind#EXTERNAL}) too when asked, in file order. */
    public List<ImageLink> images(CheckRequest request, boolean withExternal) {
        SiteUrlResolver resolver = new SiteUrlResolver(request.site(), request.files(), null);
        TemplatePass.Context context = new TemplatePass.Context(request.page(), request.site(), SiteLinks.NONE);
        List<ImageLink> links = new ArrayList<>();
        frontMatter(request, request.page(), context, resolver, links, withExternal);
        TemplatePass.Result liquidResult = liquid.apply(request.body(), context);
        String body = liquidResult.text();
        for (BodyImages.Found f : bodyImages.find(body)) {
            if (f.url().contains("{{") || f.url().contains("{%")) {
                continue; // Liquid this checker cannot evaluate ({% if %}, loops): no verdict
            }
            SiteTarget target = resolver.resolve(f.url());
            if (withExternal || target.kind() != SiteTarget.Kind.EXTERNAL) {
                links.add(new ImageLink(request.bodyFirstLine() + liquidResult.lines().sourceLine(f.line()), f.source(), f.url(), target, f.multiLine()));
            }
        }
        return links;
    }

    /** The broken local images, in file order. */
    public List<LinkProblem> check(CheckRequest request) {
        List<LinkProblem> problems = new ArrayList<>();
        for (ImageLink link : images(request)) {
            String message = message(link, request.files());
            if (message != null) {
                problems.add(new LinkProblem(link.line(), LinkProblem.Severity.ERROR, link.written(), message));
            }
        }
        return problems;
    }

    private static String message(ImageLink link, BlogFiles files) {
        SiteTarget t = link.target();
        String shown = "Image \"" + link.written().replaceAll("\\R", " ") + "\"";
        String split = link.multiLine() ? " The link is also split across lines, so it does not show at all." : "";
        return switch (t.kind()) {
            case FILE, EXTERNAL -> null;
            case WRONG_CASE -> shown + " matches the file " + t.realPath() + " only if letter case is ignored: it"
                    + " shows on Windows and macOS but breaks on a Linux server. Write " + t.realPath() + "." + split;
            case MISSING -> shown + " points to no file in the blog (looked for " + t.relPath() + ")."
                    + hints(link.written(), files) + split;
            case OUTSIDE, BROKEN_TAG -> shown + ": " + t.note() + split;
        };
    }

    private static String hints(String written, BlogFiles files) {
        StringBuilder sb = new StringBuilder();
        if (written.indexOf('\\') >= 0) {
            sb.append(" It looks like a path copied from Windows (backslashes).");
        }
        String name = written.substring(Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\')) + 1).strip();
        List<String> same = name.isEmpty() ? List.of() : files.findByFileName(name);
        if (!same.isEmpty()) {
            sb.append(" A file of that name is at ").append(String.join(", ", same.subList(0, Math.min(3, same.size()))))
                    .append('.');
        }
        return sb.toString();
    }

    private void frontMatter(CheckRequest request, Map<String, ?> map, TemplatePass.Context context,
            SiteUrlResolver resolver, List<ImageLink> links, boolean withExternal) {
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> inner = (Map<String, ?>) nested;
                frontMatter(request, inner, context, resolver, links, withExternal);
            } else if (e.getValue() instanceof String value && imageKey(e.getKey()) && looksLikePath(value)) {
                String url = value.contains("{") ? liquid.apply(value, context).text() : value;
                SiteTarget target = resolver.resolve(url);
                if (withExternal || target.kind() != SiteTarget.Kind.EXTERNAL) {
                    links.add(new ImageLink(keyLine(request, e.getKey(), value), ImageLink.Source.FRONT_MATTER,
                            url, target, false));
                }
            }
        }
        links.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }

    static boolean imageKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return IMAGE_KEYS.contains(k) || k.endsWith("img") || k.endsWith("image") || k.endsWith("thumbnail")
                || k.endsWith("cover") || k.endsWith("teaser") || k.endsWith("banner");
    }

    static boolean looksLikePath(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.contains("\n")) {
            return false;
        }
        String path = v.split("[?#]", 2)[0];
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return path.contains("/") || IMAGE_EXTENSIONS.contains(ext);
    }

    /** The 1-based file line of {@code key: value} (or TOML's {@code key = value}) in the front matter (best match first). */
    private static int keyLine(CheckRequest request, String key, String value) {
        String[] lines = request.frontMatter().split("\\R", -1);
        int keyOnly = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("- ")) {
                line = line.substring(2).strip();
            }
            String unquoted = line.startsWith("\"") || line.startsWith("'") ? line.substring(1) : line;
            String rest = unquoted.startsWith(key) ? unquoted.substring(key.length()).replaceFirst("^[\"']?\\s*", "") : "";
            if (rest.startsWith(":") || rest.startsWith("=")) { // YAML and JSON "key:", TOML "key =" (decision record 0037)
                if (line.contains(value)) {
                    return request.frontMatterFirstLine() + i;
                }
                keyOnly = keyOnly < 0 ? i : keyOnly;
            }
        }
        return request.frontMatterFirstLine() + Math.max(keyOnly, 0);
    }
}
