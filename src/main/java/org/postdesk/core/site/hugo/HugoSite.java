package org.postdesk.core.site.hugo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.blog.BlogChecker;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.blog.PostSummary;
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
        this.naming = new HugoNaming(root, config.contentDirs(), languagesOf(config));
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
        return SiteLinks.NONE;
    }

    @Override
    public List<CheckProblem> check(List<PostSummary> posts) {
        String file = config.fileName().isEmpty() ? "hugo.toml" : config.fileName();
        return new BlogChecker(folder, file, pass, flavour).check(posts);
    }
}
