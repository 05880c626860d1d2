package org.postdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.postdesk.app.publish.CommitMessages;
import org.postdesk.app.publish.PublishItem;
import org.postdesk.app.publish.PublishOutcome;
import org.postdesk.app.publish.PublishPlan;
import org.postdesk.app.publish.Publisher;
import org.postdesk.core.git.GitException;
import org.postdesk.core.site.Generators;

/** {@code publish BLOG_DIR [-m MESSAGE] [--push]}: commit the blog's content, and push it safely (0042). */
final class PublishCommand implements Command {
    private final Generators generators;

    PublishCommand(Generators generators) {
        this.generators = generators;
    }

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String help() {
        return """
                publish BLOG_DIR [-m MESSAGE] [--push]   commit the changed posts and images, and push
                  Commits the posts, drafts, images and Postdesk's own files that differ from the last
                  commit (other changes, such as the config, stay uncommitted), with MESSAGE or one made
                  from what changed ("Add post TITLE and 2 images"); git's user.name and user.email are the
                  author. With --push it fetches first: when the remote has new commits that touch the same
                  lines it refuses and commits nothing (exit 2); otherwise it pulls them (fast-forward or a
                  rebase of your commits) and pushes, never forced. Credentials are git's own: SSH keys in
                  ~/.ssh, tokens in ~/.git-credentials. When the network fails the commit stays, ready to
                  push later. Exit 0 on success, 2 on a refusal or a failure.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        List<String> rest = new ArrayList<>(args);
        boolean push = rest.remove("--push");
        String message = null;
        int m = rest.indexOf("-m");
        if (m >= 0) {
            if (m + 1 >= rest.size()) {
                throw new UsageException("-m needs a message");
            }
            message = rest.remove(m + 1);
            rest.remove(m);
            if (message.isBlank()) {
                throw new UsageException("the message given with -m is empty");
            }
        }
        if (rest.size() != 1 || rest.get(0).startsWith("-")) {
            throw new UsageException("needs exactly one blog folder");
        }
        Optional<Publisher> opened = GitBlog.open(generators, name(), Path.of(rest.get(0)), err);
        if (opened.isEmpty()) {
            return Cli.FAILURE;
        }
        try (Publisher publisher = opened.get()) {
            PublishPlan plan = publisher.plan();
            List<PublishItem> chosen = plan.chosenByDefault();
            if (chosen.isEmpty() && !push) {
                out.println("Nothing to publish: no post, draft or image differs from the last commit.");
                return Cli.OK;
            }
            if (plan.status().detached()) {
                err.println("postdesk publish: the repository is not on a branch (a detached HEAD), where a new"
                        + " commit could be lost; switch to a branch first. Nothing was committed.");
                return Cli.FAILURE;
            }
            if (message == null && !chosen.isEmpty()) {
                message = new CommitMessages(Locale.ENGLISH).suggest(chosen);
            }
            PublishOutcome outcome = publisher.publish(chosen, message == null ? "" : message, plan.identity(), push,
                    GitBlog.progress(err, false));
            String said = message == null ? "" : message.lines().findFirst().orElse("");
            outcome.commit().ifPresent(id -> out.println("Committed " + id.substring(0, 7) + ": " + said));
            if (outcome.pulled() > 0) {
                out.println("Pulled " + outcome.pulled() + " commit(s) from the remote first.");
            }
            if (outcome.pushed()) {
                out.println("Pushed to " + plan.status().tracking().map(t -> t.remote() + " (" + t.url() + ")")
                        .orElse("the remote") + ".");
            }
            outcome.problem().ifPresent(p -> err.println("postdesk publish: " + p));
            return outcome.ok() ? Cli.OK : Cli.FAILURE;
        } catch (GitException e) {
            err.println("postdesk publish: " + e.getMessage());
            return Cli.FAILURE;
        }
    }
}
