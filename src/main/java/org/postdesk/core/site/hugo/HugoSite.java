package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.blog.BlogChecker;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.frontmatter.FieldKind;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;
import org.postdesk.core.site.ContentFolders;
import org.postdesk.core.site.FrontMatterFormat;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.PostCreator;
import org.postdesk.core.site.Recognition;
import org.postdesk.core.site.Site;

/**
 * A Hugo site (docs/decisions/0040): pages under the content folders ({@link HugoNaming}), drafts
 * by {@code draft: true}, front matter in TOML, YAML or JSON, the config merged by
 * {@link HugoConfigFiles}, shortcodes and Goldmark through {@link HugoRendering}.
 */
final class HugoSite implements Site {
    private static final List<FrontMatterFormat> FORMATS = List.of(FrontMatterFormat.TOML_PLUSES,
            FrontMatterFormat.YAML_DASHES, FrontMatterFormat.JSON_OBJECT);

    private final Generator generator;
    private final HugoConfig config;
    private final HugoNaming naming;
    private final ContentFolders folders;
    private final BlogFolder folder;
    private final TemplatePass pass;
    private final MarkdownFlavour flavour;

    HugoSite(Generator generator, Path root, HugoConfig config, Recognition recognition) throws IOException {
        this.generator = generator;
        this.config = config;
        String section = HugoHabits.newSection(root, config);
        this.naming = new HugoNaming(root, config.contentDirs(), languagesOf(config), section,
                HugoHabits.bundles(root, config, section));
        List<String> layouts = new ArrayList<>();
        layouts.add(config.layoutDir());
        for (String theme : config.themes()) {
            layouts.add("themes/" + theme + "/layouts");
        }
        this.folders = new ContentFolders(config.contentDirs(), List.of(), layouts);
        this.pass = HugoRendering.templatePass(config, root);
        this.flavour = HugoRendering.flavour(config);
        List<String> problems = new ArrayList<>();
        config.problem().ifPresent(problems::add);
        if (!recognition.recognised()) {
            problems.add(recognition.evidence() + ", so it does not look like a Hugo site; new posts will go"
                    + " into a new " + config.contentDir() + " folder.");
        } else if (!Files.isDirectory(root.resolve(config.contentDir()))) {
            problems.add("The site has no " + config.contentDir() + " folder yet; new posts will go into it.");
        }
        this.folder = BlogFolder.of(this, root, config, naming, problems);
    }

    private static List<String> languagesOf(HugoConfig config) {
        List<String> langs = new ArrayList<>(config.languages());
        if (!langs.contains(config.defaultLanguage())) {
            langs.add(config.defaultLanguage());
        }
        return langs;
    }

    @Override
    public Generator generator() {
        return generator;
    }

    @Override
    public BlogFolder folder() {
        return folder;
    }

    @Override
    public ContentFolders folders() {
        return folders;
    }

    /** TOML first: what {@code hugo new} writes with Hugo's own archetype. */
    @Override
    public List<FrontMatterFormat> frontMatterFormats() {
        return FORMATS;
    }

    @Override
    public HugoConfig config() {
        return config;
    }

    @Override
    public HugoNaming naming() {
        return naming;
    }

    @Override
    public PostCreator newPosts(BlogConventions conventions) {
        return new HugoNewPosts(this, conventions);
    }

    /** Hugo serves {@code static/} at the site's root: images in {@code static/images}, linked from {@code /images/}. */
    @Override
    public ImageStyle defaultImageStyle() {
        String stat = config.staticDirs().get(0);
        return new ImageStyle(stat + "/images", config.baseurl() + "/images/{name}", 0, false);
    }

    /** Hugo's own keys and the config's taxonomies (their plural names hold lists). */
    @Override
    public Map<String, FieldKind> frontMatterKeys() {
        Map<String, FieldKind> keys = new LinkedHashMap<>();
        keys.put("title", FieldKind.STRING);
        keys.put("date", FieldKind.DATE);
        keys.put("lastmod", FieldKind.DATE);
        keys.put("publishDate", FieldKind.DATE);
        keys.put("expiryDate", FieldKind.DATE);
        keys.put("draft", FieldKind.BOOLEAN);
        keys.put("weight", FieldKind.NUMBER);
        config.taxonomies().values().forEach(plural -> keys.put(plural, FieldKind.LIST));
        keys.put("aliases", FieldKind.LIST);
        keys.put("params", FieldKind.MAP);
        return keys;
    }

    @Override
    public TemplatePass templatePass() {
        return pass;
    }

    @Override
    public MarkdownFlavour markdownFlavour() {
        return flavour;
    }

    @Override
    public SiteLinks links(List<PostSummary> posts) {
        return new HugoLinks(config.url(), config.baseurl(), config.contentDirs(), posts);
    }

    /** A bundle's images go beside its page and are linked by name (docs/decisions/0040). */
    @Override
    public Optional<ImageStyle> imageStyleFor(String postPath) {
        if (!HugoNaming.isLeafBundle(postPath) && !HugoNaming.isBranchBundle(postPath)) {
            return Optional.empty();
        }
        return Optional.of(new ImageStyle(postPath.substring(0, postPath.lastIndexOf('/')), "{name}", 0, false));
    }

    /** {@code posts/x.md} (or {@code x.zh.md}) as {@code posts/x/index.md} ({@code index.zh.md}). */
    @Override
    public Optional<String> bundlePathFor(String postPath) {
        if (!naming.inContentFolder(postPath) || HugoNaming.isLeafBundle(postPath) || HugoNaming.isBranchBundle(postPath)) {
            return Optional.empty();
        }
        String name = postPath.substring(postPath.lastIndexOf('/') + 1);
        String lang = naming.languageOf(postPath);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String dir = postPath.substring(0, postPath.lastIndexOf('/') + 1);
        return Optional.of(dir + naming.slugOf(naming.pathInContentFolder(postPath)) + "/index."
                + (lang.isEmpty() ? "" : lang + ".") + ext);
    }

    /**
     * A learned folder that is served from a static folder ({@code images}) is stored there
     * ({@code static/images}); links by bare name (bundle resources) teach nothing about it.
     */
    @Override
    public ImageStyle imageStyle(ImageStyle learned, boolean body) {
        String f = learned.folder();
        String base = config.baseurl().isEmpty() ? "" : config.baseurl().substring(1);
        if (!base.isEmpty() && (f.equals(base) || f.startsWith(base + "/"))) {
            f = f.equals(base) ? "" : f.substring(base.length() + 1);
        }
        if (f.isEmpty()) {
            return defaultImageStyle(); // links by bare name are a bundle's own resources, not a site folder
        }
        for (String stat : config.staticDirs()) {
            if (Files.isDirectory(folder.resolve(stat + "/" + f))) {
                return new ImageStyle(stat + "/" + f, learned.template(), learned.uses(), learned.subfolders());
            }
        }
        return learned;
    }

    @Override
    public BlogFiles filesFor(BlogFiles folder, SiteLinks links, String postPath) {
        return new HugoFiles(folder, config, naming, postPath);
    }

    @Override
    public Optional<String> withDraftFlag(String text, boolean draft) {
        return HugoDraftFlag.set(text, draft);
    }

    @Override
    public List<CheckProblem> check(List<PostSummary> posts) {
        String file = config.fileName().isEmpty() ? "hugo.toml" : config.fileName();
        List<CheckProblem> problems = new ArrayList<>(new BlogChecker(folder, file, pass, flavour).check(posts));
        problems.addAll(new HugoChecks(folder, config, naming).check(posts));
        problems.sort(Comparator.comparing(CheckProblem::path).thenComparingInt(CheckProblem::line));
        return problems;
    }
}
