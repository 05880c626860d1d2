package org.postdesk.core.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.postdesk.core.post.PostDocument;

/**
 * The unsaved text of one post, as the recovery journal keeps it.
 *
 * @param blogRoot    the blog's absolute root folder
 * @param postPath    the post relative to the root, {@code /} separators ({@code _posts/2024-01-02-x.md})
 * @param text        the whole text as it would be saved: front matter and body, the file's own line endings
 * @param startedFrom the file on disk when editing started; null for a post not yet on disk
 * @param savedAt     when this text was written to the journal
 */
public record JournalEntry(Path blogRoot, String postPath, String text, DiskState startedFrom, Instant savedAt) {

    public JournalEntry {
        blogRoot = blogRoot.toAbsolutePath().normalize();
        postPath = postPath.replace('\\', '/');
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** The post's file. */
    public Path file() {
        return blogRoot.resolve(postPath).normalize();
    }

    /**
     * The journal's text as a document to edit. When the file still exists, its document is the
     * base, so that saving keeps its BOM and {@link PostDocument#isModified} compares with the disk.
     */
    public PostDocument restoreOnto(PostDocument onDisk) {
        PostDocument journal = PostDocument.ofText(text);
        if (onDisk == null || onDisk.isReadOnly() || onDisk.hasFrontMatter() != journal.hasFrontMatter()) {
            return journal;
        }
        return onDisk.withFrontMatter(journal.frontMatter()).withBody(journal.body());
    }
}
