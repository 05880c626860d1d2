package org.postdesk.core.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.attributes.Attribute;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.TreeWalk.OperationType;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The git repository a blog lives in, through JGit (decision record 0042): what differs from the
 * last commit, the author git knows, a file's history, and a commit of exactly the files the
 * author chose. The repository may be a parent folder of the blog. JGit writes only in the
 * repository's own {@code .git} folder and, for a pull, the working tree. Not thread-safe: one
 * task at a time uses it; close it after.
 */
public final class BlogRepository implements AutoCloseable {

    private final Repository repo;
    private final Git git;
    private final Path workTree;
    private final String prefix;

    private BlogRepository(Repository repo, Path workTree, String prefix) {
        this.repo = repo;
        this.git = new Git(repo);
        this.workTree = workTree;
        this.prefix = prefix;
    }

    /** The repository whose working tree holds {@code blogRoot}; empty when the blog is not in git. */
    public static Optional<BlogRepository> find(Path blogRoot) throws GitException {
        try {
            Path blog = blogRoot.toRealPath();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(blog.toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repo = builder.build();
            if (repo.isBare()) {
                repo.close();
                return Optional.empty();
            }
            Path tree = repo.getWorkTree().toPath().toRealPath();
            String prefix = tree.relativize(blog).toString().replace('\\', '/');
            return Optional.of(new BlogRepository(repo, tree, prefix.isEmpty() ? "" : prefix + "/"));
        } catch (IOException | IllegalArgumentException e) {
            throw new GitException(GitException.Kind.IO, "The git repository around " + blogRoot
                    + " could not be read (" + e.getMessage() + "); nothing was changed.", e);
        }
    }

    /** The top folder of the working tree (the blog or a folder above it). */
    public Path workTree() {
        return workTree;
    }

    /** The blog's folder inside the working tree, ending in {@code /}, or empty when the blog is the top. */
    public String blogPrefix() {
        return prefix;
    }

    /** The path relative to the blog, or null when {@code repoPath} is outside the blog. */
    public String blogPath(String repoPath) {
        return repoPath.startsWith(prefix) ? repoPath.substring(prefix.length()) : null;
    }

    /** The repository path of a path relative to the blog. */
    public String repoPath(String blogPath) {
        return prefix + blogPath;
    }

    Repository repository() {
        return repo;
    }

    Git git() {
        return git;
    }

    /** The branch, the changes against HEAD, the remote branch it follows with counts as of the last fetch. */
    public RepoStatus status() throws GitException {
        try {
            ObjectId head = repo.resolve(Constants.HEAD);
            Ref headRef = repo.exactRef(Constants.HEAD);
            boolean detached = headRef != null && !headRef.isSymbolic();
            String branch = detached ? head.abbreviate(7).name() : repo.getBranch();
            List<FileChange> changes = changes();
            Optional<String> busy = repo.getRepositoryState() == RepositoryState.SAFE
                    ? Optional.empty() : Optional.of(repo.getRepositoryState().getDescription());
            Optional<RepoStatus.Tracking> tracking = detached ? Optional.empty() : Remotes.tracking(repo, branch);
            return new RepoStatus(branch, detached, head == null, changes, tracking, busy);
        } catch (IOException | GitAPIException e) {
            throw new GitException(GitException.Kind.IO, "The git status of " + workTree + " could not be read ("
                    + e.getMessage() + ").", e);
        }
    }

    private List<FileChange> changes() throws GitAPIException, IOException {
        Status s = git.status().call();
        Map<String, FileChange.Kind> kinds = new LinkedHashMap<>();
        for (String p : s.getChanged()) {
            kinds.put(p, FileChange.Kind.MODIFIED);
        }
        for (String p : s.getModified()) {
            kinds.put(p, FileChange.Kind.MODIFIED);
        }
        for (String p : s.getConflicting()) {
            kinds.put(p, FileChange.Kind.MODIFIED);
        }
        for (String p : s.getAdded()) {
            kinds.put(p, FileChange.Kind.ADDED);
        }
        for (String p : s.getUntracked()) {
            kinds.put(p, FileChange.Kind.ADDED);
        }
        for (String p : s.getRemoved()) {
            kinds.put(p, FileChange.Kind.DELETED);
        }
        for (String p : s.getMissing()) {
            // added to the index and then deleted from the disk: no change against HEAD
            if (s.getAdded().contains(p)) {
                kinds.remove(p);
            } else {
                kinds.put(p, FileChange.Kind.DELETED);
            }
        }
        Set<String> lfs = lfsPaths(kinds.keySet());
        return kinds.entrySet().stream().map(e -> new FileChange(e.getKey(), e.getValue(), lfs.contains(e.getKey())))
                .sorted(Comparator.comparing(FileChange::path)).toList();
    }

    /** The paths that {@code .gitattributes} gives to Git LFS. */
    private Set<String> lfsPaths(Collection<String> paths) throws IOException {
        Set<String> lfs = new HashSet<>();
        if (paths.isEmpty()) {
            return lfs;
        }
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.setOperationType(OperationType.CHECKIN_OP);
            walk.addTree(new DirCacheIterator(repo.readDirCache()));
            walk.addTree(new FileTreeIterator(repo));
            walk.setFilter(PathFilterGroup.createFromStrings(paths));
            walk.setRecursive(true);
            while (walk.next()) {
                Attribute filter = walk.getAttributes().get("filter");
                if (filter != null && "lfs".equals(filter.getValue())) {
                    lfs.add(walk.getPathString());
                }
            }
        }
        return lfs;
    }

    /** {@code user.name} and {@code user.email} from the repository's, the user's and the system's git config. */
    public Identity identity() {
        var config = repo.getConfig();
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        return new Identity(name == null ? "" : name.strip(), email == null ? "" : email.strip());
    }

    /** The commits that changed {@code repoPath}, newest first (empty before the first commit). */
    public List<Revision> history(String repoPath, int max) throws GitException {
        List<Revision> revisions = new ArrayList<>();
        try {
            if (repo.resolve(Constants.HEAD) == null) {
                return revisions;
            }
            for (RevCommit c : git.log().addPath(repoPath).setMaxCount(max).call()) {
                revisions.add(new Revision(c.getName(), Instant.ofEpochSecond(c.getCommitTime()),
                        c.getAuthorIdent().getName(), c.getShortMessage()));
            }
            return revisions;
        } catch (NoHeadException e) {
            return revisions;
        } catch (IOException | GitAPIException e) {
            throw new GitException(GitException.Kind.IO, "The history of " + repoPath + " could not be read ("
                    + e.getMessage() + ").", e);
        }
    }

    /** The bytes of {@code repoPath} as commit {@code commitId} (or {@code HEAD}) had them; empty if it had none. */
    public Optional<byte[]> contentAt(String commitId, String repoPath) throws GitException {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(commitId);
            if (id == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(id);
            try (TreeWalk tw = TreeWalk.forPath(repo, repoPath, commit.getTree())) {
                if (tw == null) {
                    return Optional.empty();
                }
                return Optional.of(repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getBytes());
            }
        } catch (IOException e) {
            throw new GitException(GitException.Kind.IO, "The version of " + repoPath + " in commit " + commitId
                    + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Commits exactly {@code repoPaths} (as they are in the working tree; a missing file is a
     * deletion) on the current branch with {@code message}; other staged or unstaged changes stay as
     * they were. Refuses on a detached HEAD, in the middle of a merge or rebase, for a Git LFS file
     * whose bytes are not a pointer, and when nothing would change.
     *
     * @return the new commit's id
     */
    public String commit(List<String> repoPaths, String message, Identity author) throws GitException {
        return new Committer(this).commit(repoPaths, message, author);
    }

    /** True when {@code repoPath} exists in the working tree (a symbolic link counts as itself). */
    boolean existsInWorkTree(String repoPath) {
        return Files.exists(workTree.resolve(repoPath), LinkOption.NOFOLLOW_LINKS);
    }

    byte[] readWorkTree(String repoPath) throws IOException {
        return Files.readAllBytes(workTree.resolve(repoPath));
    }

    @Override
    public void close() {
        git.close();
        repo.close();
    }
}
