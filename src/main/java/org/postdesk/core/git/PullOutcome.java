package org.postdesk.core.git;

import java.util.List;

/**
 * What a pull did.
 *
 * @param kind      up to date, fast-forward, rebased, or stopped by a conflict (everything restored)
 * @param conflicts the repository paths that conflict (for {@link Kind#CONFLICT}, {@link Kind#LOCAL_CHANGES})
 */
public record PullOutcome(Kind kind, List<String> conflicts) {

    public enum Kind {
        UP_TO_DATE,
        FAST_FORWARD,
        /** Our local commits were replayed on top of the remote's. */
        REBASED,
        /** Our commits and the remote's change the same lines: nothing was changed. */
        CONFLICT,
        /** Uncommitted changes in the working tree would be overwritten: nothing was changed. */
        LOCAL_CHANGES
    }

    public PullOutcome {
        conflicts = List.copyOf(conflicts);
    }

    public boolean stopped() {
        return kind == Kind.CONFLICT || kind == Kind.LOCAL_CHANGES;
    }
}
