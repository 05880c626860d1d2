package org.postdesk.core.blog;

import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.problems.BlogView;
import org.postdesk.core.problems.Problem;
import org.postdesk.core.render.BlogFiles;
import org.postdesk.core.render.SiteLinks;

/**
 * The blog's answers for the problems finder (decision record 0031): its config, its files, its
 * image folders, the link styles it learned, and what its index says about one post's name.
 */
public final class ProblemViews {

    private ProblemViews() {
    }

    /**
     * The view for {@code post} (null for a post the index does not list yet).
     *
     * @param files   lookups in the blog (one {@link FolderBlogFiles} kept per blog is cheapest)
     * @param catalog the image folders' files
     * @param conventions null while they are not learned yet: no styles, so no relink is offered
     */
    public static BlogView of(BlogFolder blog, BlogConventions conventions, BlogFiles files, ImageFolderCatalog catalog,
            PostSummary post) {
        List<BlogView.NameNote> notes = new ArrayList<>();
        // the post's URLs as its site places them (a Hexo post's /images/x.png is source/images/x.png)
        files = post == null ? files : blog.site().filesFor(files, SiteLinks.NONE, post.path());
        String suggested = null;
        if (post != null) {
            for (PostFlag flag : post.flags()) {
                if (flag.kind() == PostFlag.Kind.IGNORED_NAME || flag.kind() == PostFlag.Kind.BAD_DATE_IN_NAME) {
                    notes.add(new BlogView.NameNote(Problem.Kind.IGNORED_NAME, flag.message(), flag.line()));
                }
            }
            if (!notes.isEmpty() && !post.draft()) {
                String name = new PostMoves(blog).fileNameFor(blog.resolve(post.path()), post.title(),
                        post.date().toLocalDate());
                suggested = name.equals(post.fileName()) ? null : name;
            }
        }
        if (conventions == null) {
            return new BlogView(blog.config().all(), files, name -> List.of(), null, null, notes, suggested);
        }
        return new BlogView(blog.config().all(), files, catalog::byFileName, style(conventions.imageStyle()),
                style(conventions.headerImageStyle()), notes, suggested);
    }

    static BlogView.LinkStyle style(ImageStyle style) {
        return new BlogView.LinkStyle(style.folder(), style.template());
    }
}
