package org.postdesk.core.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.problems.PostProblems;
import org.postdesk.core.problems.PostText;
import org.postdesk.core.problems.Problem;
import org.postdesk.core.problems.Repair;
import org.postdesk.core.render.MarkdownFlavour;
import org.postdesk.core.render.TemplatePass;

/**
 * {@code check --fix}: applies the safe repairs of every post (decision record 0031), the ones
 * that only change the text of a link ({@link Repair#isTextEdit()}): a broken image pointed at the
 * one file of that name in the blog's image folders, a wrong letter case written as the file's
 * real name. Downloads and renames are left to the author. Every other byte of the file stays
 * (line endings, BOM, final newline); writes go through the blog's write guard.
 */
public final class BlogFixer {

    /** One repair applied (or refused) in one post. */
    public record Fixed(String path, int line, Repair repair) {
    }

    /** What a run did: the repairs applied, and a sentence per post that could not be written. */
    public record Outcome(List<Fixed> fixed, List<String> failures) {
    }

    private final BlogFolder blog;
    private final PostProblems finder;

    /** @param template the site's template pass, for links written with Liquid; {@code flavour} its Markdown */
    public BlogFixer(BlogFolder blog, TemplatePass template, MarkdownFlavour flavour) {
        this.blog = blog;
        this.finder = new PostProblems(template, flavour);
    }

    public Outcome fix(List<PostSummary> posts) {
        BlogConventions conventions = BlogConventions.learn(blog, posts);
        FolderBlogFiles files = new FolderBlogFiles(blog.root());
        ImageFolderCatalog catalog = ImageFolderCatalog.of(blog.root(), conventions);
        List<Fixed> fixed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (PostSummary post : posts) {
            if (post.hasFlag(PostFlag.Kind.NOT_MARKDOWN) || post.hasFlag(PostFlag.Kind.UNREADABLE)
                    || post.hasFlag(PostFlag.Kind.NOT_UTF8)) {
                continue;
            }
            Path file = blog.resolve(post.path());
            try {
                PostDocument doc = PostDocument.parse(Files.readAllBytes(file), blog.site().frontMatterFormats());
                if (doc.isReadOnly()) {
                    continue;
                }
                PostText text = PostText.of(post.path(), doc);
                List<Problem> problems = finder.find(text, ProblemViews.of(blog, conventions, files, catalog, null));
                List<Fixed> mine = new ArrayList<>();
                PostDocument next = apply(doc, text, problems, mine);
                if (!mine.isEmpty()) {
                    PostFiles.save(blog.writes(), file, next);
                    fixed.addAll(mine);
                }
            } catch (IOException e) {
                failures.add(post.path() + ": could not be read (" + PostFiles.reason(e) + "); it was left as it was.");
            } catch (PostIoException e) {
                failures.add(post.path() + ": " + e.getMessage());
            }
        }
        return new Outcome(fixed, failures);
    }

    /** The post with the text-edit repairs applied, front matter and body each as exact text. */
    static PostDocument apply(PostDocument doc, PostText text, List<Problem> problems, List<Fixed> applied) {
        List<Problem> edits = problems.stream().filter(p -> p.repair() != null && p.repair().isTextEdit()
                && p.repair().appliesTo(text.text())).sorted(Comparator.comparingInt((Problem p) -> p.repair().start())
                .reversed()).toList();
        String fm = doc.frontMatter();
        String body = doc.body();
        int lastStart = Integer.MAX_VALUE;
        List<Fixed> done = new ArrayList<>();
        for (Problem p : edits) {
            Repair r = p.repair();
            if (r.end() > lastStart) {
                continue; // overlaps one already applied
            }
            if (r.start() >= text.bodyStart()) {
                int a = r.start() - text.bodyStart();
                body = body.substring(0, a) + r.replacement() + body.substring(a + r.expected().length());
            } else if (r.start() >= text.frontMatterStart() && r.end() <= text.frontMatterEnd()) {
                int a = r.start() - text.frontMatterStart();
                fm = fm.substring(0, a) + r.replacement() + fm.substring(a + r.expected().length());
            } else {
                continue;
            }
            lastStart = r.start();
            done.add(0, new Fixed(text.path(), p.line(), r));
        }
        applied.addAll(done);
        return done.isEmpty() ? doc : doc.withFrontMatter(fm).withBody(body);
    }
}
