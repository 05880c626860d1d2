package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostDocument;

/** Rewrites {@code post_url} and {@code link} references in every post and draft after a move. */
final class ReferenceRewriter {
    record Outcome(List<Path> files, int references, List<String> problems) {
    }

    private final BlogFolder blog;

    ReferenceRewriter(BlogFolder blog) {
        this.blog = blog;
    }

    Outcome rewrite(String oldPath, String newPath) {
        References refs = new References(blog.naming(), oldPath, newPath);
        List<Path> changed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        List<PostFiles.Found> files;
        try {
            files = PostFiles.find(blog);
        } catch (IOException e) {
            return new Outcome(changed, 0, List.of("The post was moved, but Postdesk could not list the other posts ("
                    + org.postdesk.core.io.PostFiles.reason(e) + "), so references to " + oldPath + " were not updated."));
        }
        for (PostFiles.Found f : files) {
            try {
                PostDocument doc = PostDocument.parse(Files.readAllBytes(f.file()), blog.site().frontMatterFormats());
                if (!refs.mayReference(doc.text())) {
                    continue;
                }
                References.Result fm = refs.rewrite(doc.frontMatter());
                References.Result body = refs.rewrite(doc.body());
                if (fm.count() + body.count() == 0) {
                    continue;
                }
                if (doc.isReadOnly()) {
                    problems.add(f.relativePath() + " refers to " + oldPath + " but was not changed: "
                            + doc.readOnlyReason().orElse(""));
                    continue;
                }
                org.postdesk.core.io.PostFiles.save(blog.writes(), f.file(), doc.withFrontMatter(fm.text()).withBody(body.text()));
                changed.add(f.file());
                count += fm.count() + body.count();
            } catch (IOException e) {
                problems.add(f.relativePath() + " could not be read (" + org.postdesk.core.io.PostFiles.reason(e)
                        + "); if it refers to " + oldPath + ", update it by hand.");
            } catch (PostIoException e) {
                problems.add(e.getMessage() + " It still refers to " + oldPath + ".");
            }
        }
        return new Outcome(changed, count, problems);
    }
}
