package org.postdesk.core.site.hexo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import org.postdesk.core.blog.BlogChecker;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.blog.FolderBlogFiles;
import org.postdesk.core.blog.ImageStyle;
import org.postdesk.core.blog.PostFlag;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostDocument;
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

    /**
     * Body images of a site with {@code post_asset_folder} go into the post's own folder, linked
     * by bare name when {@code marked.postAsset} is on or the posts' image links are mostly bare
     * names, else with {@code {% asset_img %}}. Otherwise the learned folder is where Hexo keeps
     * the files the URLs name: {@code /images/x.png} is {@code source/images/x.png}.
     */
    @Override
    public ImageStyle imageStyle(ImageStyle learned, boolean body) {
        boolean relative = learned.uses() > 0 && learned.folder().isEmpty();
        if (body && config.postAssetFolder()) {
            String template = relative || config.markedPostAsset() ? "{name}" : "{% asset_img {name} %}";
            return new ImageStyle(ImageStyle.POST_FOLDER, template, relative ? learned.uses() : 0, false);
        }
        if (learned.uses() == 0) {
            return learned;
        }
        String folder = learned.folder();
        String root = config.baseurl().isEmpty() ? "" : config.baseurl().substring(1) + "/";
        if (!root.isEmpty() && folder.startsWith(root)) {
            folder = folder.substring(root.length());
        }
        String source = config.sourceDir();
        if (!folder.equals(source) && !folder.startsWith(source + "/")) {
            folder = folder.isEmpty() ? source : source + "/" + folder;
        }
        return new ImageStyle(folder, learned.template(), learned.uses(), learned.subfolders());
    }

    @Override
    public BlogFiles filesFor(BlogFiles files, SiteLinks links, String postPath) {
        return new HexoUrlFiles(files, config, naming, links instanceof HexoLinks h ? h : null, postPath);
    }

    @Override
    public boolean categoriesAreChains() {
        return true;
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

    /** The generic checks (flags, front matter, image links placed as Hexo places them) and Hexo's tags. */
    @Override
    public List<CheckProblem> check(List<PostSummary> posts) {
        List<CheckProblem> problems = new ArrayList<>(new BlogChecker(folder, HexoConfig.FILE, template, flavour)
                .check(posts));
        HexoLinks links = new HexoLinks(config, naming, posts);
        FolderBlogFiles files = new FolderBlogFiles(folder.root());
        for (PostSummary post : posts) {
            if (post.hasFlag(PostFlag.Kind.UNREADABLE) || post.hasFlag(PostFlag.Kind.NOT_UTF8)) {
                continue;
            }
            try {
                PostDocument doc = PostFiles.read(folder.resolve(post.path()));
                if (!doc.isReadOnly()) {
                    List<CheckProblem> tags = HexoTagCheck.check(post.path(), doc.body(), doc.bodyStartLine(), config,
                            naming, links, files);
                    // the tag's own sentence says it better than the image check of what the tag renders
                    java.util.Set<Integer> lines = new java.util.HashSet<>();
                    tags.forEach(p -> lines.add(p.line()));
                    problems.removeIf(p -> p.path().equals(post.path()) && lines.contains(p.line())
                            && p.message().startsWith("Image "));
                    problems.addAll(tags);
                }
            } catch (PostIoException e) {
                problems.add(new CheckProblem(post.path(), 1, true, e.getMessage()));
            }
        }
        problems.sort(Comparator.comparing(CheckProblem::path).thenComparingInt(CheckProblem::line));
        return problems;
    }
}
