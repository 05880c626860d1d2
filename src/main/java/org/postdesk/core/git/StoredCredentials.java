package org.postdesk.core.git;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * The HTTPS credentials git itself would use, without a git binary (decision record 0042): first
 * a token the author entered in this session, then the files of git's {@code store} credential
 * helper ({@code ~/.git-credentials}, {@code $XDG_CONFIG_HOME/git/credentials}). Nothing is ever
 * written. Questions JGit asks (an unknown SSH host key, a key's passphrase) are answered no, so the
 * connection stops with a sentence instead of hanging. SSH keys and {@code ~/.ssh/config} are read by
 * JGit's SSH transport itself.
 */
public final class StoredCredentials extends CredentialsProvider {

    /** A user name and a password or token. */
    public record Login(String user, String secret) {
        @Override
        public String toString() {
            return "Login[" + user + ", ****]"; // never the secret in a log or a test report
        }
    }

    /** Tokens entered in this session, by host. */
    public interface SessionTokens {
        Optional<Login> forHost(String host);
    }

    private final List<Path> storeFiles;
    private final SessionTokens session;

    public StoredCredentials(List<Path> storeFiles, SessionTokens session) {
        this.storeFiles = List.copyOf(storeFiles);
        this.session = session;
    }

    /** The store helper's files for this user: {@code ~/.git-credentials}, then the XDG one. */
    public static List<Path> storeFiles(Path home, Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        return List.of(home.resolve(".git-credentials"), config.resolve("git").resolve("credentials"));
    }

    /** The login for {@code uri}: the session's, else the first matching line of the store files. */
    public Optional<Login> find(URIish uri) {
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        Optional<Login> entered = session.forHost(uri.getHost().toLowerCase(Locale.ROOT));
        if (entered.isPresent()) {
            return entered;
        }
        for (Path file : storeFiles) {
            for (String line : lines(file)) {
                Optional<Login> login = match(line.strip(), uri);
                if (login.isPresent()) {
                    return login;
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable store is no store, as for git
        }
    }

    /** One store line ({@code https://user:token@host[:port][/path]}) if it fits {@code uri}. */
    static Optional<Login> match(String line, URIish uri) {
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        try {
            URI stored = new URI(line);
            String info = stored.getRawUserInfo();
            if (info == null || stored.getHost() == null || uri.getScheme() == null) {
                return Optional.empty();
            }
            boolean sameScheme = stored.getScheme().equalsIgnoreCase(uri.getScheme());
            boolean sameHost = stored.getHost().equalsIgnoreCase(uri.getHost());
            boolean samePort = stored.getPort() == -1 || uri.getPort() == -1 || stored.getPort() == uri.getPort();
            int colon = info.indexOf(':');
            String user = decode(colon < 0 ? info : info.substring(0, colon));
            String secret = colon < 0 ? "" : decode(info.substring(colon + 1));
            boolean sameUser = uri.getUser() == null || uri.getUser().equals(user);
            String path = stored.getRawPath();
            boolean samePath = path == null || path.isEmpty() || path.equals("/")
                    || stripGit(uri.getRawPath()).equals(stripGit(path));
            if (sameScheme && sameHost && samePort && sameUser && samePath && !secret.isEmpty()) {
                return Optional.of(new Login(user, secret));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // a line git would not read either
        }
        return Optional.empty();
    }

    private static String stripGit(String path) {
        String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return p.endsWith(".git") ? p.substring(0, p.length() - 4) : p;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.InformationalMessage || item instanceof CredentialItem.YesNoType)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        List<CredentialItem> asked = new ArrayList<>(List.of(items));
        if (asked.stream().anyMatch(i -> i instanceof CredentialItem.YesNoType)) {
            return false; // an unknown host key or a question we cannot put to the author here
        }
        boolean wantsLogin = asked.stream().anyMatch(i -> i instanceof CredentialItem.Username
                || i instanceof CredentialItem.Password);
        if (!wantsLogin) {
            return true;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            return false; // an SSH key's passphrase: we have none to give
        }
        Optional<Login> login = find(uri);
        if (login.isEmpty()) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username u) {
                u.setValue(login.get().user());
            } else if (item instanceof CredentialItem.Password p) {
                p.setValue(login.get().secret().toCharArray());
            }
        }
        return true;
    }
}
