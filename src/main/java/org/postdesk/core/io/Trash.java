package org.postdesk.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a deleted post goes. The window passes the desktop's trash (AWT, so it cannot live in
 * the core); {@link FolderTrash} is the fallback inside the blog.
 */
public interface Trash {
    /**
     * Moves {@code file} out of the way, recoverably.
     *
     * @return a sentence saying where it went, e.g. "Moved _posts/x.md to the system trash."
     * @throws IOException when it could not be moved; the file is then where it was
     */
    String moveToTrash(Path file) throws IOException;

    /** This trash, or {@code fallback} when this one refuses (the desktop has no trash, say). */
    default Trash orElse(Trash fallback) {
        return file -> {
            try {
                return moveToTrash(file);
            } catch (IOException | UnsupportedOperationException e) {
                return fallback.moveToTrash(file);
            }
        };
    }
}
