package org.postdesk.core.site.jekyll;

import java.io.IOException;
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
import org.postdesk.core.render.kramdown.KramdownFlavour;
import org.postdesk.core.render.liquid.LiquidLite;
import org.postdesk.core.site.ContentFolders;
import org.postdesk.core.site.FrontMatterFormat;
import org.postdesk.core.site.Generator;
import org.postdesk.core.site.PostCreator;
import org.postdesk.core.site.Recognition;
import org.postdesk.core.site.Site;

/**
 * A Jekyll blog: {@code _posts/} and {@code _drafts/}, dated file names
 * ({@link JekyllNaming}), YAML front matter between {@code ---} lines, {@code _config.yml},
 * Liquid before kramdown, permalinks from the {@code permalink} setting (docs/decisions/0029).
 */
final class JekyllSite implements Site {
    static final String CONFIG = "_config.yml";
    static final String POSTS = "_posts";
    static final String DRAFTS = "_drafts";
    private static final ContentFolders FOLDERS = new ContentFolders(List.of(POSTS), List.of(DRAFTS),
            List.of("_layouts"));
    /** Thread-safe (each call keeps its state on its own stack), so one serves every blog. */
    /** Stateless, so one for every Jekyll site (and for a file outside any site). */
    static final TemplatePass LIQUID = new LiquidLite();

    private final Generator generator;
    private final JekyllConfig config;
    private final BlogFolder folder;

    JekyllSite(Generator generator, Path root, JekyllConfig config, Recognition recognition) throws IOException {
        this.generator = generator;
        this.config = config;
        List<String> problems = new ArrayList<>();
        config.problem().ifPresent(problems::add);
        if (!recognition.recognised()) {
            problems.add(recognition.evidence() + ", so it does not look like a " + generator.displayName()
                    + " blog; new posts will go into a new " + POSTS + " folder.");
        }
        this.folder = BlogFolder.of(this, root, config, new JekyllNaming(config.markdownExtensions()), problems);
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
        return FOLDERS;
    }

    @Override
    public List<FrontMatterFormat> frontMatterFormats() {
        return List.of(FrontMatterFormat.YAML_DASHES);
    }

    @Override
    public JekyllConfig config() {
        return config;
    }

    @Override
    public PostCreator newPosts(BlogConventions conventions) {
        return new JekyllNewPosts(folder, conventions);
    }

    @Override
    public ImageStyle defaultImageStyle() {
        return ImageStyle.DEFAULT;
    }

    @Override
    public TemplatePass templatePass() {
        return LIQUID;
    }

    @Override
    public MarkdownFlavour markdownFlavour() {
        return KramdownFlavour.INSTANCE;
    }

    @Override
    public SiteLinks links(List<PostSummary> posts) {
        return new PermalinkSiteLinks(folder, config, posts);
    }

    @Override
    public List<CheckProblem> check(List<PostSummary> posts) {
        return new BlogChecker(folder, CONFIG, LIQUID, KramdownFlavour.INSTANCE).check(posts);
    }
}
