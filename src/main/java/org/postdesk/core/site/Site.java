package org.postdesk.core.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * An opened site: what its generator decides about this folder. The index, the session, the
 * window and the command line ask it, never a generator by name (docs/decisions/0029).
 * Immutable; open the folder again to see a changed config.
 */
public interface Site {

    Generator generator();

    /** The folder: root, config, layouts, problems, the write guard. */
    BlogFolder folder();

    /** Where posts, drafts and layouts live. */
    ContentFolders folders();

    /** The front-matter formats posts may use, the one new posts get first. */
    List<FrontMatterFormat> frontMatterFormats();

    /** The config file's settings. */
    default SiteConfig config() {
        return folder().config();
    }

    /** Which file names are posts and what they mean (date, slug, why one is ignored). */
    default PostNames naming() {
        return folder().naming();
    }

    /** How a new post is named and what it starts with, in this blog's learned habits. */
    PostCreator newPosts(BlogConventions conventions);

    /** Where images go and how they are linked when the posts show no habit yet. */
    ImageStyle defaultImageStyle();

    /**
     * The image style to use, given the one learned from the posts' links ({@code learned}, or
     * {@link #defaultImageStyle()} when they show none): where the site keeps the files those
     * URLs name, and, for body images, the site's own way (Hexo's asset folders). The default
     * keeps what was learned: the site's URLs mirror its folder (docs/decisions/0038).
     *
     * @param body true for images in the body, false for front-matter image fields
     */
    default ImageStyle imageStyle(ImageStyle learned, boolean body) {
        return learned;
    }

    /**
     * Where images of the post at {@code postPath} go and how they are linked, when the site puts
     * them with the post (a Hugo page bundle: beside its {@code index.md}, linked by name); empty
     * when they go to the blog's usual image folder (docs/decisions/0040).
     */
    default Optional<ImageStyle> imageStyleFor(String postPath) {
        return Optional.empty();
    }

    /**
     * The path a single-file post would have as a page bundle ({@code posts/x.md} to
     * {@code posts/x/index.md}), for the offer to make it one when its first image is added;
     * empty when the site has no bundles or the post is one already.
     */
    default Optional<String> bundlePathFor(String postPath) {
        return Optional.empty();
    }

    /**
     * The folder as the render of the post at {@code postPath} sees it: where its URLs lie
     * ({@link BlogFiles#sitePaths}), {@code links} being this site's {@link #links}. The default
     * is {@code files} itself (docs/decisions/0038).
     */
    default BlogFiles filesFor(BlogFiles files, SiteLinks links, String postPath) {
        return files;
    }

    /**
     * The front-matter keys the generator itself defines, with the kind of value each takes (Hugo:
     * {@code draft} boolean, {@code weight} number, {@code lastmod} date, {@code params} table,
     * the config's taxonomies lists), for the form; empty by default.
     */
    default Map<String, FieldKind> frontMatterKeys() {
        return Map.of();
    }

    /**
     * True when a list of categories is a chain, a parent and its children, and a list of lists
     * several chains (Hexo); false when each item is a category of its own (Jekyll, Hugo). The
     * form edits chains (docs/decisions/0038).
     */
    default boolean categoriesAreChains() {
        return false;
    }

    /** The template pass before Markdown (Liquid for Jekyll). Thread-safe, shared. */
    TemplatePass templatePass();

    /** The Markdown flavour the generator renders with (kramdown for Jekyll). Thread-safe, shared. */
    MarkdownFlavour markdownFlavour();

    /**
     * The site's URL model for these posts: permalinks, {@code site.posts}, includes, and the
     * {@code page.*} values the generator adds.
     */
    SiteLinks links(List<PostSummary> posts);

    /**
     * For a site whose drafts are a front-matter flag ({@link PostNames#draftsInFrontMatter}): the
     * post's whole text with the flag set to {@code draft}, every other byte kept; empty when the
     * text has no front matter the flag can be written in. The default: empty.
     */
    default Optional<String> withDraftFlag(String text, boolean draft) {
        return Optional.empty();
    }

    /** What {@code check} finds in these posts and the config, sorted by path and line. */
    List<CheckProblem> check(List<PostSummary> posts);
}
