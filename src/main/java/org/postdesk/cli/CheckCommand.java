package org.postdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.blog.BlogFixer;
import org.postdesk.core.blog.CheckProblem;
import org.postdesk.core.problems.ProblemTexts;
import org.postdesk.core.site.Generators;

/** {@code check [--fix] BLOG_DIR}: one problem a line; with {@code --fix} the safe repairs first (decision record 0031). */
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
                check [--fix] BLOG_DIR         list the problems of a blog, one a line
                  PATH:LINE: error|warning: MESSAGE, PATH relative to the blog. Finds front matter
                  that does not parse, post names the generator ignores, and local image links (Markdown,
                  <img> and header-img-like keys) that point to no file or to a file whose name
                  differs only in letter case. Exit 0 when there are no errors, 1 when there are.
                  --fix first applies the safe repairs, which change only the text of a link: a
                  broken image whose file name exists once in the blog's image folders is linked
                  to it in the blog's own link style, a wrong letter case becomes the file's real
                  name. Each repair is printed as PATH:LINE: fixed: WHAT; every other byte of the
                  file stays. Downloads and renames are left to the window. The problems that
                  remain are listed after, and decide the exit status (2 when a repair could not
                  be written; that file is left as it was).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        List<String> rest = new ArrayList<>(args);
        boolean fix = rest.remove("--fix");
        if (rest.size() != 1 || rest.get(0).startsWith("--")) {
            throw new UsageException("needs exactly one blog folder (and --fix to repair)");
        }
        Path dir = Path.of(rest.get(0));
        if (!generators.isSite(dir)) {
            err.println("postdesk check: " + dir + " is not " + generators.whyNotASite(dir) + ".");
            return Cli.FAILURE;
        }
        LoadedBlog blog;
        boolean unwritten = false;
        try {
            blog = LoadedBlog.load(generators, dir);
            if (fix) {
                BlogFixer.Outcome outcome = new BlogFixer(blog.folder(), blog.site().templatePass(),
                        blog.site().markdownFlavour()).fix(blog.posts());
                for (BlogFixer.Fixed f : outcome.fixed()) {
                    out.println(f.path() + ":" + f.line() + ": fixed: " + ProblemTexts.ENGLISH.done(f.repair()));
                }
                outcome.failures().forEach(f -> err.println("postdesk check: " + f));
                unwritten = !outcome.failures().isEmpty();
                if (outcome.fixed().isEmpty()) {
                    out.println("Nothing to fix: no broken link has an obvious repair.");
                } else {
                    blog = LoadedBlog.load(generators, dir); // what remains is checked on the files as written now
                }
            }
        } catch (IOException e) {
            err.println("postdesk check: could not read " + dir + ": " + e.getMessage());
            return Cli.FAILURE;
        }
        List<CheckProblem> problems = blog.site().check(blog.posts());
        problems.forEach(p -> out.println(p.format()));
        if (unwritten) {
            return Cli.FAILURE; // a repair could not be written: the files say so above
        }
        return problems.stream().anyMatch(CheckProblem::error) ? Cli.FOUND_ERRORS : Cli.OK;
    }
}
