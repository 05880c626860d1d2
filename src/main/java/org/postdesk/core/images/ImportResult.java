package org.postdesk.core.images;

import java.nio.file.Path;
import java.util.List;

/** What happened to one image. */
public sealed interface ImportResult {
    /** The source's name as the author knows it. */
    String sourceName();

    /**
     * The image is in the image folder. {@code file} is relative to the blog (forward slashes
     * via {@link Path#toString()} on Unix); {@code reused} is true when identical bytes were
     * already there and nothing was written.
     */
    record Imported(String sourceName, Path file, boolean reused, String markdown, ImageInfo info,
            List<ImportNote> notes) implements ImportResult {
        public Imported {
            notes = List.copyOf(notes);
        }

        public boolean has(ImportNote.Kind kind) {
            return notes.stream().anyMatch(n -> n.kind() == kind);
        }
    }

    /** Nothing was written; {@code message} says what happened and that nothing changed. */
    record Refused(String sourceName, String message) implements ImportResult {
    }

    /** The file is over the size limit; nothing was written. Ask the author, then retry with {@link ImportRequest#confirmedLarge()}. */
    record NeedsConfirmation(String sourceName, long size, String message) implements ImportResult {
    }

    /** The batch was cancelled before this image; nothing was written for it. */
    record Cancelled(String sourceName) implements ImportResult {
    }
}
