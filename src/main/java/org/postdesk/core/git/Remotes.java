package org.postdesk.core.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;

/** Which remote branch a local branch follows, and how far apart they are as of the last fetch. */
final class Remotes {
    private Remotes() {
    }

    /**
     * The configured upstream; else {@code origin}'s branch of the same name when there is an
     * {@code origin} (a branch never pushed yet). Empty without any remote.
     */
    static Optional<RepoStatus.Tracking> tracking(Repository repo, String branch) throws IOException {
        StoredConfig config = repo.getConfig();
        BranchConfig bc = new BranchConfig(config, branch);
        String remote = bc.getRemote();
        String trackingRef = bc.getRemoteTrackingBranch();
        if (remote == null || trackingRef == null) {
            if (!config.getSubsections("remote").contains("origin")) {
                return Optional.empty();
            }
            remote = "origin";
            trackingRef = Constants.R_REMOTES + "origin/" + branch;
        }
        String url = config.getString("remote", remote, "url");
        ObjectId head = repo.resolve(Constants.HEAD);
        Ref tracked = repo.exactRef(trackingRef);
        int ahead;
        int behind;
        if (tracked == null || head == null) {
            ahead = head == null ? 0 : count(repo, head);
            behind = 0;
        } else {
            BranchTrackingStatus status = BranchTrackingStatus.of(repo, branch);
            ahead = status == null ? 0 : status.getAheadCount();
            behind = status == null ? 0 : status.getBehindCount();
            if (status == null) { // no upstream configured: count against origin's branch ourselves
                int[] counts = aheadBehind(repo, head, tracked.getObjectId());
                ahead = counts[0];
                behind = counts[1];
            }
        }
        return Optional.of(new RepoStatus.Tracking(remote, url == null ? "" : url, trackingRef, ahead, behind));
    }

    /** The remote branch's name on the remote ({@code refs/heads/main}) for {@code branch}. */
    static String mergeTarget(Repository repo, String branch) {
        String merge = repo.getConfig().getString("branch", branch, "merge");
        return merge == null ? Constants.R_HEADS + branch : merge;
    }

    private static int count(Repository repo, ObjectId head) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            int n = 0;
            while (walk.next() != null && n < 100_000) {
                n++;
            }
            return n;
        }
    }

    static int[] aheadBehind(Repository repo, ObjectId ours, ObjectId theirs) throws IOException {
        return new int[] {only(repo, ours, theirs), only(repo, theirs, ours)};
    }

    private static int only(Repository repo, ObjectId in, ObjectId notIn) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(in));
            walk.markUninteresting(walk.parseCommit(notIn));
            int n = 0;
            while (walk.next() != null) {
                n++;
            }
            return n;
        }
    }
}
