package org.postdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postdesk.core.blog.BlogFolder;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.frontmatter.YamlProblem;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.Generators;

/** {@code set POST KEY=VALUE...}: lossless front-matter edits from the command line. */
final class SetCommand implements Command {
    private final KeyOrderSource keyOrder;

    private final Generators generators;

    SetCommand(Generators generators) {
        this(generators, KeyOrderSource.fromBlog(generators));
    }

    SetCommand(Generators generators, KeyOrderSource keyOrder) {
        this.generators = generators;
        this.keyOrder = keyOrder;
    }

    @Override
    public String name() {
        return "set";
    }

    @Override
    public String help() {
        return """
                set POST KEY=VALUE...          change front-matter values of one post
                  VALUE is YAML flow syntax: title=新标题  tags=[a, b]  catalog=true  date=2024-01-01
                  A VALUE that is not one flow value on its own (title=a: b, title=!x y, title=a #b)
                  is that text, quoted as needed. After each edit the front matter is read again:
                  if any other key or the edited one would read differently, nothing is written
                  (exit 2). KEY= (nothing after =) empties the value; only the edited values' text changes,
                  every other byte of the file stays as it was. A post whose front matter does not
                  parse is refused and left untouched (exit 2).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.size() < 2) {
            throw new UsageException("needs a post and at least one KEY=VALUE");
        }
        Path file = Path.of(args.get(0));
        List<String[]> edits = new ArrayList<>();
        for (String arg : args.subList(1, args.size())) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("'" + arg + "' is not KEY=VALUE");
            }
            edits.add(new String[] {arg.substring(0, eq).trim(), arg.substring(eq + 1)});
        }
        PostDocument post;
        try {
            post = PostFiles.read(file, PostForms.of(generators, file));
        } catch (PostIoException e) {
            err.println("postdesk set: " + e.getMessage());
            return Cli.FAILURE;
        }
        if (post.isReadOnly()) {
            err.println("postdesk set: " + file + ": " + post.readOnlyReason().orElse("read-only"));
            return Cli.FAILURE;
        }
        FrontMatterDocument fm = FrontMatterDocument.of(post, keyOrder.preferredKeyOrder(file));
        if (!fm.isValid()) {
            YamlProblem p = fm.problem().orElseThrow();
            err.println("postdesk set: " + file + ":" + (post.frontMatterStartLine() + p.line() - 1) + ":" + p.column()
                    + ": the front matter does not parse (" + p.message() + "); the file was not changed.");
            return Cli.FAILURE;
        }
        for (String[] edit : edits) {
            try {
                fm = fm.withYaml(edit[0], edit[1]);
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("postdesk set: " + file + ": " + e.getMessage() + " The file was not changed.");
                return Cli.FAILURE;
            }
        }
        try {
            PostFiles.save(writeGuard(file), file, post.withFrontMatter(fm.text()));
        } catch (IOException e) {
            err.println("postdesk set: could not save " + file + ": " + PostFiles.reason(e) + "; the file was not changed.");
            return Cli.FAILURE;
        } catch (PostIoException e) {
            err.println("postdesk set: " + e.getMessage());
            return Cli.FAILURE;
        }
        return Cli.OK;
    }

    /**
     * The guard of the blog the post lies in (found by its path as given, so a post reached
     * through a link out of the blog is refused), or of the post's own folder when it is in no blog.
     */
    private WriteGuard writeGuard(Path file) throws IOException {
        Path root = generators.enclosing(file).orElse(file.toAbsolutePath().normalize().getParent());
        return WriteGuard.forBlog(root);
    }
}
