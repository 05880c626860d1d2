package org.postdesk.app;

import java.util.List;
import java.util.function.Supplier;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.ImageFolderCatalog;
import org.postdesk.core.blog.ProblemViews;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.problems.PostProblems;
import org.postdesk.core.problems.PostText;
import org.postdesk.core.problems.Problem;

/**
 * The open post's problems as the window shows them (decision record 0031): the job is captured
 * where the text is (snapshots only) and run elsewhere. The image folders' listing is kept per
 * blog session (it reads itself again after two seconds). Not thread-safe to capture; the jobs
 * are.
 */
public final class PostChecks {

    /** The problems of {@code text} (the head with {@code \n} endings, then the editor's body). */
    public record Found(PostText text, List<Problem> problems) {

        /** Editor offset of a post-text offset (negative: in the front matter). */
        public int editorOffset(int offset) {
            return offset - text.bodyStart();
        }
    }

    private PostProblems finder;
    private Object finderFor;
    private BlogConventions catalogFor;
    private ImageFolderCatalog catalog;

    /** The job for the post as it is now, or null without a post; {@code body} is read where the job runs. */
    public Supplier<Found> job(BlogSession session, OpenPost post, Supplier<String> body) {
        // a post we may not write still shows its problems; one whose text is not UTF-8 has none to show
        if (session == null || post == null || post.withCurrentFrontMatter().isReadOnly()) {
            return null;
        }
        BlogConventions conventions = session.conventions();
        if (catalog == null || catalogFor != conventions) {
            catalog = conventions == null ? new ImageFolderCatalog(session.root(), List.of())
                    : ImageFolderCatalog.of(session.root(), conventions);
            catalogFor = conventions;
        }
        if (finder == null || finderFor != session.site()) {
            finder = new PostProblems(session.site().templatePass(), session.site().markdownFlavour());
            finderFor = session.site();
        }
        PostProblems problems = finder;
        ImageFolderCatalog images = catalog;
        PostDocument head = post.withCurrentFrontMatter();
        String path = post.path();
        return () -> {
            PostText text = PostText.ofEditor(path, head, body.get());
            // the page's own view of the folder: where its links are served from (docs/decisions/0040)
            return new Found(text, problems.find(text, ProblemViews.of(session.blog(), conventions,
                    session.site().files(session.preview().files(), path), images, session.post(path).orElse(null))));
        };
    }
}
