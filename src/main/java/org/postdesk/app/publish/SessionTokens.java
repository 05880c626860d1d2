package org.postdesk.app.publish;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.postdesk.core.git.StoredCredentials;

/**
 * Tokens the author typed for a host, kept in memory for this run of Postdesk only: never in the
 * blog, the repository's config or a file (decision record 0042: no OS keyring library we could
 * use without native code was practical). Thread-safe.
 */
public final class SessionTokens implements StoredCredentials.SessionTokens {
    private final Map<String, StoredCredentials.Login> byHost = new ConcurrentHashMap<>();

    public void remember(String host, StoredCredentials.Login login) {
        byHost.put(host.toLowerCase(Locale.ROOT), login);
    }

    public void forget(String host) {
        byHost.remove(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<StoredCredentials.Login> forHost(String host) {
        return Optional.ofNullable(byHost.get(host.toLowerCase(Locale.ROOT)));
    }
}
