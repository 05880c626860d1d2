package org.postdesk.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postdesk.core.git.Repos.POST;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.RepositoryState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two clones of one bare remote (a file: URL): push, pull, conflicts, failures; nothing lost, nothing forced. */
class RemoteSyncTest {

    @TempDir
    Path dir;
    Path bare;
    Path mine;
    Path theirs;

    @BeforeEach
    void clones() throws Exception {
        bare = Repos.remoteWithBlog(dir);
        mine = Repos.cloneOf(bare, dir.resolve("mine"));
        theirs = Repos.cloneOf(bare, dir.resolve("theirs"));
    }

    @Test
    void commitAndPushLandsTheCommitInTheRemote() throws Exception {
        Repos.write(mine, POST, Repos.POST_TEXT + "new line\n");
        try (BlogRepository repo = Repos.open(mine)) {
            String id = repo.commit(List.of(POST), "Update post First", repo.identity());
            assertThat(repo.status().tracking().orElseThrow().ahead()).isEqualTo(1);
            assertThat(Repos.sync(repo).push(GitProgress.none()).kind()).isEqualTo(PushOutcome.Kind.PUSHED);
            assertThat(Repos.head(bare, "refs/heads/main").name()).isEqualTo(id);
            assertThat(repo.status().tracking().orElseThrow().ahead()).isZero();
        }
    }

    @Test
    void remoteAheadWithoutConflictIsRebasedUnderOurCommitThenPushed() throws Exception {
        Repos.pushFrom(theirs, "_posts/2024-05-02-theirs.md", "---\ntitle: Theirs\n---\n");
        Repos.write(mine, POST, Repos.POST_TEXT + "mine\n");
        try (BlogRepository repo = Repos.open(mine)) {
            repo.commit(List.of(POST), "Update post First", repo.identity());
            RemoteSync sync = Repos.sync(repo);
            assertThat(sync.push(GitProgress.none()).kind()).isEqualTo(PushOutcome.Kind.REMOTE_AHEAD);
            RepoStatus fetched = sync.fetch(GitProgress.none());
            assertThat(fetched.tracking().orElseThrow().behind()).isEqualTo(1);
            assertThat(fetched.tracking().orElseThrow().ahead()).isEqualTo(1);
            assertThat(sync.conflictsWith(List.of())).isEmpty();
            assertThat(sync.pull(GitProgress.none()).kind()).isEqualTo(PullOutcome.Kind.REBASED);
            assertThat(Files.exists(mine.resolve("_posts/2024-05-02-theirs.md"))).isTrue();
            assertThat(Repos.read(mine, POST)).endsWith("mine\n");
            assertThat(sync.push(GitProgress.none()).kind()).isEqualTo(PushOutcome.Kind.PUSHED);
        }
        try (Git git = Git.open(bare.toFile())) {
            assertThat(git.log().call()).extracting(c -> c.getShortMessage())
                    .containsExactly("Update post First", "Other author: _posts/2024-05-02-theirs.md", "Seed");
        }
    }

    @Test
    void remoteAheadWithNoLocalCommitFastForwardsAndKeepsUnrelatedLocalEdits() throws Exception {
        Repos.pushFrom(theirs, POST, Repos.POST_TEXT + "theirs\n");
        Repos.write(mine, "_config.yml", "title: edited here\n"); // uncommitted, unrelated
        try (BlogRepository repo = Repos.open(mine)) {
            assertThat(Repos.sync(repo).pull(GitProgress.none()).kind()).isEqualTo(PullOutcome.Kind.FAST_FORWARD);
        }
        assertThat(Repos.read(mine, POST)).endsWith("theirs\n");
        assertThat(Repos.read(mine, "_config.yml")).isEqualTo("title: edited here\n");
    }

    @Test
    void aConflictStopsThePullAndRestoresEverythingNamingThePost() throws Exception {
        Repos.pushFrom(theirs, POST, "---\ntitle: First\n---\nline one CHANGED THERE\nline two\nline three\n");
        Repos.write(mine, POST, "---\ntitle: First\n---\nline one changed here\nline two\nline three\n");
        Repos.write(mine, "notes.txt", "untracked notes\n");
        try (BlogRepository repo = Repos.open(mine)) {
            String mineId = repo.commit(List.of(POST), "Update post First", repo.identity());
            RemoteSync sync = Repos.sync(repo);
            sync.fetch(GitProgress.none());
            assertThat(sync.conflictsWith(List.of())).containsExactly(POST);
            PullOutcome pull = sync.pull(GitProgress.none());
            assertThat(pull.kind()).isEqualTo(PullOutcome.Kind.CONFLICT);
            assertThat(pull.conflicts()).containsExactly(POST);
            assertThat(Repos.head(mine, null).name()).isEqualTo(mineId);
            assertThat(repo.repository().getRepositoryState()).isEqualTo(RepositoryState.SAFE);
            assertThat(repo.status().changes()).extracting(FileChange::path).containsExactly("notes.txt");
        }
        assertThat(Repos.read(mine, POST)).contains("line one changed here").doesNotContain("<<<<<<<");
    }

    @Test
    void aPendingEditThatWouldConflictIsFoundBeforeAnythingIsCommitted() throws Exception {
        Repos.pushFrom(theirs, POST, "---\ntitle: First\n---\nline one THERE\nline two\nline three\n");
        Repos.write(mine, POST, "---\ntitle: First\n---\nline one HERE\nline two\nline three\n");
        try (BlogRepository repo = Repos.open(mine)) {
            var before = Repos.head(mine, null);
            RemoteSync sync = Repos.sync(repo);
            sync.fetch(GitProgress.none());
            assertThat(sync.conflictsWith(List.of(POST))).containsExactly(POST);
            assertThat(sync.conflictsWith(List.of("_config.yml"))).isEmpty();
            assertThat(Repos.head(mine, null)).isEqualTo(before);
            assertThat(repo.status().changes()).extracting(FileChange::path).containsExactly(POST);
        }
    }

    @Test
    void anUnreachableRemoteIsASentenceAndTheCommitStaysLocal() throws Exception {
        try (Git git = Git.open(mine.toFile())) {
            var config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", "http://127.0.0.1:9/blog.git");
            config.save();
        }
        Repos.write(mine, POST, "offline edit\n");
        try (BlogRepository repo = Repos.open(mine)) {
            String id = repo.commit(List.of(POST), "Offline", repo.identity());
            assertThatThrownBy(() -> Repos.sync(repo).push(GitProgress.none()))
                    .isInstanceOfSatisfying(GitException.class, e -> {
                        assertThat(e.kind()).isEqualTo(GitException.Kind.NETWORK);
                        assertThat(e.getMessage()).startsWith("Could not reach the remote 'origin'")
                                .contains("your commits stay here").doesNotContain("Exception");
                    });
            assertThat(Repos.head(mine, null).name()).isEqualTo(id);
        }
    }

    @Test
    void aRemoteThatIsGoneSaysThereIsNoRepository() throws Exception {
        try (Git git = Git.open(mine.toFile())) {
            var config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", dir.resolve("gone.git").toUri().toString());
            config.save();
        }
        try (BlogRepository repo = Repos.open(mine)) {
            assertThatThrownBy(() -> Repos.sync(repo).fetch(GitProgress.none()))
                    .isInstanceOf(GitException.class).hasMessageContaining("no repository at the remote 'origin'");
        }
    }

    @Test
    void cancelStopsAFetchAndChangesNothing() throws Exception {
        Repos.pushFrom(theirs, POST, "theirs\n");
        var before = Repos.head(mine, "refs/remotes/origin/main");
        try (BlogRepository repo = Repos.open(mine)) {
            GitProgress cancelled = new GitProgress() {
                @Override
                public void update(String task, int done, int total) {
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> Repos.sync(repo).fetch(cancelled)).isInstanceOfSatisfying(GitException.class,
                    e -> assertThat(e.kind()).isEqualTo(GitException.Kind.CANCELLED));
        }
        assertThat(Repos.head(mine, "refs/remotes/origin/main")).isEqualTo(before);
    }

    @Test
    void noRemoteIsASentence() throws Exception {
        try (Git git = Git.open(mine.toFile())) {
            git.remoteRemove().setRemoteName("origin").call();
        }
        try (BlogRepository repo = Repos.open(mine)) {
            assertThat(repo.status().tracking()).isEmpty();
            assertThatThrownBy(() -> Repos.sync(repo).push(GitProgress.none()))
                    .hasMessageContaining("no remote to publish to");
        }
    }

    @Test
    void gitWritesNothingBesideTheRepository() throws Exception {
        Repos.pushFrom(theirs, "_posts/2024-05-03-x.md", "x\n");
        List<Path> before;
        try (Stream<Path> s = Files.list(dir)) {
            before = s.sorted().toList();
        }
        Repos.write(mine, POST, "edit\n");
        try (BlogRepository repo = Repos.open(mine)) {
            repo.commit(List.of(POST), "Edit", repo.identity());
            Repos.sync(repo).pull(GitProgress.none());
            Repos.sync(repo).push(GitProgress.none());
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.sorted().toList()).isEqualTo(before);
        }
    }
}
