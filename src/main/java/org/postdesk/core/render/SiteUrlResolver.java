package org.postdesk.core.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.render.liquid.LiquidLite;

/**
 * Maps URLs written in a post to places in the blog folder, so the preview works offline.
 *
 * <p>Rules: a path starting with {@code /} is a site path; the configured {@code baseurl} is
 * stripped when present. A relative path ({@code img/x.png}, {@code ./img/x.png}) is taken
 * from the site root, as themes treat front-matter images and as authors mean it (a post is
 * served at its permalink, never next to its source file). {@code http(s)} URLs on the
 * site's own host ({@code url} in the config) are site paths when the file is in the folder,
 * and stay online otherwise (a project site can share the host); other hosts stay external.
 * Query strings are dropped, fragments kept. Percent-escapes are decoded for the lookup and
 * every segment is re-encoded in the {@code file:} URL. Anything that would leave the folder
 * ({@code ..} above the root, drive letters, UNC paths, {@code file:} URLs elsewhere) is
 * {@link SiteTarget.Kind#OUTSIDE} and gets no file URL; so does a path whose real file or folder
 * is outside the blog's real root (a symbolic link pointing out; {@link BlogFiles#leavesBlog}
 * keeps its verdicts per blog). Immutable and thread-safe.
 */
public final class SiteUrlResolver {

    private final String baseurl;
    private final String siteHost;
    private final BlogFiles files;
    private final String rootPath;
    private final String rootUrl;

    /**
     * @param site     the site config ({@code baseurl} and {@code url} are used)
     * @param files    lookups in the blog folder
     * @param blogRoot the blog folder, only to build {@code file:} URLs; null for none
     */
    public SiteUrlResolver(Map<String, ?> site, BlogFiles files, Path blogRoot) {
        String base = "/" + trimSlashes(LiquidLite.asText(site.get("baseurl")));
        this.baseurl = base.equals("/") ? "" : base;
        this.siteHost = host(LiquidLite.asText(site.get("url")));
        this.files = files == null ? BlogFiles.NONE : files;
        if (blogRoot == null) {
            this.rootPath = null;
            this.rootUrl = null;
        } else {
            String p = blogRoot.toAbsolutePath().normalize().toString().replace('\\', '/');
            p = trimTrailingSlash(p.startsWith("/") ? p : "/" + p);
            this.rootPath = p;
            StringBuilder url = new StringBuilder("file://");
            for (String seg : p.substring(1).split("/")) {
                boolean drive = url.length() == 7 && seg.length() == 2 && asciiLetter(seg.charAt(0))
                        && seg.charAt(1) == ':';
                url.append('/').append(drive ? seg : UrlText.encodeSegment(seg));
            }
            this.rootUrl = url.append('/').toString();
        }
    }

    public SiteTarget resolve(String written) {
        String url = written == null ? "" : written.strip();
        if (url.isEmpty() || url.startsWith("#")) {
            return external(written);
        }
        if (url.startsWith(LiquidLite.BROKEN_SCHEME)) {
            return brokenTag(written, url.substring(LiquidLite.BROKEN_SCHEME.length()));
        }
        if (url.startsWith("\\\\") || isDrive(url)) {
            return outside(written, "is a path on this computer, not a path in the blog");
        }
        if (url.startsWith("//")) {
            return external(written);
        }
        String path = url;
        int schemeEnd = schemeEnd(url);
        if (schemeEnd > 0) {
            String name = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            if (name.equals("file:")) {
                return fromFileUrl(written, url.substring(5));
            }
            path = name.equals("http:") || name.equals("https:") ? ownSitePath(url) : null;
            if (path == null) {
                return external(written);
            }
            // The site's own host: use the local file when there is one, else stay online
            // (other repositories can publish under the same host, e.g. project pages).
            SiteTarget local = sitePath(written, path);
            return local.kind() == SiteTarget.Kind.MISSING || local.kind() == SiteTarget.Kind.OUTSIDE
                    ? external(written) : local;
        }
        return sitePath(written, path);
    }

    /** Whether {@code url} starts with a drive letter: {@code C:} then {@code \\}, {@code /} or the end. */
    private static boolean isDrive(String url) {
        return url.length() >= 2 && asciiLetter(url.charAt(0)) && url.charAt(1) == ':'
                && (url.length() == 2 || url.charAt(2) == '\\' || url.charAt(2) == '/');
    }

    /** The length of the scheme with its colon ({@code [A-Za-z][A-Za-z0-9+.-]*:}) at the start of {@code url}, or 0. */
    private static int schemeEnd(String url) {
        if (url.isEmpty() || !asciiLetter(url.charAt(0))) {
            return 0;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i + 1;
            }
            if (!(asciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private SiteTarget sitePath(String written, String url) {
        String path = url;
        int hash = path.indexOf('#');
        String fragment = hash < 0 ? "" : path.substring(hash);
        path = withoutQuery(hash < 0 ? path : path.substring(0, hash));
        if (!baseurl.isEmpty() && (path.equals(baseurl) || path.startsWith(baseurl + "/"))) {
            path = path.substring(baseurl.length());
        }
        return local(written, path, fragment, false, true);
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /**
     * A site path (no query, no fragment) relative to the root; {@code decoded} when already
     * decoded; {@code mapped} when the site's URL model places it ({@link BlogFiles#sitePaths}),
     * false for a {@code file:} URL, which names the folder itself.
     */
    private SiteTarget local(String written, String path, String fragment, boolean decoded, boolean mapped) {
        String plain = decoded ? path : UrlText.percentDecode(path);
        String rel = mapped ? placed(plain) : normalize(plain);
        if (rel == null) {
            return outside(written, "leaves the blog folder");
        }
        boolean dir = path.endsWith("/") && !rel.isEmpty();
        Optional<String> real = rel.isEmpty() ? Optional.empty() : files.realPath(rel);
        if (real.isEmpty() && !decoded && path.indexOf('%') >= 0) {
            String literal = normalize(path);
            if (literal != null && files.exists(literal)) {
                rel = literal;
                real = Optional.of(literal);
            }
        }
        String suffix = (dir ? "/" : "") + fragment;
        String onDisk = real.orElse(rel);
        if (!onDisk.isEmpty() && files.leavesBlog(onDisk)) {
            return outside(written, "is a link to a place outside the blog folder");
        }
        if (real.isEmpty()) {
            return new SiteTarget(SiteTarget.Kind.MISSING, written, rel, null, fileUrl(rel, suffix),
                    "No file " + rel + " in the blog folder.");
        }
        if (!real.get().equals(rel)) {
            return new SiteTarget(SiteTarget.Kind.WRONG_CASE, written, rel, real.get(),
                    fileUrl(real.get(), suffix), "The file is spelled " + real.get()
                    + "; this works on Windows and macOS but not on a Linux server.");
        }
        return new SiteTarget(SiteTarget.Kind.FILE, written, rel, null, fileUrl(rel, suffix), null);
    }

    /** The path part of an http(s) URL on the site's own host, or null for other hosts. */
    private String ownSitePath(String url) {
        if (siteHost.isEmpty()) {
            return null;
        }
        int start = url.indexOf("://");
        if (start < 0) {
            return null;
        }
        String rest = url.substring(start + 3);
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        return host.equals(siteHost) ? (slash < 0 ? "/" : rest.substring(slash)) : null;
    }

    private SiteTarget fromFileUrl(String written, String afterScheme) {
        String rest = afterScheme;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            if (!host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                return outside(written, "is a file on another computer");
            }
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        int hash = rest.indexOf('#');
        String fragment = hash < 0 ? "" : rest.substring(hash);
        String path = withoutQuery(hash < 0 ? rest : rest.substring(0, hash));
        String decoded = UrlText.percentDecode(path);
        if (rootPath == null || !(decoded.equals(rootPath) || decoded.startsWith(rootPath + "/"))) {
            return outside(written, "is a file outside the blog folder");
        }
        return local(written, decoded.substring(rootPath.length()), fragment, true, false);
    }

    private String fileUrl(String rel, String suffix) {
        if (rootUrl == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(rootUrl.length() + rel.length() + suffix.length() + 16).append(rootUrl);
        // as rel.split("/") joined again: trailing empty segments are dropped, the others kept
        int end = rel.length();
        while (end > 0 && rel.charAt(end - 1) == '/') {
            end--;
        }
        if (UrlText.unreservedOrSlash(rel, end)) {
            return sb.append(rel, 0, end).append(suffix).toString(); // each segment encodes to itself
        }
        for (int from = 0; from < end; ) {
            int slash = rel.indexOf('/', from);
            int segmentEnd = slash < 0 || slash > end ? end : slash;
            sb.append(UrlText.encodeSegment(rel.substring(from, segmentEnd)));
            if (segmentEnd == end) {
                break;
            }
            sb.append('/');
            from = segmentEnd + 1; // before end: rel[end - 1] is not a slash
        }
        return sb.append(suffix).toString();
    }

    /**
     * Where the site's URL model puts a path: the first of {@link BlogFiles#sitePaths} that
     * names a file, else the first that stays in the folder; null when all climb above the root.
     */
    private String placed(String path) {
        List<String> candidates = files.sitePaths(path);
        if (candidates.size() == 1) {
            return normalize(candidates.get(0));
        }
        String first = null;
        for (String candidate : candidates) {
            String rel = normalize(candidate);
            if (rel == null) {
                continue;
            }
            if (!rel.isEmpty() && files.realPath(rel).isPresent()) {
                return rel;
            }
            first = first == null ? rel : first;
        }
        return first;
    }

    /**
     * A folder path with {@code .} and {@code ..} resolved and empty segments dropped, relative
     * to the root (no leading slash); null when the path climbs above the root. Any thread.
     */
    public static String normalize(String path) {
        if (isPlain(path)) {
            return path.startsWith("/") ? path.substring(1) : path;
        }
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
            } else {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    /**
     * Whether {@link #normalize} only drops a leading {@code /}: no empty, {@code .} or
     * {@code ..} segment after it, no trailing {@code /}.
     */
    private static boolean isPlain(String path) {
        int n = path.length();
        int from = path.startsWith("/") ? 1 : 0;
        if (from >= n || path.charAt(n - 1) == '/') {
            return false;
        }
        for (int start = from; start <= n; ) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? n : slash;
            int len = end - start;
            if (len == 0 || (path.charAt(start) == '.' && (len == 1 || (len == 2 && path.charAt(start + 1) == '.')))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static SiteTarget external(String written) {
        return new SiteTarget(SiteTarget.Kind.EXTERNAL, written, null, null, null, null);
    }

    private static SiteTarget outside(String written, String why) {
        return new SiteTarget(SiteTarget.Kind.OUTSIDE, written, null, null, null,
                "\"" + written + "\" " + why + ", so the published site cannot show it.");
    }

    private static SiteTarget brokenTag(String written, String marker) {
        int slash = marker.indexOf('/');
        String tag = slash < 0 ? marker : marker.substring(0, slash);
        String arg = slash < 0 ? "" : UrlText.percentDecode(marker.substring(slash + 1));
        if (tag.equals("ref") || tag.equals("relref")) { // Hugo's shortcodes (docs/decisions/0041)
            return new SiteTarget(SiteTarget.Kind.BROKEN_TAG, written, null, null, null,
                    "{{< " + tag + " \"" + arg + "\" >}} names no page of this site; Hugo would stop the build.");
        }
        return new SiteTarget(SiteTarget.Kind.BROKEN_TAG, written, null, null, null,
                "{% " + tag + " " + arg + " %} names no " + (tag.equals("post_url") ? "post" : "file")
                + " in this blog; Jekyll would stop the build.");
    }

    private static String host(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return "";
        }
        String rest = url.substring(start + 3);
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
    }

    private static String trimSlashes(String s) {
        String t = s.strip();
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        return trimTrailingSlash(t);
    }

    private static String trimTrailingSlash(String s) {
        String t = s;
        while (t.length() > 1 && t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
