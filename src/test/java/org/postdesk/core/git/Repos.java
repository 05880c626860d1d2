package org.postdesk.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;

/** Real repositories on disk for the git tests: a bare remote reached by a file: URL, and clones of it. */
final class Repos {
    private Repos() {
    }

    static final String POST = "_posts/2024-05-01-first.md";
    static final String POST_TEXT = "---\ntitle: First\n---\nline one\nline two\nline three\n";

    /** A bare remote holding one commit on main: a small Jekyll blog. */
    static Path remoteWithBlog(Path dir) throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path seed = dir.resolve("seed");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(seed.toFile()).call()) {
            identity(git);
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(bare.toUri().toString()))
                    .call();
            write(seed, "_config.yml", "title: Test\n");
            write(seed, POST, POST_TEXT);
            write(seed, "img/a.png", "png bytes");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Seed").call();
            git.push().setRemote("origin").add("main").call();
        }
        return bare;
    }

    static Path cloneOf(Path bare, Path dir) throws GitAPIException {
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(dir.toFile()).call()) {
            identity(git);
        }
        return dir;
    }

    static void identity(Git git) {
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Ann Author");
        config.setString("user", null, "email", "ann@example.org");
        try {
            config.save();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Changes a file in another clone and pushes it, as a second author would. */
    static void pushFrom(Path clone, String path, String text) throws IOException, GitAPIException {
        try (Git git = Git.open(clone.toFile())) {
            git.pull().call();
            write(clone, path, text);
            git.add().addFilepattern(path).call();
            git.commit().setMessage("Other author: " + path).call();
            git.push().call();
        }
    }

    static ObjectId head(Path repo, String ref) throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve(ref == null ? Constants.HEAD : ref);
        }
    }

    static String read(Path root, String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    static String text(java.util.Optional<byte[]> bytes) {
        return bytes.map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    static BlogRepository open(Path blog) throws GitException {
        return BlogRepository.find(blog).orElseThrow();
    }

    static RemoteSync sync(BlogRepository repo) {
        return new RemoteSync(repo, new StoredCredentials(java.util.List.of(), host -> java.util.Optional.empty()));
    }
}
