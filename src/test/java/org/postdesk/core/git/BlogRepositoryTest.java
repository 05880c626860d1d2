package org.postdesk.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postdesk.core.git.Repos.POST;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blog's repository on disk: status, chosen-path commits, history; the odd shapes repositories take. */
class BlogRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOutsideAnyRepositoryIsNotInGit() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertThat(BlogRepository.find(plain)).isEmpty();
    }

    @Test
    void statusNamesEveryChangeAgainstTheLastCommitWithItsKind() throws Exception {
        Path blog = Repos.cloneOf(Repos.remoteWithBlog(dir), dir.resolve("a"));
        Repos.write(blog, POST, Repos.POST_TEXT + "more\n");
        Repos.write(blog, "_posts/2024-06-01-new.md", "---\ntitle: New\n---\n");
        Files.delete(blog.resolve("img/a.png"));
        try (BlogRepository repo = Repos.open(blog)) {
            RepoStatus status = repo.status();
            assertThat(status.branch()).isEqualTo("main");
            assertThat(status.detached()).isFalse();
            assertThat(status.changes()).containsExactly(
                    new FileChange("_posts/2024-05-01-first.md", FileChange.Kind.MODIFIED, false),
                    new FileChange("_posts/2024-06-01-new.md", FileChange.Kind.ADDED, false),
                    new FileChange("img/a.png", FileChange.Kind.DELETED, false));
            assertThat(status.tracking()).get().extracting(RepoStatus.Tracking::remote, RepoStatus.Tracking::ahead,
                    RepoStatus.Tracking::behind).containsExactly("origin", 0, 0);
        }
    }

    @Test
    void aCommitTakesOnlyTheChosenFilesAndLeavesOtherWorkAsItWas() throws Exception {
        Path blog = Repos.cloneOf(Repos.remoteWithBlog(dir), dir.resolve("a"));
        Repos.write(blog, POST, Repos.POST_TEXT + "published\n");
        Repos.write(blog, "_config.yml", "title: Half-done config\n"); // unrelated, not chosen
        Repos.write(blog, "notes.txt", "private notes\n");             // untracked, not chosen
        Repos.write(blog, "staged.txt", "staged by hand\n");
        try (Git git = Git.open(blog.toFile())) {
            git.add().addFilepattern("staged.txt").call(); // the author staged it in a terminal
        }
        Files.delete(blog.resolve("img/a.png"));
        try (BlogRepository repo = Repos.open(blog)) {
            repo.commit(List.of(POST, "img/a.png"), "Update post First", repo.identity());
            assertThat(repo.status().changes()).extracting(FileChange::path)
                    .containsExactly("_config.yml", "notes.txt", "staged.txt");
            assertThat(Repos.text(repo.contentAt(Constants.HEAD, POST)))
                    .endsWith("published\n");
            assertThat(repo.contentAt(Constants.HEAD, "img/a.png")).isEmpty();
            assertThat(Repos.text(repo.contentAt(Constants.HEAD, "_config.yml")))
                    .isEqualTo("title: Test\n");
            assertThat(repo.contentAt(Constants.HEAD, "staged.txt")).isEmpty();
            assertThat(repo.history(POST, 10)).extracting(Revision::message, Revision::author)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Update post First", "Ann Author"),
                            org.assertj.core.groups.Tuple.tuple("Seed", "Ann Author"));
        }
        assertThat(Repos.read(blog, "_config.yml")).isEqualTo("title: Half-done config\n");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.status().call().getAdded()).containsExactly("staged.txt"); // still staged, not committed
        }
    }

    @Test
    void aBlogInsideALargerRepositorySeesItsPrefixAndOtherFilesAsOutside() throws Exception {
        Path top = dir.resolve("site");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(top.toFile()).call()) {
            Repos.identity(git);
            Repos.write(top, "README.md", "top\n");
            Repos.write(top, "blog/_config.yml", "title: Inner\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Start").call();
        }
        Repos.write(top, "blog/_posts/2024-01-01-inner.md", "---\ntitle: Inner post\n---\n");
        Repos.write(top, "README.md", "changed\n");
        try (BlogRepository repo = Repos.open(top.resolve("blog"))) {
            assertThat(repo.blogPrefix()).isEqualTo("blog/");
            assertThat(repo.workTree()).isEqualTo(top.toRealPath());
            assertThat(repo.status().changes()).extracting(FileChange::path)
                    .containsExactly("README.md", "blog/_posts/2024-01-01-inner.md");
            assertThat(repo.blogPath("README.md")).isNull();
            assertThat(repo.blogPath("blog/_posts/2024-01-01-inner.md")).isEqualTo("_posts/2024-01-01-inner.md");
            assertThat(repo.status().tracking()).isEmpty(); // no remote at all
            repo.commit(List.of(repo.repoPath("_posts/2024-01-01-inner.md")), "Add post Inner post", repo.identity());
            assertThat(repo.status().changes()).extracting(FileChange::path).containsExactly("README.md");
        }
    }

    @Test
    void aDetachedHeadIsShownAndRefusesACommitThatCouldBeLost() throws Exception {
        Path blog = Repos.cloneOf(Repos.remoteWithBlog(dir), dir.resolve("a"));
        try (Git git = Git.open(blog.toFile())) {
            git.checkout().setName(git.getRepository().resolve("HEAD").name()).call();
        }
        Repos.write(blog, POST, "changed\n");
        try (BlogRepository repo = Repos.open(blog)) {
            RepoStatus status = repo.status();
            assertThat(status.detached()).isTrue();
            assertThat(status.branch()).hasSize(7);
            assertThat(status.tracking()).isEmpty();
            var before = Repos.head(blog, null);
            assertThatThrownBy(() -> repo.commit(List.of(POST), "x", repo.identity()))
                    .isInstanceOf(GitException.class).hasMessageContaining("detached HEAD")
                    .hasMessageContaining("Nothing was committed");
            assertThat(Repos.head(blog, null)).isEqualTo(before);
            assertThatThrownBy(() -> Repos.sync(repo).push(GitProgress.none())).isInstanceOf(GitException.class)
                    .hasMessageContaining("not on a branch");
        }
    }

    @Test
    void anEmptyRepositoryListsEverythingAsNewAndTakesAFirstCommit() throws Exception {
        Path blog = dir.resolve("empty");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(blog.toFile()).call()) {
            Repos.identity(git);
        }
        Repos.write(blog, POST, Repos.POST_TEXT);
        try (BlogRepository repo = Repos.open(blog)) {
            RepoStatus status = repo.status();
            assertThat(status.unborn()).isTrue();
            assertThat(status.branch()).isEqualTo("main");
            assertThat(status.changes()).containsExactly(new FileChange(POST, FileChange.Kind.ADDED, false));
            assertThat(repo.history(POST, 5)).isEmpty();
            repo.commit(List.of(POST), "Add post First", repo.identity());
            assertThat(repo.status().unborn()).isFalse();
            assertThat(repo.status().changes()).isEmpty();
            assertThat(repo.history(POST, 5)).hasSize(1);
        }
    }

    @Test
    void lfsPointersAreLeftAloneAndRealBytesUnderLfsAreNeverCommittedInTheirPlace() throws Exception {
        Path blog = dir.resolve("lfs");
        String pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:"
                + "4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
        try (Git git = Git.init().setInitialBranch("main").setDirectory(blog.toFile()).call()) {
            Repos.identity(git);
            Repos.write(blog, ".gitattributes", "*.jpg filter=lfs diff=lfs merge=lfs -text\n");
            Repos.write(blog, "img/big.jpg", pointer);
            Repos.write(blog, POST, Repos.POST_TEXT);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Seed with LFS").call();
        }
        Repos.write(blog, POST, Repos.POST_TEXT + "edit\n");
        try (BlogRepository repo = Repos.open(blog)) {
            assertThat(repo.status().changes()).extracting(FileChange::path).containsExactly(POST);
            repo.commit(List.of(POST), "Update post First", repo.identity());
            assertThat(Repos.text(repo.contentAt(Constants.HEAD, "img/big.jpg")))
                    .isEqualTo(pointer);
            assertThat(Repos.read(blog, "img/big.jpg")).isEqualTo(pointer);

            Files.write(blog.resolve("img/big.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
            Repos.write(blog, "img/new.jpg", "real jpeg bytes");
            assertThat(repo.status().changes()).containsExactly(
                    new FileChange("img/big.jpg", FileChange.Kind.MODIFIED, true),
                    new FileChange("img/new.jpg", FileChange.Kind.ADDED, true));
            var before = Repos.head(blog, null);
            assertThatThrownBy(() -> repo.commit(List.of("img/new.jpg"), "Add image", repo.identity()))
                    .isInstanceOf(GitException.class).hasMessageContaining("Git LFS");
            assertThat(Repos.head(blog, null)).isEqualTo(before);
        }
    }

    @Test
    void nothingToCommitAndMissingAuthorAreSentences() throws Exception {
        Path blog = Repos.cloneOf(Repos.remoteWithBlog(dir), dir.resolve("a"));
        try (BlogRepository repo = Repos.open(blog)) {
            assertThatThrownBy(() -> repo.commit(List.of(POST), "Same", repo.identity()))
                    .hasMessageContaining("same as in the last commit");
            Repos.write(blog, POST, "changed\n");
            assertThatThrownBy(() -> repo.commit(List.of(POST), "x", new Identity("", "")))
                    .hasMessageContaining("user.name");
            assertThatThrownBy(() -> repo.commit(List.of(POST), "  ", repo.identity()))
                    .hasMessageContaining("message is empty");
        }
    }

    @Test
    void historyListsTheCommitsOfOnePostAndReadsAnyOldVersion() throws Exception {
        Path blog = Repos.cloneOf(Repos.remoteWithBlog(dir), dir.resolve("a"));
        try (BlogRepository repo = Repos.open(blog)) {
            Repos.write(blog, POST, "second version\n");
            repo.commit(List.of(POST), "Second", repo.identity());
            Repos.write(blog, "_config.yml", "title: Other file\n");
            repo.commit(List.of("_config.yml"), "Config only", repo.identity());
            Repos.write(blog, POST, "third version\n");
            repo.commit(List.of(POST), "Third", repo.identity());
            List<Revision> history = repo.history(POST, 50);
            assertThat(history).extracting(Revision::message).containsExactly("Third", "Second", "Seed");
            assertThat(Repos.text(repo.contentAt(history.get(2).id(), POST)))
                    .isEqualTo(Repos.POST_TEXT);
            assertThat(Repos.text(repo.contentAt(history.get(1).id(), POST)))
                    .isEqualTo("second version\n");
            assertThat(repo.contentAt(history.get(1).id(), "_posts/none.md")).isEmpty();
        }
    }
}
