package org.postdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.postdesk.core.frontmatter.FrontMatterDocument;
import org.postdesk.core.io.AtomicFiles;
import org.postdesk.core.io.DiskState;
import org.postdesk.core.io.FileNameText;
import org.postdesk.core.io.FolderFiles;
import org.postdesk.core.io.PostFiles;
import org.postdesk.core.io.PostIoException;
import org.postdesk.core.io.WriteGuard;
import org.postdesk.core.post.EncodingRescue;
import org.postdesk.core.post.PostContent;
import org.postdesk.core.post.PostDocument;
import org.postdesk.core.site.FrontMatterFormat;

/**
 * The post open in the editor: the document as last read or saved, the current front matter,
 * and what the editor started from. Dirty means the file built from the saved document, the
 * current front-matter text and the current editor body would differ from the saved one; that
 * is the case exactly when either text differs from its saved version, so the check is two
 * string comparisons (typing a character and deleting it is clean again). FX thread only,
 * except {@link #read}.
 */
public final class OpenPost {

    private final String path;
    private final Path file;
    private final String readOnlySentence;
    private final String writeRefusal;
    private final WriteGuard guard;
    private final PostContent content;
    private DiskState opened;
    private boolean forcedDirty;
    private PostDocument saved;
    private String savedFrontMatter;
    private String savedBody;
    private FrontMatterDocument frontMatter;

    private OpenPost(String path, Path file, PostDocument document, List<String> keyOrder, String readOnlySentence,
                     String writeRefusal, WriteGuard guard, PostContent content, DiskState opened) {
        this.path = path;
        this.file = file;
        this.readOnlySentence = readOnlySentence;
        this.writeRefusal = writeRefusal;
        this.guard = guard;
        this.content = content;
        this.opened = opened;
        this.saved = document;
        this.savedFrontMatter = document.frontMatter();
        this.savedBody = document.bodyForEditor();
        this.frontMatter = FrontMatterDocument.of(document, keyOrder);
    }

    /** The outcome of reading a post: a post to show, or a sentence saying why it was not opened. */
    public record Reading(OpenPost post, String refusal) {
    }

    /**
     * Reads and inspects a post file; for a background thread. A post that {@code guard} would not
     * let us save (a link out of the blog, a read-only file, another user's file) opens read-only
     * and says why.
     */
    public static Reading read(String path, Path file, List<String> keyOrder, WriteGuard guard) {
        return read(path, file, keyOrder, guard, PostDocument.JEKYLL_FORMATS);
    }

    /** As above, for a post of a site that accepts the front-matter {@code formats} (docs/decisions/0037). */
    public static Reading read(String path, Path file, List<String> keyOrder, WriteGuard guard,
            List<FrontMatterFormat> formats) {
        if (FileNameText.damaged(path)) {
            return new Reading(null, path + ": " + FileNameText.unreadableSentence());
        }
        byte[] bytes;
        try {
            bytes = FolderFiles.readAll(file);
        } catch (IOException e) {
            return new Reading(null, "Could not open " + path + ": " + PostFiles.reason(e)
                    + ". Nothing was changed.");
        }
        PostContent content = PostContent.inspect(path, bytes);
        if (content.verdict() == PostContent.Verdict.REFUSE) {
            return new Reading(null, content.sentence());
        }
        PostDocument document = PostDocument.parse(bytes, formats);
        String refusal = guard.whyNotWritable(file).orElse(null);
        String sentence = content.verdict() == PostContent.Verdict.OFFER_GB18030 ? content.sentence()
                : document.readOnlyReason().orElse(refusal == null ? null
                        : "Postdesk opened " + path + " read-only: " + refusal + ".");
        long mtime;
        try {
            mtime = FolderFiles.modifiedMillis(file);
        } catch (IOException e) {
            mtime = 0;
        }
        return new Reading(new OpenPost(path, file, document, keyOrder, sentence, refusal, guard, content,
                DiskState.of(bytes, mtime)), null);
    }

    /** The GB18030 text offered for conversion, when the file decoded cleanly as GB18030. */
    public Optional<String> gb18030Text() {
        return content.verdict() == PostContent.Verdict.OFFER_GB18030 ? Optional.ofNullable(content.gbText())
                : Optional.empty();
    }

    /** This post converted to UTF-8 in memory: editable and unsaved; nothing is written until saved. */
    public OpenPost convertedToUtf8(List<String> keyOrder) {
        OpenPost converted = new OpenPost(path, file,
                EncodingRescue.asUtf8(content.gbText()).reread(saved.acceptedFormats()), keyOrder, null,
                writeRefusal, guard, new PostContent(PostContent.Verdict.EDIT, "", null), opened);
        converted.forcedDirty = true;
        return converted;
    }

    /** The file as it was when opened or last saved. */
    public DiskState openedState() {
        return opened;
    }

    /**
     * The whole file text for this front matter and {@code body}, built where the supplier is
     * called (off the FX thread); captured on the FX thread.
     */
    public Supplier<String> fileText(Supplier<String> body) {
        PostDocument base = saved;
        String frontMatterText = frontMatter.text();
        return () -> base.withFrontMatter(frontMatterText).withEditorBody(body.get()).text();
    }

    public String path() {
        return path;
    }

    /**
     * The saved post with the current front matter (its body is the saved one): where the body
     * starts in the file, for line numbers and the problems finder (decision record 0031).
     */
    public PostDocument withCurrentFrontMatter() {
        return saved.withFrontMatter(frontMatter.text());
    }

    /** The file line (from 1) of the body's first line, with the front matter as it is now. */
    public int bodyFirstLine() {
        return withCurrentFrontMatter().bodyStartLine();
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnlySentence != null;
    }

    /**
     * Why Postdesk may not write this post's file (a clause), when that is why it is read-only:
     * the window then offers Save As a new draft.
     */
    public Optional<String> writeRefusal() {
        return Optional.ofNullable(writeRefusal);
    }

    /**
     * Whether the window offers to save a copy as a draft: the post is read-only because Postdesk
     * may not write its file (not because of its encoding, which has its own offer).
     */
    public boolean offersCopy() {
        return writeRefusal != null && gb18030Text().isEmpty();
    }

    /** The text of the post as opened, for a copy. */
    public byte[] savedBytes() {
        return saved.toBytes();
    }

    /** Why the post cannot be edited, when it cannot. */
    public Optional<String> readOnlySentence() {
        return Optional.ofNullable(readOnlySentence);
    }

    /** The body the editor starts with. */
    public String savedBody() {
        return savedBody;
    }

    public FrontMatterDocument frontMatter() {
        return frontMatter;
    }

    /** The author edited the form (or the YAML text). */
    public void setFrontMatter(FrontMatterDocument edited) {
        this.frontMatter = Objects.requireNonNull(edited);
    }

    public boolean isFrontMatterDirty() {
        return forcedDirty || !frontMatter.text().equals(savedFrontMatter);
    }

    public boolean isBodyDirty(String editorText) {
        return editorText.length() != savedBody.length() || !editorText.equals(savedBody);
    }

    public boolean isDirty(String editorText) {
        return isFrontMatterDirty() || isBodyDirty(editorText);
    }

    /** The title to show: the front-matter title, else the file name. */
    public String title() {
        return frontMatter.string("title").filter(t -> !t.isBlank())
                .orElseGet(() -> path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * Writes the post with the current front matter and {@code editorText}, atomically; on
     * success they become the saved state.
     *
     * @throws PostIoException with the sentence for the author; nothing changed on disk
     */
    public void save(String editorText, AtomicFiles.Sink sink, Consumer<byte[]> beforeWrite) throws PostIoException {
        if (isReadOnly()) {
            throw new PostIoException(readOnlySentence, null);
        }
        String frontMatterText = frontMatter.text();
        PostDocument next = saved.withFrontMatter(frontMatterText).withEditorBody(editorText);
        byte[] bytes = next.toBytes();
        beforeWrite.accept(bytes);
        PostFiles.save(guard, file, next, sink);
        long mtime;
        try {
            mtime = FolderFiles.modifiedMillis(file);
        } catch (IOException e) {
            mtime = 0;
        }
        opened = DiskState.of(bytes, mtime);
        forcedDirty = false;
        saved = next;
        savedFrontMatter = frontMatterText;
        savedBody = editorText;
    }
}
