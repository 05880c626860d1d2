package org.postdesk.core.git;

import java.util.Locale;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/** JGit's exceptions from the network as sentences for the author (decision record 0042). */
final class Failures {
    private Failures() {
    }

    /** {@code kept}: what stays as it was, such as "your commit stays here, ready to push later". */
    static GitException remote(Exception e, String remote, String url, GitProgress progress, String kept) {
        String where = "the remote '" + remote + "'" + (url == null || url.isEmpty() ? "" : " (" + url + ")");
        if (progress.cancelled()) {
            return new GitException(GitException.Kind.CANCELLED, "Cancelled; " + kept + ".", e);
        }
        String detail = detail(e);
        String lower = detail.toLowerCase(Locale.ROOT);
        if (e instanceof InvalidRemoteException || e.getCause() instanceof NoRemoteRepositoryException
                || lower.contains("not found") && !lower.contains("host")) {
            return new GitException(GitException.Kind.NETWORK, "There is no repository at " + where + " (" + detail
                    + "); " + kept + ".", e);
        }
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("auth fail")
                || lower.contains("401") || lower.contains("403") || lower.contains("no more authentication methods")) {
            return new GitException(GitException.Kind.AUTHENTICATION, where.substring(0, 1).toUpperCase(Locale.ROOT)
                    + where.substring(1) + " did not accept the credentials git knows (an SSH key in ~/.ssh, a token"
                    + " in ~/.git-credentials or one entered in this session); " + kept + ".", e);
        }
        if (e instanceof TransportException || e.getCause() instanceof org.eclipse.jgit.errors.TransportException) {
            return new GitException(GitException.Kind.NETWORK, "Could not reach " + where + " (" + detail + "); "
                    + kept + ".", e);
        }
        return new GitException(GitException.Kind.IO, "Working with " + where + " failed (" + detail + "); " + kept
                + ".", e);
    }

    private static String detail(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = e.getMessage() == null ? deepest.toString() : e.getMessage();
        return message.strip();
    }
}
