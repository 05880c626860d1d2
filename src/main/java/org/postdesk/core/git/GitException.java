package org.postdesk.core.git;

/**
 * A git step that did not happen, as a sentence for the author: what failed and what was kept
 * (decision record 0042). The cause, when there is one, is for tests and logs only.
 */
public final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, so callers can offer the right next step. */
    public enum Kind {
        /** Not a git working tree, a detached HEAD, a repository in the middle of a merge... */
        STATE,
        /** The remote could not be reached or refused the connection. */
        NETWORK,
        /** The remote wants a user and password or token that we do not have. */
        AUTHENTICATION,
        /** The author pressed Cancel. */
        CANCELLED,
        /** Reading or writing the repository failed. */
        IO
    }

    private final Kind kind;

    public GitException(Kind kind, String sentence) {
        super(sentence);
        this.kind = kind;
    }

    public GitException(Kind kind, String sentence, Throwable cause) {
        super(sentence, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
