package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.render.CheckRequest;
import org.postdesk.core.render.LinkProblem;
import org.postdesk.core.render.LocalLinkChecker;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;

/**
 * The problems of a whole blog: what the index flagged (front matter that does not parse,
 * names Jekyll ignores, ...) and local image links that point to no file or to a file whose
 * name differs only in letter case.
 */
public final class BlogChecker {
    private final BlogFolder blog;
    private final String configPath;
    private final LocalLinkChecker links;

    /**
     * @param configPath the config file's path in the blog, where its problem is reported
     * @param template   the site's template pass, run before image links are read
     * @param flavour    the site's Markdown flavour, which reads the image links
     */
    public BlogChecker(BlogFolder blog, String configPath, TemplatePass template, MarkdownFlavour flavour) {
        this.blog = blog;
        this.configPath = configPath;
        this.links = new LocalLinkChecker(template, flavour);
    }

    /** Checks the posts of an index, sorted by path and line. */
    public List<CheckProblem> check(List<PostSummary> posts) {
        List<CheckProblem> problems = new ArrayList<>();
        blog.configProblem().ifPresent(p -> problems.add(new CheckProblem(configPath, 1, true, p)));
        FolderBlogFiles files = new FolderBlogFiles(blog.root());
        for (PostSummary post : posts) {
            boolean readable = true;
            for (PostFlag flag : post.flags()) {
                if (flag.kind() == PostFlag.Kind.NOT_MARKDOWN) {
                    continue;
                }
                readable &= flag.kind() != PostFlag.Kind.UNREADABLE && flag.kind() != PostFlag.Kind.NOT_UTF8;
                problems.add(new CheckProblem(post.path(), Math.max(1, flag.line()), isError(flag.kind()),
                        flag.message()));
            }
            if (readable && !post.hasFlag(PostFlag.Kind.NOT_MARKDOWN)) {
                checkLinks(post, files, problems);
            }
        }
        problems.sort(Comparator.comparing(CheckProblem::path).thenComparingInt(CheckProblem::line));
        return problems;
    }

    private void checkLinks(PostSummary post, FolderBlogFiles files, List<CheckProblem> problems) {
        PostDocument doc;
        try {
            doc = PostDocument.parse(Files.readAllBytes(blog.resolve(post.path())), blog.site().frontMatterFormats());
        } catch (IOException e) {
            problems.add(new CheckProblem(post.path(), 1, true, "The file could not be read: " + e.getMessage() + "."));
            return;
        }
        if (doc.isReadOnly()) {
            return;
        }
        FrontMatterDocument fm = FrontMatterDocument.of(doc);
        CheckRequest request = new CheckRequest(doc.frontMatter(), doc.frontMatterStartLine(),
                fm.isValid() ? fm.toPageMap() : Map.of(), doc.body(), doc.bodyStartLine(),
                blog.config().all(), files);
        for (LinkProblem p : links.check(request)) {
            problems.add(new CheckProblem(post.path(), p.line(), p.severity() == LinkProblem.Severity.ERROR,
                    p.message()));
        }
    }

    private static boolean isError(PostFlag.Kind kind) {
        return switch (kind) {
            case BROKEN_FRONT_MATTER, BAD_DATE, NOT_UTF8, UNREADABLE -> true;
            default -> false;
        };
    }
}
