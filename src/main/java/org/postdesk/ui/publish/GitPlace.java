package org.postdesk.ui.publish;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.transport.URIish;
import org.postdesk.app.BlogSession;
import org.postdesk.app.publish.PublishPlan;
import org.postdesk.app.publish.Publisher;
import org.postdesk.app.publish.SessionTokens;
import org.postdesk.core.git.GitException;
import org.postdesk.core.git.StoredCredentials;

/**
 * Where the room's git work starts: the user's home and environment (for git's credential
 * store) and the tokens typed in this session. Each task opens its own publisher off the FX
 * thread and closes it.
 */
final class GitPlace {
    private final Path home;
    private final Map<String, String> env;
    private final SessionTokens tokens = new SessionTokens();
    private volatile Path workTree = Path.of("");

    GitPlace(Path home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** The publisher of {@code session}'s blog; empty when the blog is not in git. Off the FX thread. */
    Optional<Publisher> open(BlogSession session) throws GitException {
        Optional<Publisher> publisher = Publisher.open(session.site(), session.posts(),
                Publisher.credentials(home, env, tokens));
        publisher.ifPresent(p -> workTree = p.repository().workTree());
        return publisher;
    }

    /** The working tree of the last repository opened (thumbnails are read from it). */
    Path workTree() {
        return workTree;
    }

    /** Keeps a typed token for the remote's host, in memory only (decision record 0042). */
    void remember(PublishPlan plan, StoredCredentials.Login login) {
        plan.status().tracking().ifPresent(t -> {
            try {
                String host = new URIish(t.url()).getHost();
                if (host != null) {
                    tokens.remember(host, login);
                }
            } catch (URISyntaxException e) {
                // a remote URL JGit cannot read either: the push will say so
            }
        });
    }
}
