package org.postdesk.core.git;

/** How long work on the network reports itself and learns that the author cancelled it. Any thread. */
public interface GitProgress {

    /** {@code task} is JGit's name for the step; {@code total} is 0 when unknown. */
    void update(String task, int done, int total);

    /** True once the author asked to stop; the work stops at its next step. */
    boolean cancelled();

    /** No reports, never cancelled. */
    static GitProgress none() {
        return new GitProgress() {
            @Override
            public void update(String task, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
