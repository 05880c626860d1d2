package org.postdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.site.Generators;

/** {@code check BLOG_DIR}: one problem a line. */
final class CheckCommand implements Command {
    private final Generators generators;

    CheckCommand(Generators generators) {
        this.generators = generators;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String help() {
        return """
                check BLOG_DIR                 list the problems of a blog, one a line
                  PATH:LINE: error|warning: MESSAGE, PATH relative to the blog. Finds front matter
                  that does not parse, post names the generator ignores, and local image links (Markdown,
                  <img> and header-img-like keys) that point to no file or to a file whose name
                  differs only in letter case. Exit 0 when there are no errors, 1 when there are.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("needs exactly one blog folder");
        }
        Path dir = Path.of(args.get(0));
        if (!generators.isSite(dir)) {
            err.println("postdesk check: " + dir + " is not " + generators.whyNotASite(dir) + ".");
            return Cli.FAILURE;
        }
        LoadedBlog blog;
        try {
            blog = LoadedBlog.load(generators, dir);
        } catch (IOException e) {
            err.println("postdesk check: could not read " + dir + ": " + e.getMessage());
            return Cli.FAILURE;
        }
        List<CheckProblem> problems = blog.site().check(blog.posts());
        problems.forEach(p -> out.println(p.format()));
        return problems.stream().anyMatch(CheckProblem::error) ? Cli.FOUND_ERRORS : Cli.OK;
    }
}
