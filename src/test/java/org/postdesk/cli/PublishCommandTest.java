package org.postdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postdesk status} and {@code postdesk publish} on real repositories: a bare file: remote and two clones. */
class PublishCommandTest {
    private static final String POST = "_posts/2024-05-01-zhifu.md";
    private static final String TEXT = "---\nlayout: post\ntitle: \"止付，2.9亿！\"\n---\nfirst line\nsecond line\n";

    @TempDir
    Path dir;
    Path bare;
    Path mine;
    Path theirs;

    @BeforeEach
    void repositories() throws Exception {
        bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path seed = dir.resolve("seed");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(seed.toFile()).call()) {
            identity(git);
            write(seed, "_config.yml", "title: Blog\n");
            write(seed, POST, TEXT);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Seed").call();
            git.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toString())).call();
            git.push().setRemote("origin").add("main").call();
        }
        mine = clone("mine");
        theirs = clone("theirs");
    }

    private Path clone(String name) throws Exception {
        Path to = dir.resolve(name);
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(to.toFile()).call()) {
            identity(git);
        }
        return to;
    }

    private static void identity(Git git) throws Exception {
        StoredConfig c = git.getRepository().getConfig();
        c.setString("user", null, "name", "Ann Author");
        c.setString("user", null, "email", "ann@example.org");
        c.save();
    }

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private RevCommit remoteHead() throws Exception {
        try (Git git = Git.open(bare.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    @Test
    void statusNamesPostsByTitleImagesAndOtherChangesApart() throws Exception {
        write(mine, POST, TEXT + "third line\n");
        write(mine, "img/a.png", "png");
        write(mine, "img/b.jpg", "jpg");
        write(mine, "_config.yml", "title: Changed\n");
        CliRunner r = CliRunner.run("status", mine.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).startsWith("On branch main, following origin/main: 0 ahead, 0 behind (as of the last fetch)")
                .contains("Posts and drafts:\n  changed 止付，2.9亿！  (" + POST + ")")
                .contains("Images:\n  new     img/a.png\n  new     img/b.jpg")
                .contains("Other changes (not published unless chosen in the window):\n  changed _config.yml");
    }

    @Test
    void publishWithPushCommitsOnlyTheContentWithAMessageFromWhatChangedAndLandsInTheRemote() throws Exception {
        write(mine, POST, TEXT + "third line\n");
        write(mine, "img/a.png", "png");
        write(mine, "img/b.png", "png2");
        write(mine, "_config.yml", "title: Half done\n");
        CliRunner r = CliRunner.run("publish", mine.toString(), "--push");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("Committed ").contains(": Update post 止付，2.9亿！ and 2 images")
                .contains("Pushed to origin");
        RevCommit head = remoteHead();
        assertThat(head.getFullMessage()).isEqualTo("Update post 止付，2.9亿！ and 2 images\n");
        assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("ann@example.org");
        CliRunner status = CliRunner.run("status", mine.toString());
        assertThat(status.out).contains("0 ahead").contains("changed _config.yml").doesNotContain("img/a.png");
    }

    @Test
    void theRemoteAheadWithAConflictRefusesWithExit2AndCommitsNothing() throws Exception {
        write(theirs, POST, TEXT.replace("first line", "first line, their edit"));
        try (Git git = Git.open(theirs.toFile())) {
            git.commit().setAll(true).setMessage("Their edit").call();
            git.push().call();
        }
        write(mine, POST, TEXT.replace("first line", "first line, my edit"));
        String before = Files.readString(mine.resolve(POST));
        CliRunner r = CliRunner.run("publish", mine.toString(), "-m", "My edit", "--push");
        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("has new commits that change the same lines as yours in 止付，2.9亿！ (" + POST + ")")
                .contains("nothing was committed");
        assertThat(r.out).doesNotContain("Committed");
        assertThat(Files.readString(mine.resolve(POST))).isEqualTo(before);
        try (Git git = Git.open(mine.toFile())) {
            assertThat(git.log().setMaxCount(1).call().iterator().next().getShortMessage()).isEqualTo("Seed");
        }
        assertThat(remoteHead().getShortMessage()).isEqualTo("Their edit");
    }

    @Test
    void theRemoteAheadWithoutConflictIsPulledThenPushed() throws Exception {
        write(theirs, "_posts/2024-06-01-other.md", "---\ntitle: Other\n---\n");
        try (Git git = Git.open(theirs.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Their post").call();
            git.push().call();
        }
        write(mine, "_posts/2024-07-01-mine.md", "---\ntitle: Mine\n---\n");
        CliRunner r = CliRunner.run("publish", mine.toString(), "--push");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains(": Add post Mine").contains("Pulled 1 commit(s)").contains("Pushed");
        assertThat(remoteHead().getShortMessage()).isEqualTo("Add post Mine");
        assertThat(Files.exists(mine.resolve("_posts/2024-06-01-other.md"))).isTrue();
    }

    @Test
    void statusWithFetchCountsTheRemotesNewCommits() throws Exception {
        write(theirs, "_posts/2024-06-01-other.md", "---\ntitle: Other\n---\n");
        try (Git git = Git.open(theirs.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Their post").call();
            git.push().call();
        }
        assertThat(CliRunner.run("status", mine.toString()).out).contains("0 ahead, 0 behind (as of the last fetch)");
        CliRunner fetched = CliRunner.run("status", "--fetch", mine.toString());
        assertThat(fetched.exit).as(fetched.err).isZero();
        assertThat(fetched.out).startsWith("On branch main, following origin/main: 0 ahead, 1 behind\n");
    }

    @Test
    void anUnreachableRemoteKeepsTheCommitAndSaysSo() throws Exception {
        try (Git git = Git.open(mine.toFile())) {
            StoredConfig c = git.getRepository().getConfig();
            c.setString("remote", "origin", "url", "http://127.0.0.1:9/blog.git");
            c.save();
        }
        write(mine, POST, TEXT + "offline\n");
        CliRunner r = CliRunner.run("publish", mine.toString(), "--push");
        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("Could not reach the remote 'origin'").doesNotContain("Exception");
        // the fetch failed before anything was committed; publish without --push still commits
        CliRunner local = CliRunner.run("publish", mine.toString());
        assertThat(local.exit).as(local.err).isZero();
        assertThat(local.out).contains("Committed").contains("Update post 止付，2.9亿！");
    }

    @Test
    void aBlogOutsideGitAndBadArgumentsAreRefused() throws Exception {
        Path plain = dir.resolve("plain");
        write(plain, "_config.yml", "title: Plain\n");
        write(plain, POST, TEXT);
        CliRunner r = CliRunner.run("status", plain.toString());
        assertThat(r.exit).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("is not in a git repository");
        assertThat(CliRunner.run("publish", mine.toString(), "-m").exit).isEqualTo(Cli.FAILURE);
        assertThat(CliRunner.run("publish", mine.toString(), "-m", " ").err).contains("empty");
        CliRunner nothing = CliRunner.run("publish", mine.toString());
        assertThat(nothing.exit).isZero();
        assertThat(nothing.out).contains("Nothing to publish");
    }
}
