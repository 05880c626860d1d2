package org.postdesk.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git's store helper files, read as git reads them; session tokens first; questions answered no. */
class StoredCredentialsTest {

    @TempDir
    Path home;

    private StoredCredentials store(String lines, StoredCredentials.SessionTokens session) throws Exception {
        Files.writeString(home.resolve(".git-credentials"), lines);
        return new StoredCredentials(StoredCredentials.storeFiles(home, Map.of()), session);
    }

    @Test
    void theFirstLineForTheSameSchemeAndHostGivesUserAndToken() throws Exception {
        StoredCredentials c = store("""
                https://other:x@gitee.com
                http://ann:plain@github.com
                https://ann:ghp_t%2Fo%40ken@github.com
                https://bob:second@github.com
                """, host -> Optional.empty());
        assertThat(c.find(new URIish("https://github.com/ann/blog.git"))).contains(
                new StoredCredentials.Login("ann", "ghp_t/o@ken"));
        assertThat(c.find(new URIish("https://bob@github.com/ann/blog.git")))
                .contains(new StoredCredentials.Login("bob", "second"));
        assertThat(c.find(new URIish("https://gitlab.com/ann/blog.git"))).isEmpty();
    }

    @Test
    void aLineWithAPathFitsOnlyThatRepositoryAndBrokenLinesAreSkipped() throws Exception {
        StoredCredentials c = store("""
                not a url at all
                https://github.com
                https://ann:one@github.com/ann/blog.git
                """, host -> Optional.empty());
        assertThat(c.find(new URIish("https://github.com/ann/blog"))).contains(new StoredCredentials.Login("ann", "one"));
        assertThat(c.find(new URIish("https://github.com/ann/other.git"))).isEmpty();
    }

    @Test
    void aTokenEnteredInThisSessionComesFirstAndTheXdgFileIsRead() throws Exception {
        Path xdg = Files.createDirectories(home.resolve("xdg/git"));
        Files.writeString(xdg.resolve("credentials"), "https://ann:from-xdg@gitee.com\n");
        StoredCredentials c = new StoredCredentials(StoredCredentials.storeFiles(home,
                Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString())),
                host -> host.equals("github.com") ? Optional.of(new StoredCredentials.Login("ann", "typed"))
                        : Optional.empty());
        assertThat(c.find(new URIish("https://github.com/a/b.git"))).contains(new StoredCredentials.Login("ann", "typed"));
        assertThat(c.find(new URIish("https://gitee.com/a/b.git"))).contains(new StoredCredentials.Login("ann", "from-xdg"));
    }

    @Test
    void itFillsJGitsQuestionsForHttpsAndSaysNoToHostKeysAndPassphrases() throws Exception {
        StoredCredentials c = store("https://ann:tok@github.com\n", host -> Optional.empty());
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        assertThat(c.get(new URIish("https://github.com/a/b.git"), user, password)).isTrue();
        assertThat(user.getValue()).isEqualTo("ann");
        assertThat(new String(password.getValue())).isEqualTo("tok");
        assertThat(c.get(new URIish("ssh://git@github.com/a/b.git"), new CredentialItem.Password())).isFalse();
        assertThat(c.get(new URIish("ssh://git@github.com/a/b.git"), new CredentialItem.YesNoType("Accept key?")))
                .isFalse();
        assertThat(new StoredCredentials.Login("ann", "secret").toString()).doesNotContain("secret");
        assertThat(c.find(new URIish("file:///tmp/x.git"))).isEmpty();
    }

    @Test
    void noStoreFileMeansNoCredentialsAndNothingIsWritten() throws Exception {
        StoredCredentials c = new StoredCredentials(StoredCredentials.storeFiles(home, Map.of()), h -> Optional.empty());
        assertThat(c.find(new URIish("https://github.com/a/b.git"))).isEmpty();
        try (var files = Files.list(home)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThat(List.of(c.isInteractive())).containsExactly(false);
    }
}
