package org.postdesk.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A commit of chosen paths only (decision record 0042): the paths are staged as {@code git add}
 * and {@code git rm --cached} would, and the commit's tree is HEAD's with just those entries taken
 * from the index, so whatever else the author staged stays staged and out of this commit. Also
 * builds an unreferenced trial commit from the working tree, to ask whether a pull would conflict
 * before anything is committed.
 */
final class Committer {
    private final BlogRepository blog;
    private final Repository repo;

    Committer(BlogRepository blog) {
        this.blog = blog;
        this.repo = blog.repository();
    }

    String commit(List<String> paths, String message, Identity author) throws GitException {
        check(paths, message, author);
        try {
            List<String> present = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            for (String p : paths) {
                (blog.existsInWorkTree(p) ? present : gone).add(p);
            }
            if (!present.isEmpty()) {
                AddCommand add = blog.git().add();
                present.forEach(add::addFilepattern);
                add.call();
            }
            if (!gone.isEmpty()) {
                RmCommand rm = blog.git().rm().setCached(true);
                gone.forEach(rm::addFilepattern);
                rm.call();
            }
            DirCache index = repo.readDirCache();
            ObjectId head = repo.resolve(Constants.HEAD);
            try (ObjectInserter inserter = repo.newObjectInserter()) {
                DirCache tree = headTree(head);
                DirCacheEditor editor = tree.editor();
                for (String p : paths) {
                    DirCacheEntry staged = index.getEntry(p);
                    if (staged == null) {
                        editor.add(new DirCacheEditor.DeletePath(p));
                    } else {
                        editor.add(entryLike(p, staged.getFileMode(), staged.getObjectId()));
                    }
                }
                editor.finish();
                ObjectId id = writeCommit(inserter, tree, head, message, author);
                if (id == null) {
                    throw new GitException(GitException.Kind.STATE, "The chosen files are the same as in the last"
                            + " commit; nothing was committed.");
                }
                RefUpdate update = repo.updateRef(Constants.HEAD);
                update.setNewObjectId(id);
                update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
                update.setRefLogMessage((head == null ? "commit (initial): " : "commit: ") + firstLine(message), false);
                RefUpdate.Result result = update.update();
                if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                    throw new GitException(GitException.Kind.STATE, "The branch moved while the commit was being made ("
                            + result + "); the files are staged, nothing was committed.");
                }
                return id.name();
            }
        } catch (IOException | GitAPIException e) {
            throw new GitException(GitException.Kind.IO, "The commit could not be written (" + e.getMessage()
                    + "); the files on disk are unchanged.", e);
        }
    }

    /**
     * A commit object on top of HEAD holding {@code paths} as the working tree has them, not
     * referenced by any branch (git's garbage collection removes it); HEAD when there is nothing to add.
     */
    ObjectId trial(List<String> paths) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        if (paths.isEmpty()) {
            return head;
        }
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            DirCache tree = headTree(head);
            DirCacheEditor editor = tree.editor();
            for (String p : paths) {
                if (blog.existsInWorkTree(p)) {
                    ObjectId blob = inserter.insert(Constants.OBJ_BLOB, blog.readWorkTree(p));
                    editor.add(entryLike(p, FileMode.REGULAR_FILE, blob));
                } else {
                    editor.add(new DirCacheEditor.DeletePath(p));
                }
            }
            editor.finish();
            ObjectId id = writeCommit(inserter, tree, head, "trial", new Identity("Postdesk", "postdesk@localhost"));
            return id == null ? head : id;
        }
    }

    private void check(List<String> paths, String message, Identity author) throws GitException {
        if (paths.isEmpty()) {
            throw new GitException(GitException.Kind.STATE, "No file was chosen; nothing was committed.");
        }
        if (message.isBlank()) {
            throw new GitException(GitException.Kind.STATE, "The commit message is empty; nothing was committed.");
        }
        if (!author.complete()) {
            throw new GitException(GitException.Kind.STATE, "git does not know who you are: set your name and e-mail"
                    + " (git config --global user.name, user.email); nothing was committed.");
        }
        if (repo.getRepositoryState() != RepositoryState.SAFE) {
            throw new GitException(GitException.Kind.STATE, "The repository is in the middle of something else ("
                    + repo.getRepositoryState().getDescription() + "); finish it in a terminal first. Nothing was"
                    + " committed.");
        }
        try {
            Ref head = repo.exactRef(Constants.HEAD);
            if (head != null && !head.isSymbolic()) {
                throw new GitException(GitException.Kind.STATE, "The repository is not on a branch (a detached HEAD"
                        + " at " + head.getObjectId().abbreviate(7).name() + "), where a new commit could be lost;"
                        + " switch to a branch first. Nothing was committed.");
            }
            for (FileChange change : blog.status().changes()) {
                if (change.lfs() && change.kind() != FileChange.Kind.DELETED && paths.contains(change.path())
                        && !LfsPointer.is(blog.readWorkTree(change.path()))) {
                    throw new GitException(GitException.Kind.STATE, change.path() + " is kept by Git LFS, which"
                            + " Postdesk does not run; commit it with git lfs. Nothing was committed.");
                }
            }
        } catch (IOException e) {
            throw new GitException(GitException.Kind.IO, "The repository could not be read (" + e.getMessage()
                    + "); nothing was committed.", e);
        }
    }

    private DirCache headTree(ObjectId head) throws IOException {
        DirCache tree = DirCache.newInCore();
        DirCacheBuilder builder = tree.builder();
        if (head != null) {
            try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, walk.parseCommit(head).getTree());
            }
        }
        builder.finish();
        return tree;
    }

    private static DirCacheEditor.PathEdit entryLike(String path, FileMode mode, ObjectId blob) {
        return new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(mode);
                entry.setObjectId(blob);
            }
        };
    }

    /** The commit, or null when its tree is HEAD's (nothing would change). */
    private ObjectId writeCommit(ObjectInserter inserter, DirCache tree, ObjectId head, String message,
                                 Identity author) throws IOException {
        ObjectId treeId = tree.writeTree(inserter);
        if (head != null) {
            try (RevWalk walk = new RevWalk(repo)) {
                if (walk.parseCommit(head).getTree().equals(treeId)) {
                    return null;
                }
            }
        }
        PersonIdent who = new PersonIdent(author.name(), author.email());
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(treeId);
        if (head != null) {
            commit.setParentId(head);
        }
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setEncoding(StandardCharsets.UTF_8);
        commit.setMessage(message.endsWith("\n") ? message : message + "\n");
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
