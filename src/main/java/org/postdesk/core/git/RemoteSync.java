package org.postdesk.core.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.RebaseCommand;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.merge.ThreeWayMerger;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Fetch, pull and push for a blog's repository, safely (decision record 0042): a pull only
 * fast-forwards or replays our commits when nothing conflicts, and otherwise puts everything back
 * as it was; a push is never forced. Network steps report progress and stop on Cancel.
 */
public final class RemoteSync {
    private static final int TIMEOUT_SECONDS = 30;
    private static final String KEEP_COMMITS = "your commits stay here, ready to push later";

    private final BlogRepository blog;
    private final Repository repo;
    private final CredentialsProvider credentials;

    public RemoteSync(BlogRepository blog, CredentialsProvider credentials) {
        this.blog = blog;
        this.repo = blog.repository();
        this.credentials = credentials;
    }

    /** Fetches the branch's remote; returns the status with the new ahead/behind counts. */
    public RepoStatus fetch(GitProgress progress) throws GitException {
        RepoStatus.Tracking tracking = tracking();
        try {
            blog.git().fetch().setRemote(tracking.remote()).setProgressMonitor(monitor(progress))
                    .setCredentialsProvider(credentials).setTimeout(TIMEOUT_SECONDS).call();
        } catch (GitAPIException | RuntimeException e) {
            throw Failures.remote(e, tracking.remote(), tracking.url(), progress, "nothing was changed here");
        }
        return blog.status();
    }

    /**
     * After a {@link #fetch}: the paths that would conflict if our commits plus the working tree's
     * {@code pending} paths (not committed yet) were replayed on the remote branch; empty when the
     * remote has nothing new or nothing conflicts. Changes nothing.
     */
    public List<String> conflictsWith(List<String> pending) throws GitException {
        RepoStatus.Tracking tracking = tracking();
        try {
            ObjectId theirs = repo.resolve(tracking.remoteBranch());
            if (theirs == null || tracking.behind() == 0) {
                return List.of();
            }
            ObjectId ours = new Committer(blog).trial(pending);
            if (ours == null) {
                return List.of();
            }
            ThreeWayMerger merger = MergeStrategy.RECURSIVE.newMerger(repo, true);
            if (merger.merge(ours, theirs)) {
                return List.of();
            }
            return merger instanceof ResolveMerger r ? List.copyOf(r.getUnmergedPaths()) : List.of("?");
        } catch (IOException e) {
            throw new GitException(GitException.Kind.IO, "Could not compare with the remote's commits ("
                    + e.getMessage() + "); nothing was changed.", e);
        }
    }

    /** Fetches, then fast-forwards or rebases our commits on the remote's; on a conflict restores everything. */
    public PullOutcome pull(GitProgress progress) throws GitException {
        fetch(progress);
        return integrate();
    }

    /** After a {@link #fetch}: fast-forwards or rebases our commits on the remote's; on a conflict restores everything. */
    public PullOutcome integrate() throws GitException {
        RepoStatus status = blog.status();
        RepoStatus.Tracking tracking = status.tracking().orElseThrow();
        if (tracking.behind() == 0) {
            return new PullOutcome(PullOutcome.Kind.UP_TO_DATE, List.of());
        }
        try {
            ObjectId theirs = repo.resolve(tracking.remoteBranch());
            if (tracking.ahead() == 0 || status.unborn()) {
                MergeResult merge = blog.git().merge().include(theirs).setFastForward(MergeCommand.FastForwardMode.FF_ONLY)
                        .setCommit(true).call();
                if (merge.getMergeStatus().isSuccessful()) {
                    return new PullOutcome(PullOutcome.Kind.FAST_FORWARD, List.of());
                }
                List<String> failing = merge.getFailingPaths() == null ? merge.getCheckoutConflicts() == null
                        ? List.of() : merge.getCheckoutConflicts() : new ArrayList<>(merge.getFailingPaths().keySet());
                return new PullOutcome(PullOutcome.Kind.LOCAL_CHANGES, failing == null ? List.of() : failing);
            }
            return rebase(theirs);
        } catch (CheckoutConflictException e) {
            return new PullOutcome(PullOutcome.Kind.LOCAL_CHANGES, e.getConflictingPaths());
        } catch (IOException | GitAPIException e) {
            throw new GitException(GitException.Kind.IO, "The pull could not finish (" + e.getMessage() + "); "
                    + KEEP_COMMITS + ".", e);
        }
    }

    private PullOutcome rebase(ObjectId theirs) throws IOException, GitAPIException, GitException {
        ObjectId before = repo.resolve(Constants.HEAD);
        List<String> conflicts = conflictsWith(List.of());
        if (!conflicts.isEmpty()) {
            return new PullOutcome(PullOutcome.Kind.CONFLICT, conflicts);
        }
        RebaseResult result = blog.git().rebase().setUpstream(theirs).call();
        if (result.getStatus().isSuccessful()) {
            return new PullOutcome(PullOutcome.Kind.REBASED, List.of());
        }
        List<String> paths = new ArrayList<>();
        if (result.getConflicts() != null) {
            paths.addAll(result.getConflicts());
        }
        if (result.getFailingPaths() != null) {
            paths.addAll(result.getFailingPaths().keySet());
        }
        if (result.getUncommittedChanges() != null) {
            paths.addAll(result.getUncommittedChanges());
        }
        if (repo.getRepositoryState() != RepositoryState.SAFE) {
            if (paths.isEmpty()) { // a stopped rebase names its conflicts only in the index
                paths.addAll(new java.util.TreeSet<>(blog.git().status().call().getConflicting()));
            }
            blog.git().rebase().setOperation(RebaseCommand.Operation.ABORT).call();
        }
        if (!before.equals(repo.resolve(Constants.HEAD))) {
            throw new GitException(GitException.Kind.STATE, "The pull stopped and the branch could not be put back"
                    + " by itself; your commit " + before.abbreviate(7).name() + " is kept (git reflog shows it).");
        }
        boolean local = result.getStatus() == RebaseResult.Status.UNCOMMITTED_CHANGES
                || result.getStatus() == RebaseResult.Status.FAILED && result.getConflicts() == null;
        return new PullOutcome(local ? PullOutcome.Kind.LOCAL_CHANGES : PullOutcome.Kind.CONFLICT, paths);
    }

    /** Pushes the branch to the remote branch it follows, never forced; sets the upstream on a first push. */
    public PushOutcome push(GitProgress progress) throws GitException {
        RepoStatus status = blog.status();
        if (status.detached()) {
            throw new GitException(GitException.Kind.STATE, "The repository is not on a branch (a detached HEAD);"
                    + " nothing was pushed.");
        }
        if (status.unborn()) {
            throw new GitException(GitException.Kind.STATE, "The repository has no commit yet; nothing was pushed.");
        }
        RepoStatus.Tracking tracking = tracking();
        String target = Remotes.mergeTarget(repo, status.branch());
        Iterable<org.eclipse.jgit.transport.PushResult> results;
        try {
            results = blog.git().push().setRemote(tracking.remote()).setForce(false)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + status.branch() + ":" + target))
                    .setProgressMonitor(monitor(progress)).setCredentialsProvider(credentials)
                    .setTimeout(TIMEOUT_SECONDS).call();
        } catch (GitAPIException | RuntimeException e) {
            throw Failures.remote(e, tracking.remote(), tracking.url(), progress, KEEP_COMMITS);
        }
        PushOutcome outcome = new PushOutcome(PushOutcome.Kind.UP_TO_DATE, "");
        for (var result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK -> outcome = new PushOutcome(PushOutcome.Kind.PUSHED, "");
                    case UP_TO_DATE -> { }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return new PushOutcome(PushOutcome.Kind.REMOTE_AHEAD, "The remote '" + tracking.remote()
                                + "' has commits you do not have yet; pull them first. Nothing was pushed, "
                                + KEEP_COMMITS + ".");
                    }
                    default -> {
                        return new PushOutcome(PushOutcome.Kind.REFUSED, "The remote '" + tracking.remote()
                                + "' refused the push (" + (update.getMessage() == null ? update.getStatus()
                                : update.getMessage()) + "); " + KEEP_COMMITS + ".");
                    }
                }
            }
        }
        rememberUpstream(status.branch(), tracking.remote(), target);
        return outcome;
    }

    private void rememberUpstream(String branch, String remote, String target) {
        var config = repo.getConfig();
        if (config.getString("branch", branch, "remote") == null) {
            config.setString("branch", branch, "remote", remote);
            config.setString("branch", branch, "merge", target);
            try {
                config.save();
            } catch (IOException e) {
                // the push happened; only the upstream setting, which git push -u would add, is missing
            }
        }
    }

    private RepoStatus.Tracking tracking() throws GitException {
        RepoStatus status = blog.status();
        if (status.detached()) {
            throw new GitException(GitException.Kind.STATE, "The repository is not on a branch (a detached HEAD),"
                    + " so there is no remote branch to work with; nothing was changed.");
        }
        return status.tracking().orElseThrow(() -> new GitException(GitException.Kind.STATE, "The blog's repository"
                + " has no remote to publish to (git remote add origin URL sets one); your commits stay here."));
    }

    private static ProgressMonitor monitor(GitProgress progress) {
        return new ProgressMonitor() {
            private String task = "";
            private int total;
            private int done;

            @Override
            public void start(int totalTasks) {
            }

            @Override
            public void beginTask(String title, int totalWork) {
                task = title;
                total = totalWork == UNKNOWN ? 0 : totalWork;
                done = 0;
                progress.update(task, 0, total);
            }

            @Override
            public void update(int completed) {
                done += completed;
                progress.update(task, done, total);
            }

            @Override
            public void endTask() {
            }

            @Override
            public boolean isCancelled() {
                return progress.cancelled();
            }

            @Override
            public void showDuration(boolean enabled) {
            }
        };
    }
}
