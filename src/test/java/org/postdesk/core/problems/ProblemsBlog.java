package org.postdesk.core.problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.postdesk.core.blog.BlogConventions;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.blog.FolderBlogFiles;
import org.postdesk.core.blog.ImageFolderCatalog;
import org.postdesk.core.blog.PostIndex;
import org.postdesk.core.blog.PostSummary;
import org.postdesk.core.blog.ProblemViews;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.Generators;
import org.postdesk.core.site.Site;

/** A blog folder on disk opened as the window opens it, for the problems tests. */
final class ProblemsBlog {
    final Path root;

    ProblemsBlog(Path root) {
        this.root = root;
    }

    ProblemsBlog file(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    ProblemsBlog bytes(String rel, byte[] bytes) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of the post at {@code rel} as saved. */
    List<Problem> problems(String rel) {
        try {
            BlogFolder blog = BlogFolder.open(root);
            List<PostSummary> posts = new PostIndex(blog).scan(Runnable::run, PostIndex.Progress.none()).get();
            BlogConventions conventions = BlogConventions.learn(blog, posts);
            Optional<PostSummary> summary = posts.stream().filter(p -> p.path().equals(rel)).findFirst();
            BlogView view = ProblemViews.of(blog, conventions, new FolderBlogFiles(blog.root()),
                    ImageFolderCatalog.of(blog.root(), conventions), summary.orElse(null));
            PostDocument doc = PostDocument.parse(Files.readAllBytes(root.resolve(rel)));
            Site site = Generators.standard().open(root);
            return new PostProblems(site.templatePass(), site.markdownFlavour()).find(PostText.of(rel, doc), view);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String rel) {
        try {
            return PostDocument.parse(Files.readAllBytes(root.resolve(rel))).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small Jekyll blog whose posts link images as {{ site.baseurl }}/postimg/NAME. */
    static ProblemsBlog styled(Path root) {
        return new ProblemsBlog(root).file("_config.yml", "baseurl: \"\"\n")
                .file("_posts/2024-01-01-one.md", "---\ntitle: one\nheader-img: img/head.png\n---\n\n"
                        + "![a]({{ site.baseurl }}/postimg/a.png)\n")
                .file("_posts/2024-01-02-two.md", "---\ntitle: two\n---\n\n![b]({{ site.baseurl }}/postimg/b.png)\n")
                .bytes("postimg/a.png", new byte[] {1}).bytes("postimg/b.png", new byte[] {2})
                .bytes("img/head.png", new byte[] {3});
    }
}
