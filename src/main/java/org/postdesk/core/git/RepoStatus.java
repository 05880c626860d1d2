package org.postdesk.core.git;

import java.util.List;
import java.util.Optional;

/**
 * Where a blog's repository stands: the branch, what differs from the last commit, and the
 * remote branch it follows with the counts as of the last fetch.
 *
 * @param branch   the branch name, or the short commit id when HEAD is detached
 * @param detached true when HEAD is not on a branch
 * @param unborn   true before the first commit (an empty repository)
 * @param changes  every file that differs from HEAD, in the whole working tree, sorted by path
 * @param tracking the remote branch the branch follows, if any
 * @param busy     a merge, rebase, cherry-pick or revert left unfinished (git's own words), or empty
 */
public record RepoStatus(String branch, boolean detached, boolean unborn, List<FileChange> changes,
        Optional<Tracking> tracking, Optional<String> busy) {

    public RepoStatus {
        changes = List.copyOf(changes);
    }

    /**
     * The remote branch a local branch follows.
     *
     * @param remote       the remote's name ({@code origin})
     * @param url          its URL as configured
     * @param remoteBranch the remote-tracking ref ({@code refs/remotes/origin/main})
     * @param ahead        our commits the remote does not have yet
     * @param behind       the remote's commits we do not have yet (as of the last fetch)
     */
    public record Tracking(String remote, String url, String remoteBranch, int ahead, int behind) {
    }
}
