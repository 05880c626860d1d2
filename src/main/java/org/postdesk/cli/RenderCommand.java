package org.postdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postdesk.core.blog.PreviewContext;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.render.PreviewRenderer;
import org.postdesk.core.render.RenderRequest;
import org.postdesk.core.render.RenderResult;
import org.postdesk.core.site.Generators;

/** {@code render POST}: the preview's HTML fragment on stdout. */
final class RenderCommand implements Command {
    private final Generators generators;

    RenderCommand(Generators generators) {
        this.generators = generators;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String help() {
        return """
                render POST                    print the preview's HTML fragment for a post's body
                  Liquid with the blog's _config.yml and the post's front matter, then Markdown
                  (GFM tables, strikethrough, task lists, footnotes); site URLs become
                  file: URLs inside the blog folder. Notes about the render go to stderr.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("needs exactly one post file");
        }
        Path file = Path.of(args.get(0));
        PostDocument post;
        try {
            post = PostFiles.read(file);
        } catch (PostIoException e) {
            err.println("postdesk render: " + e.getMessage());
            return Cli.FAILURE;
        }
        RenderResult result = render(file, post, LoadedBlog.enclosing(generators, file),
                new PreviewRenderer(generators.fallback().templatePass(), generators.fallback().markdownFlavour()));
        out.print(result.html());
        result.notes().forEach(n -> err.println("postdesk render: note: " + n));
        return Cli.OK;
    }

    /** The body of {@code post} (read from {@code file}) as {@code render} prints it, in its blog when it has one. */
    static RenderResult render(Path file, PostDocument read, Optional<LoadedBlog> blog, PreviewRenderer renderer) {
        // split by the forms the post's site accepts (docs/decisions/0037)
        PostDocument post = blog.map(b -> read.reread(b.site().frontMatterFormats())).orElse(read);
        FrontMatterDocument fm = FrontMatterDocument.of(post);
        Map<String, Object> page = fm.isValid() ? fm.toPageMap() : Map.of();
        RenderRequest request = blog
                .map(b -> new PreviewContext(b.folder(), b.posts())
                        .request(b.folder().relativize(file), post.bodyForEditor(), page))
                .orElseGet(() -> new RenderRequest(post.bodyForEditor(), page, Map.of(),
                        file.toAbsolutePath().getParent(), null));
        return renderer.renderBody(request);
    }
}
