package org.postdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.postdesk.app.publish.PublishItem;
import org.postdesk.app.publish.Publisher;
import org.postdesk.app.publish.SessionTokens;
import org.postdesk.core.git.GitException;
import org.postdesk.core.git.GitProgress;
import org.postdesk.core.site.Generators;

/** The shared start of {@code status} and {@code publish}: the blog, its posts and its repository. */
final class GitBlog {
    private GitBlog() {
    }

    /** The publisher of {@code dir}, or empty after a sentence on {@code err}. */
    static Optional<Publisher> open(Generators generators, String command, Path dir, PrintStream err) {
        if (!generators.isSite(dir)) {
            err.println("postdesk " + command + ": " + dir + " is not " + generators.whyNotASite(dir) + ".");
            return Optional.empty();
        }
        try {
            LoadedBlog blog = LoadedBlog.load(generators, dir);
            Optional<Publisher> publisher = Publisher.open(blog.site(), blog.posts(), Publisher.credentials(
                    Path.of(System.getProperty("user.home")), System.getenv(), new SessionTokens()));
            if (publisher.isEmpty()) {
                err.println("postdesk " + command + ": " + dir + " is not in a git repository, so there is nothing"
                        + " to publish with git (git init makes one).");
            }
            return publisher;
        } catch (IOException e) {
            err.println("postdesk " + command + ": could not read " + dir + ": " + e.getMessage());
        } catch (GitException e) {
            err.println("postdesk " + command + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** One line of a change: kind, title, path. */
    static String line(PublishItem item) {
        String kind = switch (item.kind()) {
            case ADDED -> "new     ";
            case MODIFIED -> "changed ";
            case DELETED -> "deleted ";
        };
        String path = item.blogPath() == null ? item.repoPath() : item.blogPath();
        String shown = item.isPost() ? item.title() + "  (" + path + ")" : path;
        return "  " + kind + shown + (item.lfs() ? "  [Git LFS: not published by Postdesk]" : "");
    }

    /** Progress of fetch and push on the error stream, one line per step, only when it is a terminal. */
    static GitProgress progress(PrintStream err, boolean show) {
        return new GitProgress() {
            private String last = "";

            @Override
            public void update(String task, int done, int total) {
                if (show && !task.equals(last)) {
                    last = task;
                    err.println("  " + task);
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
