package org.postdesk.core.git;

/**
 * One file that differs from the last commit.
 *
 * @param path the path in the repository, {@code /} separators (not relative to the blog)
 * @param kind added, modified or deleted, against HEAD (an untracked file is added)
 * @param lfs  true when {@code .gitattributes} gives the path to Git LFS ({@code filter=lfs}): its
 *             content is a pointer in git, and we never store the real bytes in its place
 */
public record FileChange(String path, Kind kind, boolean lfs) {

    public enum Kind { ADDED, MODIFIED, DELETED }
}
