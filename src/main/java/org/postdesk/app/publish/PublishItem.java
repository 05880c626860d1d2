package org.postdesk.app.publish;

import org.postdesk.core.git.FileChange;

/**
 * One changed file as the publish dialog and {@code postdesk status} show it.
 *
 * @param repoPath the path in the repository
 * @param blogPath the path in the blog, or null when the file is outside the blog
 * @param kind     added, modified or deleted against the last commit
 * @param role     what the file is to the blog
 * @param title    the post's title (posts and drafts), else the file name
 * @param lfs      kept by Git LFS: shown, never ticked by us
 */
public record PublishItem(String repoPath, String blogPath, FileChange.Kind kind, Role role, String title, boolean lfs) {

    public enum Role {
        POST, DRAFT, IMAGE,
        /** A file Postdesk writes for the blog ({@code .postdesk.yml}) or another file among the posts. */
        CONTENT,
        /** The config, layouts, files outside the blog: shown, not ticked unless the author ticks them. */
        OTHER
    }

    /** Ticked at first: the blog's content (posts, drafts, images, Postdesk's files), never LFS files. */
    public boolean chosenByDefault() {
        return role != Role.OTHER && !lfs;
    }

    public boolean isPost() {
        return role == Role.POST || role == Role.DRAFT;
    }
}
