package org.postdesk.core.site.hugo.render;

import java.util.Map;
import java.util.Optional;
import org.postdesk.core.render.SiteLinks;

/**
 * The page a {@code ref}/{@code relref} names, as Hugo looks it up: a path from the content folder
 * ({@code /posts/a.md} or {@code posts/a.md}), a bundle's folder ({@code posts/a}), a file name
 * alone when only one page has it ({@code a.md}, {@code a}); a {@code #fragment} is kept. The
 * site's links model ({@link SiteLinks#link}, then its {@link SiteLinks#posts()}) gives the URL.
 */
final class HugoRefs {

    private HugoRefs() {
    }

    static Optional<String> resolve(SiteLinks links, String ref, Map<String, ?> page) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String fragment = "";
        int hash = ref.indexOf('#');
        if (hash >= 0) {
            fragment = ref.substring(hash);
            ref = ref.substring(0, hash);
            if (ref.isEmpty()) {
                return Optional.of(fragment);
            }
        }
        String path = ref.startsWith("/") ? ref.substring(1) : ref;
        for (String candidate : new String[] {"content/" + path, path}) {
            Optional<String> url = links.link(candidate);
            if (url.isPresent()) {
                return Optional.of(url.get() + fragment);
            }
        }
        String found = null;
        int matches = 0;
        for (Map<String, Object> post : links.posts()) {
            Object p = post.get("path");
            Object url = post.get("url");
            if (p == null || url == null) {
                continue;
            }
            String source = p.toString().replace('\\', '/');
            String rel = source.startsWith("content/") ? source.substring("content/".length()) : source;
            if (matches(rel, path)) {
                found = url.toString();
                matches++;
                if (rel.equals(path) || rel.equals(path + "/index.md") || rel.equals(path + ".md")) {
                    matches = 1;
                    break;
                }
            }
        }
        return matches >= 1 && found != null ? Optional.of(found + fragment) : Optional.empty();
    }

    private static boolean matches(String rel, String path) {
        String noExt = strip(rel);
        String want = strip(path);
        if (noExt.equals(want) || noExt.endsWith("/" + want)) {
            return true;
        }
        // a bundle: posts/a/index.md is posts/a
        if (noExt.endsWith("/index") || noExt.endsWith("/_index")) {
            String folder = noExt.substring(0, noExt.lastIndexOf('/'));
            return folder.equals(want) || folder.endsWith("/" + want);
        }
        return false;
    }

    private static String strip(String p) {
        int dot = p.lastIndexOf('.');
        int slash = p.lastIndexOf('/');
        return dot > slash ? p.substring(0, dot) : p;
    }
}
