package org.postdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postdesk.app.publish.PublishItem;
import org.postdesk.app.publish.PublishPlan;
import org.postdesk.app.publish.Publisher;
import org.postdesk.core.git.GitException;
import org.postdesk.core.git.RepoStatus;
import org.postdesk.core.site.Generators;

/** {@code status [--fetch] BLOG_DIR}: the branch, the changed posts and images by title, ahead/behind (0042). */
final class StatusCommand implements Command {
    private final Generators generators;

    StatusCommand(Generators generators) {
        this.generators = generators;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String help() {
        return """
                status [--fetch] BLOG_DIR      what differs from the last git commit, by post title
                  The branch, the posts and drafts (by title), images and other files that are new, changed
                  or deleted since the last commit, and how far the branch is ahead of and behind the remote
                  branch it follows, as of the last fetch; --fetch asks the remote first. Only posts, drafts,
                  images and Postdesk's own files are published by 'publish'; other changes are listed apart.
                  Exit 0; 2 when the blog is not in a git repository or the remote cannot be reached.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        List<String> rest = new ArrayList<>(args);
        boolean fetch = rest.remove("--fetch");
        if (rest.size() != 1 || rest.get(0).startsWith("--")) {
            throw new UsageException("needs exactly one blog folder (and --fetch to ask the remote first)");
        }
        Optional<Publisher> opened = GitBlog.open(generators, name(), Path.of(rest.get(0)), err);
        if (opened.isEmpty()) {
            return Cli.FAILURE;
        }
        try (Publisher publisher = opened.get()) {
            PublishPlan plan = fetch ? publisher.fetch(GitBlog.progress(err, false)) : publisher.plan();
            print(plan, fetch, out);
            return Cli.OK;
        } catch (GitException e) {
            err.println("postdesk status: " + e.getMessage());
            return Cli.FAILURE;
        }
    }

    static void print(PublishPlan plan, boolean fetched, PrintStream out) {
        RepoStatus s = plan.status();
        StringBuilder head = new StringBuilder(s.detached() ? "Detached HEAD at " + s.branch() + " (not on a branch)"
                : "On branch " + s.branch());
        if (s.unborn()) {
            head.append(", no commit yet");
        }
        s.tracking().ifPresentOrElse(t -> head.append(", following ").append(t.remoteBranch()
                        .replaceFirst("^refs/remotes/", "")).append(": ").append(t.ahead()).append(" ahead, ")
                        .append(t.behind()).append(" behind").append(fetched ? "" : " (as of the last fetch)"),
                () -> head.append(s.detached() ? "" : ", no remote"));
        out.println(head);
        s.busy().ifPresent(b -> out.println("The repository is in the middle of: " + b));
        List<PublishItem> items = plan.items();
        section(out, "Posts and drafts:", items.stream().filter(PublishItem::isPost).toList());
        section(out, "Images:", items.stream().filter(i -> i.role() == PublishItem.Role.IMAGE).toList());
        section(out, "Other blog content:", items.stream().filter(i -> i.role() == PublishItem.Role.CONTENT).toList());
        section(out, "Other changes (not published unless chosen in the window):",
                items.stream().filter(i -> i.role() == PublishItem.Role.OTHER).toList());
        if (items.isEmpty()) {
            out.println("Nothing changed since the last commit.");
        }
    }

    private static void section(PrintStream out, String title, List<PublishItem> items) {
        if (!items.isEmpty()) {
            out.println(title);
            items.forEach(i -> out.println(GitBlog.line(i)));
        }
    }
}
