package org.postdesk.core.site.hugo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostName;
import org.postdesk.core.blog.Slugs;
import org.postdesk.core.site.PostNames;

/**
 * Hugo's rules for content files (docs/decisions/0040). Every Markdown file under a content
 * folder ({@code contentDir}, and each language's own) is a page: {@code posts/x.md} is the page
 * {@code x}; a leaf bundle {@code posts/x/index.md} is the page {@code x}, the files beside it its
 * resources (a Markdown file there is a resource too, not a page); {@code _index.md} is a
 * section's own page (a branch bundle). A language code before the extension
 * ({@code index.zh.md}) is a translation when the site has that language. Drafts are
 * {@code draft: true} in the front matter, never a folder, so names never make a draft and
 * publishing never moves a file. Names starting with {@code .} or {@code #} and ending with
 * {@code ~} are skipped by Hugo. Stateless apart from the root it checks bundles in; thread-safe.
 */
final class HugoNaming implements PostNames {
    static final List<String> MARKDOWN = List.of("md", "markdown", "mdown");

    private final Path root;
    private final List<String> contentDirs;
    private final List<String> languages;

    /**
     * @param root        the site root, to tell a bundle's resource from a page (null: never)
     * @param contentDirs the content folders, relative to the root
     * @param languages   the site's language codes, lower case
     */
    HugoNaming(Path root, List<String> contentDirs, List<String> languages) {
        this.root = root;
        this.contentDirs = List.copyOf(contentDirs);
        this.languages = List.copyOf(languages);
    }

    List<String> contentDirs() {
        return contentDirs;
    }

    @Override
    public PostName classify(String relativePath) {
        String path = relativePath.replace('\\', '/');
        String entry = pathInContentFolder(path);
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        boolean markdown = MARKDOWN.contains(ext.toLowerCase(Locale.ROOT));
        String slug = slugOf(entry);
        PostFlag flag = skipped(entry, name);
        if (flag == null && !markdown) {
            flag = PostFlag.of(PostFlag.Kind.NOT_MARKDOWN, "Hugo does not read ." + ext
                    + " files as Markdown; Postdesk edits .md, .markdown and .mdown files.");
        }
        if (flag == null && resourceOfBundle(path)) {
            flag = PostFlag.of(PostFlag.Kind.IGNORED_NAME, "Hugo does not publish this file as a page: it sits"
                    + " in the folder of a leaf bundle (beside an index.md), so it is a resource of that page.");
        }
        return new PostName(path, false, null, null, slug, ext, markdown, flag);
    }

    /** The page's name: the file's stem without a language, or its folder's for {@code index.md} and {@code _index.md}. */
    String slugOf(String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        String stem = withoutLanguage(stem(name));
        if (stem.equals("index") || stem.equals("_index")) {
            int slash = entry.lastIndexOf('/');
            if (slash <= 0) {
                return stem.equals("_index") ? "home" : stem;
            }
            String folder = entry.substring(0, slash);
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        return stem;
    }

    /** The language a file name gives ({@code zh} for {@code index.zh.md}); empty for the default one. */
    String languageOf(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        String stem = stem(name);
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            String lang = stem.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (languages.contains(lang)) {
                return lang;
            }
        }
        return "";
    }

    /** True for {@code x/index.md} (any language), a leaf bundle's page. */
    static boolean isLeafBundle(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.startsWith("index.") && relativePath.contains("/");
    }

    /** True for {@code _index.md}, a section's page (branch bundle). */
    static boolean isBranchBundle(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.startsWith("_index.");
    }

    private String withoutLanguage(String stem) {
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && languages.contains(stem.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return stem.substring(0, dot);
        }
        return stem;
    }

    private boolean resourceOfBundle(String path) {
        if (root == null || isLeafBundle(path) || isBranchBundle(path)) {
            return false;
        }
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        if (dir.isEmpty() || contentDirs.contains(dir)) {
            return false;
        }
        for (String ext : MARKDOWN) {
            if (Files.isRegularFile(root.resolve(dir).resolve("index." + ext))) {
                return true;
            }
        }
        return false;
    }

    private static PostFlag skipped(String entry, String name) {
        for (String part : entry.split("/")) {
            if (part.startsWith(".")) {
                return PostFlag.of(PostFlag.Kind.IGNORED_NAME, "Hugo skips \"" + part
                        + "\" because its name starts with a dot.");
            }
        }
        if (name.startsWith("#")) {
            return PostFlag.of(PostFlag.Kind.IGNORED_NAME, "Hugo skips this file because its name starts with"
                    + " \"#\" (an editor's lock file).");
        }
        if (name.endsWith("~")) {
            return PostFlag.of(PostFlag.Kind.IGNORED_NAME, "Hugo skips this file because its name ends with"
                    + " \"~\" (a backup copy).");
        }
        return null;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public boolean isCandidate(String fileName) {
        String name = fileName;
        while (name.endsWith("~")) {
            name = name.substring(0, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && MARKDOWN.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean inContentFolder(String relativePath) {
        for (String dir : contentDirs) {
            if (relativePath.startsWith(dir + "/") && relativePath.length() > dir.length() + 1) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isContentFolder(String folderName) {
        return false;
    }

    @Override
    public List<String> markdownExtensions() {
        return MARKDOWN;
    }

    /** Hugo's {@code urlize} of a title: lower case, spaces to dashes, CJK kept ({@link Slugs#slugify}). */
    @Override
    public String slugify(String title) {
        return Slugs.slugify(title);
    }

    /** Hugo names pages by their slug alone: {@code slug.md}. */
    @Override
    public String postFileName(LocalDate date, String slug, String extension) {
        return (slug == null || slug.isEmpty() ? "post" : slug) + "." + extension;
    }

    /** {@code content/posts/slug.md}: drafts and posts live in the same place (a draft is a front-matter flag). */
    @Override
    public String newPostPath(LocalDate date, String slug, String extension, boolean draft) {
        return contentDirs.get(0) + "/posts/" + postFileName(date, slug, extension);
    }

    /** Publishing a Hugo draft changes its front matter, not its place. */
    @Override
    public String publishedPath(String draftPath, LocalDate date) {
        return draftPath;
    }

    @Override
    public String unpublishedPath(String postPath) {
        return postPath;
    }

    /** The path inside its content folder ({@code posts/x/index.md}); the whole path outside one. */
    @Override
    public String pathInContentFolder(String relativePath) {
        String best = null;
        for (String dir : contentDirs) {
            if (relativePath.startsWith(dir + "/") && (best == null || dir.length() > best.length())) {
                best = dir;
            }
        }
        return best == null ? relativePath : relativePath.substring(best.length() + 1);
    }

    /** Hugo's sections are not categories: none from the path. */
    @Override
    public List<String> categoriesInPath(String relativePath) {
        return List.of();
    }

    /** The section of a page: the first folder inside its content folder; empty at the top. */
    String sectionOf(String relativePath) {
        String entry = pathInContentFolder(relativePath);
        List<String> parts = new ArrayList<>(List.of(entry.split("/")));
        return parts.size() > 1 ? parts.get(0) : "";
    }
}
