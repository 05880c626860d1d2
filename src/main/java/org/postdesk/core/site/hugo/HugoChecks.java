package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.render.SiteUrlResolver;

/**
 * What {@code check} adds for a Hugo site (docs/decisions/0040): shortcodes with no template in
 * the site's {@code layouts/shortcodes/}, a theme's, or Hugo's built-ins; {@code ref} and
 * {@code relref} to pages that do not exist. Escaped shortcodes ({@code {{</* x *\/>}}}) are text
 * and not checked. Reads each page once; never fails (an unreadable page is left to the index's
 * own flag).
 */
final class HugoChecks {
    /** Hugo's own shortcodes, old and new names. */
    static final Set<String> BUILT_IN = Set.of("comment", "details", "figure", "gist", "highlight", "instagram",
            "param", "qr", "ref", "relref", "tweet", "twitter", "vimeo", "x", "youtube", "speakerdeck");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])\\s*(/\\*)?\\s*(/)?\\s*([\\w./-]+)([^}]*?)(\\*/)?\\s*[>%]\\}\\}");
    private static final Pattern REF_TARGET = Pattern.compile("^\\s*(?:path\\s*=\\s*)?(\"[^\"]*\"|`[^`]*`|[^\\s\"`]+)");

    private final BlogFolder folder;
    private final HugoConfig config;
    private final HugoNaming naming;

    HugoChecks(BlogFolder folder, HugoConfig config, HugoNaming naming) {
        this.folder = folder;
        this.config = config;
        this.naming = naming;
    }

    List<CheckProblem> check(List<PostSummary> posts) {
        List<CheckProblem> problems = new ArrayList<>();
        Set<String> templates = templates();
        boolean modules = !config.table("module").isEmpty() && HugoConfig.lookup(config.table("module"), "imports") != null;
        boolean themesHere = !modules && config.themes().stream()
                .allMatch(t -> Files.isDirectory(folder.resolve("themes/" + t + "/layouts")));
        String elsewhere = modules ? "; the site takes templates from Hugo modules, so Postdesk cannot tell whether"
                + " one of them has it." : config.themes().size() == 1 ? "; the theme " + config.themes().get(0)
                + " is not in themes/ (a module?), so Postdesk cannot tell whether it has one."
                : "; the themes " + String.join(", ", config.themes()) + " are not all in themes/ (modules?), so"
                + " Postdesk cannot tell whether one of them has it.";
        Pages pages = new Pages(posts);
        for (PostSummary post : posts) {
            if (post.hasFlag(PostFlag.Kind.UNREADABLE) || post.hasFlag(PostFlag.Kind.NOT_UTF8)
                    || post.hasFlag(PostFlag.Kind.IGNORED_NAME)) {
                continue;
            }
            String text;
            try {
                text = new String(Files.readAllBytes(folder.resolve(post.path())), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            Matcher m = SHORTCODE.matcher(text);
            while (m.find()) {
                if (m.group(2) != null || m.group(3) != null) {
                    continue; // an escaped shortcode, or a closing tag
                }
                String name = m.group(4);
                int line = lineOf(text, m.start());
                if (!BUILT_IN.contains(name) && !templates.contains(name.toLowerCase(Locale.ROOT))) {
                    problems.add(new CheckProblem(post.path(), line, themesHere, "The shortcode \"" + name
                            + "\" has no template in layouts/shortcodes" + (config.themes().isEmpty() ? ""
                            : " or the theme's layouts/shortcodes") + (themesHere
                            ? ", so Hugo stops the build with \"template for shortcode not found\"." : elsewhere)));
                }
                if ((name.equals("ref") || name.equals("relref")) && !pages.resolves(m.group(5), post.path())) {
                    problems.add(new CheckProblem(post.path(), line, true, "The " + name + " to "
                            + target(m.group(5)) + " points to no page of the site, so Hugo stops the build"
                            + " with REF_NOT_FOUND."));
                }
            }
        }
        return problems;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String target(String args) {
        Matcher m = REF_TARGET.matcher(args);
        if (!m.find()) {
            return "\"\"";
        }
        String t = m.group(1);
        return t.startsWith("\"") || t.startsWith("`") ? "\"" + t.substring(1, t.length() - 1) + "\"" : "\"" + t + "\"";
    }

    /** The names of the shortcode templates of the site and its themes, lower case. */
    private Set<String> templates() {
        Set<String> names = new HashSet<>();
        List<String> dirs = new ArrayList<>(List.of(config.layoutDir() + "/shortcodes", config.layoutDir() + "/_shortcodes"));
        for (String theme : config.themes()) {
            dirs.add("themes/" + theme + "/layouts/shortcodes");
            dirs.add("themes/" + theme + "/layouts/_shortcodes");
        }
        for (String dir : dirs) {
            collect(folder.resolve(dir), "", names);
        }
        return names;
    }

    private static void collect(Path dir, String prefix, Set<String> names) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String n = e.getFileName().toString();
                if (Files.isDirectory(e)) {
                    collect(e, prefix + n + "/", names);
                } else if (n.indexOf('.') > 0) {
                    names.add((prefix + n.substring(0, n.indexOf('.'))).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            // an unreadable folder holds no names we can vouch for
        }
    }

    /** The site's pages by the paths a ref can name. */
    private final class Pages {
        private final Set<String> paths = new HashSet<>();
        private final Map<String, Integer> names = new HashMap<>();

        Pages(List<PostSummary> posts) {
            for (PostSummary p : posts) {
                String entry = naming.pathInContentFolder(p.path());
                paths.add(entry);
                paths.add(stripExt(entry));
                if (HugoNaming.isLeafBundle(entry) || HugoNaming.isBranchBundle(entry)) {
                    String dir = entry.contains("/") ? entry.substring(0, entry.lastIndexOf('/')) : "";
                    paths.add(dir);
                }
                names.merge(naming.slugOf(entry), 1, Integer::sum);
                names.merge(entry.substring(entry.lastIndexOf('/') + 1), 1, Integer::sum);
            }
        }

        boolean resolves(String args, String fromPath) {
            String t = target(args);
            t = t.substring(1, t.length() - 1);
            int hash = t.indexOf('#');
            if (hash >= 0) {
                t = t.substring(0, hash);
            }
            if (t.isEmpty()) {
                return true; // an anchor on the same page
            }
            if (t.contains("{{")) {
                return true; // computed by a template: nothing to check
            }
            String rel;
            if (t.startsWith("/")) {
                rel = t.substring(1);
            } else {
                // relative to the page's folder, then to each folder above it (its section, ...)
                String entry = naming.pathInContentFolder(fromPath);
                String dir = entry.contains("/") ? entry.substring(0, entry.lastIndexOf('/') + 1) : "";
                while (true) {
                    String joined = normalize(dir + t);
                    if (joined != null && known(joined)) {
                        return true;
                    }
                    if (dir.isEmpty()) {
                        break;
                    }
                    String up = dir.substring(0, dir.length() - 1);
                    dir = up.contains("/") ? up.substring(0, up.lastIndexOf('/') + 1) : "";
                }
                rel = t;
                if (names.getOrDefault(stripExt(t), 0) + names.getOrDefault(t, 0) > 0 && !t.contains("/")) {
                    return true;
                }
            }
            String n = normalize(rel);
            return n != null && known(n);
        }

        private boolean known(String p) {
            String q = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
            if (q.isEmpty() || paths.contains(q) || paths.contains(stripExt(q))) {
                return true; // the home page always exists
            }
            for (String path : paths) {
                if (path.startsWith(q + "/")) {
                    return true; // a section's list page exists as soon as it has pages
                }
            }
            return false;
        }
    }

    private static String stripExt(String p) {
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        return dot > slash + 1 ? p.substring(0, dot) : p;
    }

    /** {@code .} and {@code ..} resolved; null when the path climbs above the site's root. */
    private static String normalize(String path) {
        return SiteUrlResolver.normalize(path);
    }
}
