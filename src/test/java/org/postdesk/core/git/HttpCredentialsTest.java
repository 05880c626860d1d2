package org.postdesk.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over real HTTP (a local server that wants a login and refuses every one): JGit asks our
 * provider, the token from git's store file or the session reaches the server, and the refusal is
 * an authentication sentence with the commit kept.
 */
class HttpCredentialsTest {

    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void server() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "none" : auth);
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"blog\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path cloneWithHttpRemote() throws Exception {
        Path bare = Repos.remoteWithBlog(dir);
        Path mine = Repos.cloneOf(bare, dir.resolve("mine"));
        try (Git git = Git.open(mine.toFile())) {
            var config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/ann/blog.git");
            config.save();
        }
        return mine;
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theStoredTokenIsSentAndARefusalIsAnAuthenticationSentenceWithTheCommitKept() throws Exception {
        Path mine = cloneWithHttpRemote();
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve(".git-credentials"), "https://ann:wrong-host@example.org\n"
                + "http://ann:ghp_stored@127.0.0.1:" + server.getAddress().getPort() + "\n");
        Repos.write(mine, Repos.POST, "edit\n");
        try (BlogRepository repo = Repos.open(mine)) {
            String id = repo.commit(List.of(Repos.POST), "Edit", repo.identity());
            RemoteSync sync = new RemoteSync(repo, new StoredCredentials(StoredCredentials.storeFiles(home, Map.of()),
                    host -> Optional.empty()));
            assertThatThrownBy(() -> sync.push(GitProgress.none())).isInstanceOfSatisfying(GitException.class, e -> {
                assertThat(e.kind()).isEqualTo(GitException.Kind.AUTHENTICATION);
                assertThat(e.getMessage()).contains("did not accept the credentials git knows")
                        .contains("your commits stay here").doesNotContain("ghp_stored");
            });
            assertThat(Repos.head(mine, null).name()).isEqualTo(id);
        }
        assertThat(authorizations).contains(basic("ann", "ghp_stored"));
    }

    @Test
    void aTokenTypedInThisSessionIsSentWhenTheStoreHasNone() throws Exception {
        Path mine = cloneWithHttpRemote();
        try (BlogRepository repo = Repos.open(mine)) {
            RemoteSync sync = new RemoteSync(repo, new StoredCredentials(List.of(), host -> host.equals("127.0.0.1")
                    ? Optional.of(new StoredCredentials.Login("ann", "typed-token")) : Optional.empty()));
            assertThatThrownBy(() -> sync.fetch(GitProgress.none())).isInstanceOfSatisfying(GitException.class,
                    e -> assertThat(e.kind()).isEqualTo(GitException.Kind.AUTHENTICATION));
        }
        assertThat(authorizations).contains(basic("ann", "typed-token"));
    }

    @Test
    void withoutAnyCredentialsTheSentenceSaysWhereGitLooked() throws Exception {
        Path mine = cloneWithHttpRemote();
        try (BlogRepository repo = Repos.open(mine)) {
            assertThatThrownBy(() -> Repos.sync(repo).fetch(GitProgress.none())).isInstanceOfSatisfying(
                    GitException.class, e -> {
                        assertThat(e.kind()).isEqualTo(GitException.Kind.AUTHENTICATION);
                        assertThat(e.getMessage()).contains("~/.git-credentials").contains("~/.ssh");
                    });
        }
        assertThat(authorizations).doesNotContain(basic("ann", "typed-token"));
    }
}
