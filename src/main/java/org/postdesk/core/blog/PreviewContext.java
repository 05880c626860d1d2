package org.postdesk.core.blog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.SiteLinks;
import org.postdesk.core.render.TemplatePass;

/** What a render of one of this blog's posts needs besides the post: the site, its files and its links. */
public final class PreviewContext {
    private final BlogFolder blog;
    private final BlogFiles files;
    private final SiteLinks links;
    private final TemplatePass template;
    private final MarkdownFlavour flavour;

    /** For the posts of {@code blog}, with its site's URL model, template pass and Markdown flavour. */
    public PreviewContext(BlogFolder blog, List<PostSummary> posts) {
        this.blog = blog;
        this.files = new FolderBlogFiles(blog.root());
        this.links = blog.site().links(posts);
        this.template = blog.site().templatePass();
        this.flavour = blog.site().markdownFlavour();
    }

    public BlogFolder blog() {
        return blog;
    }

    public BlogFiles files() {
        return files;
    }

    public SiteLinks links() {
        return links;
    }

    /** A render request for a post body (editor text) with its front matter as the template's {@code page}. */
    public RenderRequest request(String body, Map<String, ?> page) {
        return new RenderRequest(body, page, blog.config().all(), blog.root(), files, links, template, flavour);
    }

    /**
     * As {@link #request(String, Map)} for the post at this source path: {@code page} also
     * gets what the generator adds ({@code page.url}, {@code page.date}...) unless the front matter
     * sets it.
     */
    public RenderRequest request(String path, String body, Map<String, ?> page) {
        Map<String, Object> known = links.pageOf(path);
        Map<String, Object> merged = new LinkedHashMap<>(known);
        merged.putAll(page);
        return new RenderRequest(body, known.isEmpty() ? page : merged, blog.config().all(), blog.root(),
                blog.site().files(files, path), links, template, flavour);
    }
}
