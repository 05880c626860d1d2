package org.postdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.postdesk.core.site.PostCreator;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.site.Generators;

/** {@code new BLOG_DIR --title T [--date YYYY-MM-DD] [--slug S] [--draft]}: a post as New Post makes it. */
final class NewCommand implements Command {
    private final Generators generators;

    NewCommand(Generators generators) {
        this.generators = generators;
    }

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String help() {
        return """
                new BLOG_DIR --title T [--date YYYY-MM-DD] [--slug S] [--draft]   create a post or a draft
                  Writes _posts/YYYY-MM-DD-SLUG.md (or _drafts/SLUG.md with --draft) with front matter
                  in the blog's own habits: usual layout and author, the date (today unless --date) in
                  the blog's date format, the title, empty tags, the usual key order and alignment.
                  SLUG comes from the title (Chinese characters kept) unless --slug is given.
                  In a Hexo site: source/_posts/ named by new_post_name (source/_drafts/SLUG.md with
                  --draft), the text of scaffolds/post.md (draft.md) with its title and date filled.
                  Prints the new file's path relative to BLOG_DIR, with / separators.
                  Never replaces a file: an existing one is a failure (exit 2).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        String blogDir = null;
        String title = null;
        String slug = null;
        LocalDate date = null;
        boolean draft = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--title" -> title = value(args, ++i, a);
                case "--slug" -> slug = value(args, ++i, a);
                case "--draft" -> draft = true;
                case "--date" -> {
                    String d = value(args, ++i, a);
                    try {
                        date = LocalDate.parse(d);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--date '" + d + "' is not a date like 2024-02-07");
                    }
                }
                default -> {
                    if (a.startsWith("-") || blogDir != null) {
                        throw new UsageException("unexpected argument '" + a + "'");
                    }
                    blogDir = a;
                }
            }
        }
        if (blogDir == null || title == null || title.isBlank()) {
            throw new UsageException("needs a blog folder and --title");
        }
        ZonedDateTime now = ZonedDateTime.now();
        PostCreator.Request request = new PostCreator.Request(title.strip(), date == null ? now.toLocalDate() : date, slug, draft);
        String created;
        try {
            LoadedBlog blog = LoadedBlog.load(generators, Path.of(blogDir));
            created = blog.folder().relativize(blog.site().newPosts(blog.conventions()).create(request, now));
        } catch (IOException e) {
            err.println("postdesk new: could not open the blog " + blogDir + ": " + e.getMessage());
            return Cli.FAILURE;
        } catch (PostIoException e) {
            err.println("postdesk new: " + e.getMessage());
            return Cli.FAILURE;
        } catch (IllegalStateException e) {
            err.println("postdesk new: " + e.getMessage() + " No file was created.");
            return Cli.FAILURE;
        }
        out.println(created);
        return Cli.OK;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
