package org.postdesk.core.site.hexo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A Hexo site: {@code source/_posts/} and {@code source/_drafts/}, names from
 * {@code new_post_name} ({@link HexoNaming}), front matter as YAML with or without its opening
 * line or as JSON ending at {@code ;;;}, {@code _config.yml} with Hexo's defaults, the engines
 * {@link HexoRendering} chooses, permalinks from {@code permalink} under {@code root}
 * (docs/decisions/0038).
 */
final class HexoSite implements Site {
    private static final List<FrontMatterFormat> FORMATS = List.of(FrontMatterFormat.YAML_DASHES,
            FrontMatterFormat.YAML_UNOPENED, FrontMatterFormat.JSON_SEMICOLONS);

    private final Generator generator;
    private final HexoConfig config;
    private final HexoNaming naming;
    private final ContentFolders folders;
    private final TemplatePass template;
    private final MarkdownFlavour flavour;
    private final BlogFolder folder;

    HexoSite(Generator generator, Path root, HexoConfig config, Recognition recognition) throws IOException {
        this.generator = generator;
        this.config = config;
        this.naming = HexoNaming.of(config);
        this.folders = new ContentFolders(List.of(naming.postsFolder()), List.of(naming.draftsFolder()), List.of());
        this.template = HexoRendering.templatePass(config);
        this.flavour = HexoRendering.flavour(config);
        List<String> problems = new ArrayList<>();
        config.problem().ifPresent(problems::add);
        if (!recognition.recognised()) {
            problems.add(recognition.evidence() + ", so it does not look like a Hexo site; new posts will go into a"
                    + " new " + naming.postsFolder() + " folder.");
        }
        this.folder = BlogFolder.of(this, root, config, naming, problems);
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

    @Override
    public List<FrontMatterFormat> frontMatterFormats() {
        return FORMATS;
    }

    @Override
    public HexoConfig config() {
        return config;
    }

    @Override
    public HexoNaming naming() {
        return naming;
    }

    @Override
    public PostCreator newPosts(BlogConventions conventions) {
        return new HexoNewPosts(folder, config, naming);
    }

    /** {@code source/images}, linked {@code /images/NAME} under {@code root}. */
    @Override
    public ImageStyle defaultImageStyle() {
        return new ImageStyle(config.sourceDir() + "/images", config.baseurl() + "/images/{name}", 0, false);
    }

    @Override
    public TemplatePass templatePass() {
        return template;
    }

    @Override
    public MarkdownFlavour markdownFlavour() {
        return flavour;
    }

    @Override
    public SiteLinks links(List<PostSummary> posts) {
        return new HexoLinks(config, naming, posts);
    }

    @Override
    public List<CheckProblem> check(List<PostSummary> posts) {
        return new org.postdesk.core.blog.BlogChecker(folder, HexoConfig.FILE, template, flavour).check(posts);
    }
}
