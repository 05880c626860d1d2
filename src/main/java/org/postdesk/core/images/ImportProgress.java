package org.postdesk.core.images;

/** Told after each image of a batch, on the thread that runs the batch. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, latest) -> { };

    void imported(int done, int total, ImportResult latest);
}
