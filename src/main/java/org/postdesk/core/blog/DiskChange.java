package org.postdesk.core.blog;

import java.nio.file.Path;
import org.postdesk.core.io.DiskState;

/**
 * A change to a post file that Postdesk did not make.
 *
 * @param kind  what happened
 * @param path  the file (its new path after a rename)
 * @param from  the old path of a renamed file, else null
 * @param state the file now; null when it was deleted
 */
public record DiskChange(Kind kind, Path path, Path from, DiskState state) {
    public enum Kind { CREATED, MODIFIED, DELETED, RENAMED }
}
