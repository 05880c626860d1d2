package org.postdesk.app.publish;

import java.util.List;
import java.util.Optional;

/**
 * What Publish did, for the dialog and the command line.
 *
 * @param commit    the new commit's id, if one was made
 * @param pushed    true when the branch reached the remote
 * @param pulled    the remote's commits that were pulled first (0 when none)
 * @param conflicts the posts (titles, else paths) that stopped a pull; nothing was changed then
 * @param problem   what went wrong, as a sentence that says what was kept; empty on success
 * @param askLogin  the remote did not accept the credentials git knows: a token typed in may help
 */
public record PublishOutcome(Optional<String> commit, boolean pushed, int pulled, List<String> conflicts,
        Optional<String> problem, boolean askLogin) {

    public PublishOutcome {
        conflicts = List.copyOf(conflicts);
    }

    public boolean ok() {
        return problem.isEmpty();
    }

    /** The remote is ahead and a pull would conflict: nothing was committed or pushed. */
    public boolean conflicted() {
        return !conflicts.isEmpty();
    }
}
