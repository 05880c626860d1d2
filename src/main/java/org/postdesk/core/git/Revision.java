package org.postdesk.core.git;

import java.time.Instant;

/** One commit in a file's history. {@code message} is the first line. */
public record Revision(String id, Instant when, String author, String message) {

    /** The short id git shows. */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}
