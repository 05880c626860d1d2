package org.postdesk.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.post.PostContent;
import org.postdesk.core.post.PostDocument;

/**
 * The post open in the editor: the document as last read or saved, the current front matter,
 * and what the editor started from. Dirty means the file built from the saved document, the
 * current front-matter text and the current editor body would differ from the saved one; that
 * is the case exactly when either text differs from its saved version, so the check is two
 * string comparisons (typing a character and deleting it is clean again). FX thread only,
 * except {@link #read}.
 */
final class OpenPost {

    private final String path;
    private final Path file;
    private final String readOnlySentence;
    private PostDocument saved;
    private String savedFrontMatter;
    private String savedBody;
    private FrontMatterDocument frontMatter;

    private OpenPost(String path, Path file, PostDocument document, List<String> keyOrder, String readOnlySentence) {
        this.path = path;
        this.file = file;
        this.readOnlySentence = readOnlySentence;
        this.saved = document;
        this.savedFrontMatter = document.frontMatter();
        this.savedBody = document.bodyForEditor();
        this.frontMatter = FrontMatterDocument.parse(savedFrontMatter, keyOrder);
    }

    /** The outcome of reading a post: a post to show, or a sentence saying why it was not opened. */
    record Reading(OpenPost post, String refusal) {
    }

    /** Reads and inspects a post file; for a background thread. */
    static Reading read(String path, Path file, List<String> keyOrder) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Reading(null, "Could not open " + path + ": " + PostFiles.reason(e)
                    + ". Nothing was changed.");
        }
        PostContent content = PostContent.inspect(path, bytes);
        if (content.verdict() == PostContent.Verdict.REFUSE) {
            return new Reading(null, content.sentence());
        }
        PostDocument document = PostDocument.parse(bytes);
        String sentence = document.readOnlyReason().orElse(null);
        return new Reading(new OpenPost(path, file, document, keyOrder, sentence), null);
    }

    String path() {
        return path;
    }

    Path file() {
        return file;
    }

    boolean isReadOnly() {
        return readOnlySentence != null;
    }

    /** Why the post cannot be edited, when it cannot. */
    Optional<String> readOnlySentence() {
        return Optional.ofNullable(readOnlySentence);
    }

    /** The body the editor starts with. */
    String savedBody() {
        return savedBody;
    }

    FrontMatterDocument frontMatter() {
        return frontMatter;
    }

    /** The author edited the form (or the YAML text). */
    void setFrontMatter(FrontMatterDocument edited) {
        this.frontMatter = Objects.requireNonNull(edited);
    }

    boolean isFrontMatterDirty() {
        return !frontMatter.text().equals(savedFrontMatter);
    }

    boolean isBodyDirty(String editorText) {
        return editorText.length() != savedBody.length() || !editorText.equals(savedBody);
    }

    boolean isDirty(String editorText) {
        return isFrontMatterDirty() || isBodyDirty(editorText);
    }

    /** The title to show: the front-matter title, else the file name. */
    String title() {
        return frontMatter.string("title").filter(t -> !t.isBlank())
                .orElseGet(() -> path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * Writes the post with the current front matter and {@code editorText}, atomically; on
     * success they become the saved state.
     *
     * @throws PostIoException with the sentence for the author; nothing changed on disk
     */
    void save(String editorText) throws PostIoException {
        if (isReadOnly()) {
            throw new PostIoException(readOnlySentence, null);
        }
        String frontMatterText = frontMatter.text();
        PostDocument next = saved.withFrontMatter(frontMatterText).withEditorBody(editorText);
        PostFiles.save(file, next);
        saved = next;
        savedFrontMatter = frontMatterText;
        savedBody = editorText;
    }
}
